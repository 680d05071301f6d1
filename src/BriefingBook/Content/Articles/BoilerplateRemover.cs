using System.Buffers;
using System.Text.RegularExpressions;

namespace BriefingBook.Content.Articles;

/// <summary>
/// Extracts the article body from a scraped page's text with general rules, not per-site positions or one
/// language's words:
/// <list type="number">
/// <item>each line is classified by shape (<see cref="LineKind"/>): boilerplate phrase, stop line ("Related",
/// "Read more"), credit, byline, caption, cookie or legal text, truncated teaser, repeated copy, short label,
/// long line without sentence punctuation (weak), or prose;</item>
/// <item>each line gets a score: prose earns its weight, a short line costs a little, a stop line costs a lot,
/// teasers, repeats and legal text cost their weight. The article is the contiguous run of lines with the
/// highest total (a maximum-sum segment), narrowed to start and end on a sentence;</item>
/// <item>inside it, prose and weak lines are paragraphs, short lines crossheads or list items; captions,
/// bylines, repeats, a closing author bio and furniture go.</item>
/// </list>
/// A page with no prose at all (a table, a one-line brief) falls back to its best run of text-like lines.
/// An editor's <see cref="BodyBounds"/> replaces step 2 when the rules get a page wrong.
/// </summary>
public static partial class BoilerplateRemover
{
    // The phrase lists, looked up by span so that a line's bare form need not be a new string.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Stops = BoilerplatePhrases.Stops.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FurnitureLines = BoilerplatePhrases.Lines.GetAlternateLookup<ReadOnlySpan<char>>();

    // A line with at least this many words and a sentence inside it is prose.
    private const int ProseMinWords = 8;

    // A line with at least this many words but no sentence punctuation is "weak": prose inside the article,
    // a menu bar or a headline outside it.
    private const int WeakMinWords = 12;

    // A crosshead is a short line of at most this many words inside the article.
    private const int HeadingMaxWords = 10;

    // A byline, a credit or a caption mark is looked for on lines of at most this many words.
    private const int BylineMaxWords = 8;

    // Costs, in the units of ScriptText.Weight (about one per character of Latin text). A short line inside
    // an article (a crosshead, a list item, an ad label) costs little, so three of them no longer cut the
    // article; a run of menu items or timestamps costs more than a teaser earns.
    private const int LabelCost = 40;
    private const int ShortCost = 15;
    private const int ShortSentenceCost = 5;
    private const int DateCost = 40;
    private const int FurnitureCost = 10;
    private const int StopCost = 250;

    // A label is a short line of at most this many words ("Sport", "Most read"); longer short lines are
    // crossheads, list items and headlines, which articles hold too.
    private const int LabelMaxWords = 2;

    // Legal or promotional vocabulary makes a line legal text when it is this short, or holds two phrases.
    private const int LegalMaxWords = 20;

    // A sentence above a byline is a dek only if at least this many paragraphs follow the byline.
    private const int DekMinParagraphsBelow = 3;

    // A page with no prose falls back to lines of at least this many words, totalling this weight.
    private const int FallbackMinWords = 3;
    private const int FallbackMinWeight = 25;

    public static ArticleBody Clean(string raw) => Clean(raw, BodyBounds.None, out _);

    /// <summary>Cleans <paramref name="raw"/>; <paramref name="boundsError"/> says why an override did not apply.</summary>
    public static ArticleBody Clean(string raw, BodyBounds bounds, out string? boundsError)
    {
        boundsError = null;
        var lines = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).ToArray();
        var kinds = Classify(lines);

        var (first, last) = FindArticle(lines, kinds);
        var fallback = first < 0;
        if (fallback) (first, last) = FindTextLines(lines, kinds);
        if (bounds.FirstLineStart is not null || bounds.LastLineStart is not null)
        {
            var overridden = ApplyBounds(lines, bounds, first, last, out boundsError);
            if (boundsError is null) (first, last, fallback) = (overridden.First, overridden.Last, false);
        }

