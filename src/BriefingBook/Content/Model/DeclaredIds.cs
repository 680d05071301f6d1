namespace BriefingBook.Content.Model;

/// <summary>The ids that files in <c>content/</c> declare by their names, whether or not they loaded.</summary>
public sealed record DeclaredIds(IReadOnlySet<string> Actors, IReadOnlySet<string> Sources, IReadOnlySet<string> Events, IReadOnlySet<string> Notes);
