using System.Globalization;
using System.Text;

namespace BriefingBook.Diagnostics;

/// <summary>
/// Diagnostics as GitHub Actions workflow commands (<c>::error file=…,line=…,title=BB0101 unknown actor::message</c>):
/// run in a workflow, each becomes an annotation on that line of the pull request. A pull request is hostile
/// input, so the message is escaped as the runner unescapes it (<c>%</c>, CR and LF in the message; those and
/// <c>,</c> and <c>:</c> in the properties): an editor's text can never end the command early or start another.
/// </summary>
public static class GitHubAnnotations
{
    /// <param name="pathPrefix">The book's folder relative to the repository's root ("" when they are the same), since annotations name files from the repository's root.</param>
    public static string Write(IEnumerable<Diagnostic> diagnostics, string pathPrefix = "")
    {
        var sb = new StringBuilder();
        foreach (var d in diagnostics)
        {
            var file = pathPrefix.Length == 0 ? d.Location.File : pathPrefix.TrimEnd('/') + "/" + d.Location.File;
            sb.Append("::").Append(d.Severity == Severity.Error ? "error" : "warning")
                .Append(" file=").Append(Property(file))
                .Append(",line=").Append(d.Location.Line.ToString(CultureInfo.InvariantCulture))
                .Append(",title=").Append(Property($"{d.Code.Id} {d.Code.Title}"))
                .Append("::").Append(Data(VisibleText.Escape(d.Message)))
                .Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The message after <c>::</c>: the runner turns <c>%25</c>, <c>%0D</c> and <c>%0A</c> back into characters.</summary>
    public static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value: as <see cref="Data"/>, and <c>:</c> and <c>,</c>, which would end the value.</summary>
    public static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
