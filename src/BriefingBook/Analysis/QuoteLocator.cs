using BriefingBook.Content.Articles;
using BriefingBook.Content.Model;
using BriefingBook.Diagnostics;

namespace BriefingBook.Analysis;

/// <summary>
/// Checks every report's quote against its source's cleaned body and records where it stands. A quote that
/// is not verbatim is an error at the quote's line, with the closest passage of the source as a hint.
/// </summary>
public static class QuoteLocator
{
    public static IReadOnlyList<QuoteMatch> Locate(BookContent content, DiagnosticBag diagnostics)
    {
        var sources = content.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        // Fold each paragraph once, not once per quote.
        var folded = new Dictionary<string, MatchableText[]>(StringComparer.Ordinal);
        foreach (var source in content.Sources)
            folded[source.Id] = [.. source.Body.Paragraphs.Select(p => new MatchableText(p.Text))];

        var matches = new List<QuoteMatch>();
        foreach (var ev in content.Events)
        {
            var anchorsInEvent = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var report in ev.Reports)
            {
                if (!sources.TryGetValue(report.Source.Id, out var source)) continue; // reported by the validator
                var match = Find(source, folded[source.Id], report.Quote);
                if (match is null)
                {
                    diagnostics.Error(report.QuoteAt, Explain(source, report.Quote));
                    continue;
                }

                // One event may quote a source twice; the second passage gets a numbered anchor.
                var n = anchorsInEvent[source.Id] = anchorsInEvent.GetValueOrDefault(source.Id) + 1;
                var anchor = n == 1 ? $"q-{ev.Id}" : $"q-{ev.Id}-{n}";
                var (paragraph, start, length) = match.Value;
                matches.Add(new QuoteMatch(ev, report, source, paragraph, start, length, anchor));
            }
        }

        return matches;
    }

    private static (BodyParagraph Paragraph, int Start, int Length)? Find(Source source, MatchableText[] paragraphs, string quote)
    {
        for (var i = 0; i < paragraphs.Length; i++)
        {
            if (paragraphs[i].Find(quote) is { } hit) return (source.Body.Paragraphs[i], hit.Start, hit.Length);
        }

        return null;
    }

    private static string Explain(Source source, string quote)
    {
        var needle = MatchableText.FoldText(quote);
        var body = MatchableText.FoldText(string.Join(" ", source.Body.Paragraphs.Select(p => p.Text)));
        if (body.Contains(needle, StringComparison.Ordinal))
            return $"quote runs across two paragraphs of `{source.Id}`; quote from within one paragraph";
        if (MatchableText.FoldText(source.Seed.Text).Contains(needle, StringComparison.Ordinal))
            return $"quote is in `{source.Seed.RelativePath}` but outside the article body (page boilerplate); quote the article, or move `body_first`/`body_last`";
        var closest = ClosestSentence(source, quote);
        return $"quote not found in `{source.Seed.RelativePath}` (source `{source.Id}`)" +
            (closest is null ? "" : $"; closest passage: \"{closest}\"");
    }

    /// <summary>The body sentence sharing the most words with the quote, to show the editor what they probably meant.</summary>
    private static string? ClosestSentence(Source source, string quote)
    {
        var wanted = Words(quote);
        if (wanted.Count == 0) return null;
        string? best = null;
        var bestScore = 0.0;
        foreach (var paragraph in source.Body.Paragraphs)
        {
            foreach (var sentence in paragraph.Text.Split(". "))
            {
                var words = Words(sentence);
                var score = (double)words.Count(wanted.Contains) / wanted.Count;
                if (score > bestScore)
                {
                    bestScore = score;
                    best = sentence;
                }
            }
        }

        if (best is null || bestScore < 0.3) return null;
        return best.Length <= 160 ? best : best[..157] + "…";
    }

    private static HashSet<string> Words(string text) =>
        MatchableText.FoldText(text).ToLowerInvariant()
            .Split([' ', ',', '.', '"', '\'', ':', ';', '(', ')', '!', '?'], StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal);
}
