using BriefingBook.Content.Articles;
using BriefingBook.Content.Model;
using BriefingBook.Analysis.Mentions;
using BriefingBook.Diagnostics;

namespace BriefingBook.Analysis;

/// <summary>
/// Checks every quote (event reports and the claims of editors' notes) against its source's cleaned body and records where it stands. A quote that
/// is not verbatim is an error at the quote's line, with the closest passage of the source as a hint.
/// </summary>
public static class QuoteLocator
{
    /// <param name="remembered">A session's answers from earlier builds; new answers are added to it.</param>
    public static LocatedQuotes Locate(BookContent content, DiagnosticBag diagnostics, QuotePositions? remembered = null)
    {
        var sources = content.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        // Fold each quoted source's paragraphs once, not once per quote (and never fold unquoted sources).
        var folded = new Dictionary<string, MatchableText[]>(StringComparer.Ordinal);
        (BodyParagraph Paragraph, int Start, int Length)? Locate(Source source, string quote, SourceLocation at)
        {
            if (remembered is null || !remembered.TryGet(source, quote, out var found))
            {
                if (!folded.TryGetValue(source.Id, out var paragraphs))
                    folded[source.Id] = paragraphs = [.. source.Body.Paragraphs.Select(p => new MatchableText(p.Text))];
                found = Find(paragraphs, quote);
                remembered?.Put(source, quote, found);
            }

            if (found is not var (index, start, length))
            {
                var (code, message) = Explain(source, quote);
                diagnostics.Error(code, at, message);
                return null;
            }

            return (source.Body.Paragraphs[index], start, length);
        }

        var reports = new List<QuoteMatch>();
        foreach (var ev in content.Events)
        {
            for (var i = 0; i < ev.Reports.Count; i++)
            {
                var report = ev.Reports[i];
                if (!sources.TryGetValue(report.Source.Id, out var source)) continue; // reported by the validator
                if (Locate(source, report.Quote, report.QuoteAt) is not var (paragraph, start, length)) continue;
                reports.Add(new QuoteMatch(new ReportRef(new EventId(ev.Id), i), new ParagraphRef(new SourceId(source.Id), paragraph.Number), start, length));
            }
        }

        var claims = new List<ClaimMatch>();
        foreach (var note in content.Notes)
        {
            for (var i = 0; i < note.Claims.Count; i++)
            {
                var claim = note.Claims[i];
                if (!sources.TryGetValue(claim.Source.Id, out var source)) continue;
                if (Locate(source, claim.Quote, claim.QuoteAt) is not var (paragraph, start, length)) continue;
                claims.Add(new ClaimMatch(new ClaimRef(new NoteId(note.Id), i), new ParagraphRef(new SourceId(source.Id), paragraph.Number), start, length));
            }
        }

        return new LocatedQuotes(reports, claims);
    }

    private static (int Paragraph, int Start, int Length)? Find(MatchableText[] paragraphs, string quote)
    {
        for (var i = 0; i < paragraphs.Length; i++)
        {
            if (paragraphs[i].Find(quote) is { } hit) return (i, hit.Start, hit.Length);
        }

        return null;
    }

    private static (DiagnosticCode, string) Explain(Source source, string quote)
    {
        var needle = MatchableText.FoldText(quote);
        var body = MatchableText.FoldText(string.Join(" ", source.Body.Paragraphs.Select(p => p.Text)));
        if (body.Contains(needle, StringComparison.Ordinal))
            return (DiagnosticCodes.QuoteAcrossParagraphs, $"quote runs across two paragraphs of `{source.Id}`; quote from within one paragraph");
        if (MatchableText.FoldText(source.Seed.Text).Contains(needle, StringComparison.Ordinal))
            return (DiagnosticCodes.QuoteInBoilerplate, $"quote is in `{source.Seed.RelativePath}` but outside the article body (page boilerplate); quote the article, or move `body_first`/`body_last`");
        var closest = ClosestSentence(source, quote);
        return (DiagnosticCodes.QuoteNotFound, $"quote not found in `{source.Seed.RelativePath}` (source `{source.Id}`)" +
            (closest is null ? "" : $"; closest passage: \"{closest}\""));
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
            foreach (var (at, length) in SentenceSplitter.Split(paragraph.Text))
            {
                var sentence = paragraph.Text.Substring(at, length);
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
