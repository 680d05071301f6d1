namespace BriefingBook.Rendering.Templates;

/// <summary>
/// A context while checking a template: the types the value <c>this</c> may have (a layout shared by two pages
/// has two), the enclosing context (<c>../</c>), whether an <c>#each</c> sets <c>@index</c> here, block
/// parameters (<c>as |item|</c>) and, for messages, what the context is ("an item of `events` in layout `actor`").
/// </summary>
internal sealed record Scope(IReadOnlyList<Type> Types, Scope? Parent, bool InEach, IReadOnlyDictionary<string, IReadOnlyList<Type>> Locals, string Where)
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<Type>> NoLocals = new Dictionary<string, IReadOnlyList<Type>>(StringComparer.Ordinal);

    public Scope Root => Parent?.Root ?? this;

    /// <summary>Identifies the scope's shape, so a partial called twice in the same context is checked once.</summary>
    public string Signature =>
        string.Join(",", Types.Select(t => t.FullName)) + (InEach ? "@" : "") + "[" + string.Join(",", Locals.Keys.Order(StringComparer.Ordinal)) + "]" + (Parent is null ? "" : "<" + Parent.Signature);
}
