using BriefingBook.Diagnostics;

namespace BriefingBook.Content.Model;

public sealed record Actor(
    string Id,
    SourceLocation At,
    string Name,
    ActorKind Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<IdRef> Affiliations,
    string? ProfileMarkdown);
