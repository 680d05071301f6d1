using System.Text.RegularExpressions;

namespace BriefingBook.Editing;

/// <summary>
/// The dateline that opens many news articles: a place, often a date and a wire, then a colon or a dash
/// ("New Delhi [India], December 2 (ANI):", "MOSCOW, July 21 (Reuters) —", "TERMEZ —"). It dates the article,
/// names its wire, and is not part of the first sentence's report.
/// </summary>
public static partial class Dateline
{
    /// <summary>The dateline at the start of <paramref name="paragraph"/> (without its colon or dash), and where the text after it starts.</summary>
    public static (string Head, int BodyStart)? Find(string paragraph)
    {
        var m = Pattern().Match(paragraph);
        return m.Success ? (m.Groups["head"].Value.Trim(), m.Length) : null;
    }

    [GeneratedRegex(@"^(?<head>\p{Lu}[^.:—–]{0,60}?,\s*[^:—–]{3,30}?|\p{Lu}[\p{Lu}\s'.\-]{2,40}?(?:\s*\([^)]{2,20}\))?)\s*(?::|\s[—–-])\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