        if (first < 0) return ArticleBody.Empty with { HeadlineGuess = GuessHeadline(lines, kinds, lines.Length), Credit = FindCredit(lines, kinds) };

        var paragraphs = new List<BodyParagraph>();
        var afterStop = false;
        for (var i = first; i <= last; i++)
        {
            // Short lines right after a stop line inside the article are the links it introduces
            // ("Related" / "Nurses vote to accept pay deal"), not crossheads.
            if (kinds[i] == LineKind.Stop) afterStop = true;
            else if (kinds[i] is LineKind.Prose or LineKind.Weak or LineKind.Figures) afterStop = false;
            if (afterStop) continue;
            var kind = fallback ? FallbackParagraph(lines[i], kinds[i]) : Paragraph(lines[i], kinds[i]);
            if (kind is { } k) paragraphs.Add(new BodyParagraph(paragraphs.Count + 1, k, CollapseSpaces(lines[i]), i + 1));
        }

        return new ArticleBody(paragraphs, first + 1, last + 1, GuessHeadline(lines, kinds, first), FindCredit(lines, kinds));
    }

    private static ParagraphKind? Paragraph(string line, LineKind kind) => kind switch
    {
        LineKind.Prose or LineKind.Weak or LineKind.Figures => ParagraphKind.Text,
        LineKind.Short when LooksLikeHeading(line) => ParagraphKind.Heading,
        LineKind.Short when ScriptText.HasSentence(line) || ListItem().IsMatch(line) => ParagraphKind.Text,
        _ => null,
    };

    private static ParagraphKind? FallbackParagraph(string line, LineKind kind) =>
        kind is LineKind.Short or LineKind.Weak or LineKind.Prose or LineKind.Teaser or LineKind.Figures && WordCount(line) >= FallbackMinWords && !TimeOrNumber().IsMatch(line)
            ? ParagraphKind.Text
            : null;

    internal static LineKind[] Classify(string[] lines)
    {
        // Count repeats first: a short line that appears twice on a page is furniture ("whatsapp", "Advertisement").
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            if (line.Length == 0) continue;
            counts[line] = counts.GetValueOrDefault(line) + 1;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kinds = new LineKind[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            kinds[i] = ClassifyLine(lines[i], counts.GetValueOrDefault(lines[i]) > 1);
            // A prose line seen before is a copy: a dek repeated as the lede, or a second copy of the body.
            if (kinds[i] == LineKind.Prose && !seen.Add(CollapseSpaces(lines[i]))) kinds[i] = LineKind.Repeat;
        }

        MarkFigures(lines, kinds);
        return kinds;
    }

    private static LineKind ClassifyLine(string line, bool repeated)
    {
        if (line.Length == 0) return LineKind.Blank;
        var bare = Bare(line);
        if (Stops.Contains(bare)
            || (bare.Length > 0 && (char.IsDigit(bare[^1]) || bare[^1] is ')' or '）') && Stops.Contains(TrailingCount().Replace(bare.ToString(), ""))))
        {
            return LineKind.Stop;
        }

        if (bare.Length == 0 || FurnitureLines.Contains(bare)) return LineKind.Boilerplate;
        var words = WordCount(line);
        if (ClassifyLowerCased(line, words) is { } phraseKind) return phraseKind;

        var sentence = ScriptText.HasSentence(line);
        if (ScriptText.EndsInEllipsis(line)) return LineKind.Teaser;
        if (words >= ProseMinWords && sentence) return LineKind.Prose;
        if (repeated) return LineKind.Boilerplate;
        if (words >= WeakMinWords) return LineKind.Weak;
        return LineKind.Short;
    }

    /// <summary>
    /// The checks against the phrase data, which is lower case: the line is lower-cased into a pooled buffer
    /// rather than a new string per line.
    /// </summary>
    private static LineKind? ClassifyLowerCased(string line, int words)
    {
        var buffer = ArrayPool<char>.Shared.Rent(line.Length);
        try
        {
            ReadOnlySpan<char> lower = buffer.AsSpan(0, line.AsSpan().ToLowerInvariant(buffer));
            if (words <= BylineMaxWords && BoilerplatePhrases.CreditPrefixes.Opens(lower)) return LineKind.Credit;
            if (BoilerplatePhrases.Prefixes.Opens(lower)) return LineKind.Boilerplate;
            if (IsMenu(line)) return LineKind.Boilerplate;
            if (words <= BylineMaxWords && IsByline(lower)) return LineKind.Byline;
            if (BoilerplatePhrases.Captions.Contains(lower)) return LineKind.Caption;
            if ((words <= LegalMaxWords && BoilerplatePhrases.Legal.Contains(lower)) || BoilerplatePhrases.LegalOrPromotion.Count(lower) >= 2) return LineKind.Legal;
            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Rows of a table ("Net 9.27 mln vs 63.20 mln", "Revenue 1,245 1,180"): short lines with figures, two or
    /// more in a row. An earnings story is mostly such rows, so they are part of the article, not labels.
    /// </summary>
    private static void MarkFigures(string[] lines, LineKind[] kinds)
    {
        var figures = new int[lines.Length];
        for (var k = 0; k < lines.Length; k++)
        {
            figures[k] = kinds[k] is LineKind.Short or LineKind.Weak && lines[k].Any(char.IsDigit) && WordCount(lines[k]) >= 2
                && !TimeOrNumber().IsMatch(lines[k]) && !ClockTime().IsMatch(lines[k]) ? Numbers().Count(lines[k]) : 0;
        }

        int Figures(int i) => figures[i];

        // Runs of consecutive candidate lines (blank lines between rows do not break a table): three rows
        // with a figure each, or two rows with two figures each ("Revenue 412 398"). A username above a
        // "2 hours ago" is not a table.
        var i = 0;
        while (i < lines.Length)
        {
            if (Figures(i) == 0)
            {
                i++;
                continue;
            }

            var run = new List<int>();
            var j = i;
            while (j < lines.Length && (kinds[j] == LineKind.Blank || Figures(j) > 0))
            {
                if (kinds[j] != LineKind.Blank) run.Add(j);
                j++;
            }

            if (run.Count >= 3 || (run.Count == 2 && run.All(r => Figures(r) >= 2)))
            {
                foreach (var r in run) kinds[r] = LineKind.Figures;
            }

            i = j;
        }
    }

    private static bool IsByline(ReadOnlySpan<char> lower)
    {
        foreach (var p in BoilerplatePhrases.BylinePrefixes.Phrases)
        {
            if (lower.StartsWith(p, StringComparison.Ordinal) && lower.Length > p.Length
                && (char.IsWhiteSpace(lower[p.Length]) || p[^1] is ':' or '：')
                && !ScriptText.HasSentence(lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A row of links or buttons: two or more labels of at most three words, set apart by '|', bullets or
    /// wide gaps ("Home | World | Markets", "Share on X   Share on Facebook   Copy link").
    /// </summary>
    private static bool IsMenu(string line)
    {
        // Only a separator splits a line: most lines have none, and need no split.
        if (!HasMenuSeparator(line.AsSpan().Trim())) return false;
        var parts = MenuSeparators().Split(line.Trim()).Where(p => p.Trim().Length > 0).ToArray();
        return parts.Length >= 2 && parts.All(p => WordCount(p) <= 3 && !ScriptText.HasSentence(p));
    }

    /// <summary>Whether <see cref="MenuSeparators"/> could split the line: a '|', a bullet or two white-space characters in a row.</summary>
    private static bool HasMenuSeparator(ReadOnlySpan<char> line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] is '|' or '•' or '·') return true;
            if (i + 1 < line.Length && char.IsWhiteSpace(line[i]) && char.IsWhiteSpace(line[i + 1])) return true;
        }

        return false;
    }

    /// <summary>
    /// Scores every line and returns the maximum-sum run, narrowed to its first and last prose line
    /// (0-based), or -1s when no run earns anything.
    /// </summary>
    private static (int First, int Last) FindArticle(string[] lines, LineKind[] kinds)
    {
        var scores = new int[lines.Length];
        var shadow = false;
        for (var i = 0; i < lines.Length; i++)
        {
            // After a stop line, lone paragraphs between labels and timestamps are teasers' summaries (a "Read
            // next" rail) or comments, so they earn half until two paragraphs in a row show the article again.
            if (kinds[i] == LineKind.Stop) shadow = true;
            var isolated = kinds[i] == LineKind.Prose && Isolated(lines, kinds, i);
            if (kinds[i] == LineKind.Prose && !isolated) shadow = false;
            scores[i] = Score(lines, kinds, i, shadow && isolated);
        }

        var (start, end) = MaximumSumRun(scores);
        if (start < 0) return (-1, -1);

        var first = Array.FindIndex(kinds, start, end - start + 1, k => k is LineKind.Prose or LineKind.Figures);
        if (first < 0) return (-1, -1);
        var last = Array.FindLastIndex(kinds, end, end - first + 1, k => k is LineKind.Prose or LineKind.Figures);

        // A table without a sentence around it is better read by the fallback, which keeps its caption rows.
        if (Array.FindIndex(kinds, first, last - first + 1, k => k == LineKind.Prose) < 0) return (-1, -1);

        // A standfirst (dek) is one sentence above the byline; the article starts below it.
        var byline = Array.FindIndex(kinds, first, last - first + 1, k => k == LineKind.Byline);
        if (byline > first
            && kinds[first..byline].Count(k => k == LineKind.Prose) == 1
            && kinds[byline..(last + 1)].Count(k => k == LineKind.Prose) >= DekMinParagraphsBelow)
        {
            first = Array.FindIndex(kinds, byline, last - byline + 1, k => k == LineKind.Prose);
        }

        // An author's bio closes many articles with a sentence of its own: it is not the article.
        while (last > first && BoilerplatePhrases.Bios.Contains(lines[last].ToLowerInvariant()))
            last = Array.FindLastIndex(kinds, last - 1, last - first, k => k == LineKind.Prose);
        return (first, last);
    }

    private static int Score(string[] lines, LineKind[] kinds, int i, bool halved)
    {
        var line = lines[i];
        var weight = ScriptText.Weight(line);
        return kinds[i] switch
        {
            LineKind.Blank => 0,
            LineKind.Prose => halved ? weight / 2 : weight,
            LineKind.Weak => weight / 4,
            LineKind.Figures => weight / 2,
            LineKind.Short when IsDate(line) => -DateCost,
            LineKind.Short when ScriptText.HasSentence(line) || ListItem().IsMatch(line) => -ShortSentenceCost,
            LineKind.Short when WordCount(line) > LabelMaxWords => -ShortCost,
            LineKind.Short or LineKind.Credit => -LabelCost,
            LineKind.Stop => -StopCost,
            LineKind.Teaser or LineKind.Repeat => -Math.Max(weight / 2, LabelCost),
            LineKind.Legal => -Math.Max(weight, LabelCost),
            _ => -FurnitureCost,
        };
    }

    /// <summary>A timestamp, a date or a one-word label ("Live", "Video"): never a paragraph of its own.</summary>
    internal static bool IsLabelOrDate(string line) => !ScriptText.HasSentence(line) && (IsDate(line) || WordCount(line) <= 1);

    /// <summary>A timestamp or date line ("12:40", "2 hours ago", "14 March 2024"), not a numbered list item.</summary>
    private static bool IsDate(string line) =>
        TimeOrNumber().IsMatch(line) || ClockTime().IsMatch(line) || (line.Any(char.IsDigit) && WordCount(line) <= 4 && !ListItem().IsMatch(line));

    /// <summary>Whether the nearest text lines above and below a prose line are both labels, stops or edges.</summary>
    private static bool Isolated(string[] lines, LineKind[] kinds, int i)
    {
        return !TextLike(Neighbour(-1)) && !TextLike(Neighbour(+1));

        int Neighbour(int step)
        {
            for (var j = i + step; j >= 0 && j < kinds.Length; j += step)
            {
                if (kinds[j] is not (LineKind.Blank or LineKind.Boilerplate or LineKind.Caption)) return j;
            }

            return -1;
        }

        bool TextLike(int j) => j >= 0 && (kinds[j] is LineKind.Prose or LineKind.Weak or LineKind.Repeat or LineKind.Figures
            || (kinds[j] == LineKind.Short && (ScriptText.HasSentence(lines[j]) || ListItem().IsMatch(lines[j]))));
    }

    /// <summary>Kadane's maximum-sum segment; the earliest best wins a tie. Returns -1s if no score is positive.</summary>
    private static (int Start, int End) MaximumSumRun(int[] scores)
    {
        var best = (Start: -1, End: -1);
        var bestSum = 0;
        var sum = 0;
        var start = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (sum <= 0)
            {
                sum = 0;
                start = i;
            }

            sum += scores[i];
            if (sum > bestSum)
            {
                bestSum = sum;
                best = (start, i);
            }
        }

        return best;
    }

    /// <summary>
    /// For a page without a single prose line (an earnings table, a one-line brief): the best run of lines
    /// of a few words each that are not furniture, timestamps or legal text.
    /// </summary>
    private static (int First, int Last) FindTextLines(string[] lines, LineKind[] kinds)
    {
        var scores = new int[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            scores[i] = FallbackParagraph(lines[i], kinds[i]) is not null ? ScriptText.Weight(lines[i])
                : kinds[i] == LineKind.Blank ? 0
                : kinds[i] == LineKind.Stop ? -StopCost
                : -LabelCost;
        }

        var (start, end) = MaximumSumRun(scores);
        if (start < 0 || scores[start..(end + 1)].Where(s => s > 0).Sum() < FallbackMinWeight) return (-1, -1);

        // A wire brief's or a table's headline sits right above it: in capitals ("ACME Q3 PROFIT RISES"), or
        // in words above rows of figures. It is the title, not the body.
        bool Figures(int from) => Enumerable.Range(from, end - from + 1).Any(j => scores[j] > 0 && lines[j].Any(char.IsDigit));
        while (start < end && scores[start] > 0
            && (!lines[start].Any(char.IsLower) && lines[start].Any(char.IsUpper) || !lines[start].Any(char.IsDigit) && Figures(start + 1)))
        {
            start = Array.FindIndex(scores, start + 1, end - start, s => s > 0);
        }

        return (start, end);
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

    /// <summary>The line without the punctuation and bullets around it, spaces collapsed (a copy only when they need collapsing).</summary>
    private static ReadOnlySpan<char> Bare(string line)
    {
        var trimmed = line.AsSpan().Trim(" •·-–—|:.?!>»*");
        return NeedsCollapsing(trimmed) ? CollapseSpaces(trimmed.ToString()) : trimmed;
    }

    internal static int WordCount(ReadOnlySpan<char> line) => ScriptText.WordCount(line);

    /// <summary>
    /// Every run of white space as one space, trimmed. Most lines of a scrape already read so, and are
    /// returned as they are: this runs on every line, several times, and a copy each time was the bulk of
    /// what cleaning allocated.
    /// </summary>
    internal static string CollapseSpaces(string text)
    {
        if (!NeedsCollapsing(text)) return text;
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace) buffer[length++] = ' ';
            pendingSpace = false;
            buffer[length++] = c;
        }

        return new string(buffer[..length]);
    }

    private static bool NeedsCollapsing(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || char.IsWhiteSpace(text[i + 1]))) return true;
        }

        return false;
    }

    [GeneratedRegex(@"\s*[|•·]\s*|\s{2,}")]
    private static partial Regex MenuSeparators();

    // "1. …", "2) …", "- …", "• …": an item of a list inside the article.
    [GeneratedRegex(@"^(\d{1,2}[.)]\s|[-–•*·▪►])\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"\s*[(\[（]?\d+[)\]）]?$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCount();

    // A number as a table writes it: 43,000 or 9.27 or 1.2 counts once.
    [GeneratedRegex(@"\d+(?:[.,]\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^[\d:.\s/-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOrNumber();
}
