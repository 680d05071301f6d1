using System.Text.RegularExpressions;

namespace BriefingBook.Content.Articles;

/// <summary>
/// Extracts the article body from a scraped page with general rules, not per-site positions:
/// <list type="number">
/// <item>each line is classified by shape: blank, known boilerplate phrase, short line repeated on the page,
/// end-of-article marker ("Read next", "Leave a Reply"), credit ("Source: …"), short label, long line
/// without sentence punctuation (weak), or prose;</item>
/// <item>prose lines are grouped into clusters, split at end markers and at runs of three or more short
/// lines (menus, teaser lists); the article is the cluster with the most prose text;</item>
/// <item>inside it, weak lines are kept as paragraphs and short lines as crossheads; boilerplate goes.</item>
/// </list>
/// An editor's <see cref="BodyBounds"/> replaces step 2 when the rules get a page wrong.
/// </summary>
public static partial class BoilerplateRemover
{
    // A line with at least this many words and a sentence inside it is prose.
    private const int ProseMinWords = 8;

    // A line with at least this many words but no sentence punctuation is "weak": prose inside the article,
    // a menu bar or a headline outside it.
    private const int WeakMinWords = 12;

    // This many short lines in a row (teaser timestamps, menus) separate two clusters of prose.
    private const int ClusterGap = 3;

    // A crosshead is a short line of at most this many words inside the article.
    private const int HeadingMaxWords = 10;

    public static ArticleBody Clean(string raw) => Clean(raw, BodyBounds.None, out _);

    /// <summary>Cleans <paramref name="raw"/>; <paramref name="boundsError"/> says why an override did not apply.</summary>
    public static ArticleBody Clean(string raw, BodyBounds bounds, out string? boundsError)
    {
        boundsError = null;
        var lines = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).ToArray();
        var kinds = Classify(lines);

        var (first, last) = FindArticle(lines, kinds);
        if (bounds.FirstLineStart is not null || bounds.LastLineStart is not null)
        {
            var overridden = ApplyBounds(lines, bounds, first, last, out boundsError);
            if (boundsError is null) (first, last) = overridden;
        }

        if (first < 0) return ArticleBody.Empty with { HeadlineGuess = GuessHeadline(lines, kinds, lines.Length), Credit = FindCredit(lines, kinds) };

        var paragraphs = new List<BodyParagraph>();
        for (var i = first; i <= last; i++)
        {
            var kind = kinds[i] switch
            {
                LineKind.Prose or LineKind.Weak => ParagraphKind.Text,
                LineKind.Short when LooksLikeHeading(lines[i]) => ParagraphKind.Heading,
                _ => (ParagraphKind?)null,
            };
            if (kind is { } k) paragraphs.Add(new BodyParagraph(paragraphs.Count + 1, k, CollapseSpaces(lines[i]), i + 1));
        }

