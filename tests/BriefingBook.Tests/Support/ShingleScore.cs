using System.Text.RegularExpressions;

namespace BriefingBook.Tests.Support;

/// <summary>
/// The extraction benchmark's measure: precision and recall of 4-token shingles of an extracted text against
/// the expected body. Tokens are words in spaced scripts and single characters in Chinese, Japanese and Thai,
/// so a page in any language is scored alike. Shingles are counted as a multiset: a paragraph kept twice is
/// penalised.
/// </summary>
internal sealed partial record ShingleScore(double Precision, double Recall)
{
    private const int Size = 4;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static ShingleScore Of(string extracted, string expected)
    {
        var got = Shingles(extracted);
        var want = Shingles(expected);
        if (got.Count == 0 && want.Count == 0) return new ShingleScore(1, 1);
        var common = got.Sum(g => Math.Min(g.Value, want.GetValueOrDefault(g.Key)));
        double Ratio(Dictionary<string, int> of) { var n = of.Values.Sum(); return n == 0 ? 0 : (double)common / n; }
        return new ShingleScore(Ratio(got), Ratio(want));
    }

    internal static List<string> Tokens(string text) =>
        [.. Token().Matches(text.ToLowerInvariant()).Select(m => m.Value)];

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0) return shingles;
        for (var i = 0; i + Size <= Math.Max(tokens.Count, Size); i++)
        {
            var key = string.Join(' ', tokens.Skip(i).Take(Size));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    // A character of a spaceless script, or a run of letters, marks and digits.
    [GeneratedRegex(@"[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
