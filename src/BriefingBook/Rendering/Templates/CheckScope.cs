namespace BriefingBook.Rendering.Templates;

/// <summary>
/// Names visible at one point of a template while it is checked: the loop variables, assignments and
/// partial arguments (<c>$1</c>) of this level, the types whose members are bare names here (the page's
/// model, or the value of a <c>with</c>), the enclosing level, and, for messages, where this is.
/// </summary>
internal sealed class CheckScope(CheckScope? parent, IReadOnlyList<Type> members, string where)
{
    public CheckScope? Parent { get; } = parent;

    public IReadOnlyList<Type> Members { get; } = members;

    public string Where { get; } = where;

    public Dictionary<string, IReadOnlyList<Type>> Names { get; } = new(StringComparer.Ordinal);

    public bool InLoop { get; init; }

    /// <summary>A partial's level: names set here stay in the partial; its caller's names are still seen.</summary>
    public bool IsPartial { get; init; }

    /// <summary>Identifies what a partial sees, so a partial called twice alike is checked once.</summary>
    public string Signature =>
        string.Join(",", Members.Select(t => t.FullName)) + "[" + string.Join(",", Names.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Key + ":" + string.Join("|", n.Value.Select(t => t.FullName)))) + "]"
        + (Parent is null ? "" : "<" + Parent.Signature);
}