        return new ArticleBody(paragraphs, first + 1, last + 1, GuessHeadline(lines, kinds, first), FindCredit(lines, kinds));
    }

    internal static LineKind[] Classify(string[] lines)
    {
        // Count repeats first: a short line that appears twice on a page is furniture ("whatsapp", "Advertisement").
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            if (line.Length == 0) continue;
            counts[line] = counts.GetValueOrDefault(line) + 1;
        }

        var kinds = new LineKind[lines.Length];
        for (var i = 0; i < lines.Length; i++) kinds[i] = ClassifyLine(lines[i], counts.GetValueOrDefault(lines[i]) > 1);
        return kinds;
    }

    private static LineKind ClassifyLine(string line, bool repeated)
    {
        if (line.Length == 0) return LineKind.Blank;
        var bare = Bare(line);
        if (BoilerplatePhrases.Stops.Contains(bare)) return LineKind.Stop;
        if (bare.Length == 0 || BoilerplatePhrases.Lines.Contains(bare)) return LineKind.Boilerplate;
        var lower = line.ToLowerInvariant();
        if (BoilerplatePhrases.CreditPrefixes.Any(p => lower.StartsWith(p, StringComparison.Ordinal)) && WordCount(line) <= 8)
            return LineKind.Credit;
        if (BoilerplatePhrases.Prefixes.Any(p => lower.StartsWith(p, StringComparison.Ordinal))) return LineKind.Boilerplate;
        if (IsMenu(line)) return LineKind.Boilerplate;

        var words = WordCount(line);
        var sentence = HasSentence(line);
        if (words >= ProseMinWords && sentence) return LineKind.Prose;
        if (repeated) return LineKind.Boilerplate;
        if (words >= WeakMinWords) return LineKind.Weak;
        return LineKind.Short;
    }

    /// <summary>
    /// A row of links or buttons: two or more labels of at most three words, set apart by '|', bullets or
    /// wide gaps ("Home | World | Markets", "Share on X   Share on Facebook   Copy link").
    /// </summary>
    private static bool IsMenu(string line)
    {
        var parts = MenuSeparators().Split(line.Trim()).Where(p => p.Trim().Length > 0).ToArray();
        return parts.Length >= 2 && parts.All(p => WordCount(p) <= 3 && !HasSentence(p));
    }

    /// <summary>
    /// Picks the cluster of prose lines with the most prose text (by characters, so a page's teaser list loses
    /// to the article it follows). Returns 0-based line indexes of its first and last prose line, or -1s.
    /// </summary>
    private static (int First, int Last) FindArticle(string[] lines, LineKind[] kinds)
    {
        var best = (First: -1, Last: -1);
        var bestWeight = 0;
        var clusterFirst = -1;
        var clusterLast = -1;
        var weight = 0;
        var shortRun = 0;

        void Close()
        {
            if (clusterFirst >= 0 && weight > bestWeight)
            {
                best = (clusterFirst, clusterLast);
                bestWeight = weight;
            }

            clusterFirst = clusterLast = -1;
            weight = 0;
        }

        for (var i = 0; i < kinds.Length; i++)
        {
            switch (kinds[i])
            {
                case LineKind.Prose:
                    if (clusterFirst < 0) clusterFirst = i;
                    clusterLast = i;
                    weight += lines[i].Length;
                    shortRun = 0;
                    break;
                case LineKind.Weak:
                    // Weak lines extend a cluster but never start or end one: a menu bar above the article
                    // must not become its first paragraph.
                    shortRun = 0;
                    break;
                case LineKind.Short:
                    if (++shortRun >= ClusterGap) Close();
                    break;
                case LineKind.Stop:
                    Close();
                    shortRun = 0;
                    break;
                default:
                    break;
            }
        }

        Close();
        return best;
    }

    private static (int First, int Last) ApplyBounds(string[] lines, BodyBounds bounds, int first, int last, out string? error)
    {
        error = null;
        if (bounds.FirstLineStart is { } start)
        {
            var found = FindLine(lines, start, out error, "body_first");
            if (error is not null) return (first, last);
            first = found;
        }

        if (bounds.LastLineStart is { } end)
        {
            var found = FindLine(lines, end, out error, "body_last");
            if (error is not null) return (first, last);
            last = found;
        }

        if (first < 0 || last < first)
        {
            error = "`body_last` names a line before `body_first`";
            return (-1, -1);
        }

        return (first, last);
    }

    private static int FindLine(string[] lines, string start, out string? error, string field)
    {
        error = null;
        var wanted = CollapseSpaces(start.Trim());
        var matches = Enumerable.Range(0, lines.Length)
            .Where(i => CollapseSpaces(lines[i]).StartsWith(wanted, StringComparison.Ordinal))
            .ToArray();
        if (matches.Length == 1) return matches[0];
        error = matches.Length == 0
            ? $"`{field}` matches no line of the seed: no line starts with \"{start}\""
            : $"`{field}` matches {matches.Length} lines of the seed (lines {string.Join(", ", matches.Select(m => m + 1))}); quote more of the line";
        return -1;
    }

    /// <summary>
    /// The page's headline is usually the last title-like line above the body. Scrapes often repeat it with
    /// junk glued on ("…with Talibanimage"), so an earlier line that is a prefix of the chosen one wins.
    /// </summary>
    private static string? GuessHeadline(string[] lines, LineKind[] kinds, int bodyStart)
    {
        var candidates = new List<string>();
        for (var i = 0; i < bodyStart && i < lines.Length; i++)
        {
            if (kinds[i] is not (LineKind.Short or LineKind.Weak)) continue;
            var words = WordCount(lines[i]);
            if (words < 4 || words > 25 || lines[i].Contains('|', StringComparison.Ordinal)) continue;
            if (!lines[i].Any(char.IsLower)) continue; // ALL-CAPS labels and section names
            if (!StartsWithLetterOrQuote(lines[i])) continue;
            candidates.Add(CollapseSpaces(lines[i]));
        }

        if (candidates.Count == 0) return null;
        var chosen = candidates[^1];
        var prefix = candidates.FirstOrDefault(c => c.Length < chosen.Length && chosen.StartsWith(c, StringComparison.Ordinal));
        return prefix ?? chosen;
    }

    private static string? FindCredit(string[] lines, LineKind[] kinds)
    {
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            if (kinds[i] != LineKind.Credit) continue;
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            var credit = colon >= 0 ? lines[i][(colon + 1)..].Trim() : lines[i];
            return credit.Length > 0 ? credit : null;
        }

        return null;
    }

    private static bool LooksLikeHeading(string line)
    {
        var words = WordCount(line);
        return words is >= 2 and <= HeadingMaxWords && StartsWithLetterOrQuote(line) && !TimeOrNumber().IsMatch(line);
    }

    private static bool StartsWithLetterOrQuote(string line) =>
        line.Length > 0 && (char.IsLetter(line[0]) || line[0] is '"' or '“' or '‘' or '\'');

    private static bool HasSentence(string line)
    {
        // A sentence ends with . ! ? (optionally followed by a closing quote or bracket) at the end of the
        // line or before a space: "…Kabul." or "…he said. Then…". Abbreviations and "19th-century" do not count.
        var trimmed = line.TrimEnd('"', '”', '’', '\'', ')', ']', ' ');
        if (trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?') return true;
        return SentenceBreak().IsMatch(line);
    }

    private static string Bare(string line) => CollapseSpaces(line.Trim(' ', '•', '·', '-', '–', '—', '|', ':', '.', '?', '!', '>', '»', '*')).Trim();

    internal static int WordCount(string line) => Words().Count(line);

    internal static string CollapseSpaces(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s*[|•·]\s*|\s{2,}")]
    private static partial Regex MenuSeparators();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\p{Ll}{2,}[.!?][""”’)]?\s+[""“‘(]?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^[\d:.\s/-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOrNumber();
}
