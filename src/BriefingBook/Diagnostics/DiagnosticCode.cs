namespace BriefingBook.Diagnostics;

/// <summary>
/// A stable name for one kind of problem (<c>BB0101</c>, "unknown actor"), so CI annotations, SARIF rules and
/// docs/diagnostics.md can refer to it while the message's wording changes. The first two digits are the area
/// (01 references, 02 front matter, 03 quotes and notes, 04 inputs, 05 templates, 06 output safety).
/// </summary>
public sealed record DiagnosticCode(string Id, string Title)
{
    public override string ToString() => Id;
}
