using System.Globalization;
using System.Text.RegularExpressions;
using BriefingBook.Content.Articles;
using BriefingBook.Content.Dates;

namespace BriefingBook.Editing;

/// <summary>
/// Dates an article from its own page, strongest evidence first: a "Published …" line; a dateline at the
/// start of the body ("New Delhi, December 2 (ANI):"), with the year taken from the page when the dateline
/// has none; an "Updated …" stamp (published on or before it); a bare date above the article (which may be the
/// page's or the scrape's date); and last the latest date the body itself mentions (written on or after it).
/// The result has only the precision the evidence gives, is marked approximate when inferred, and the
/// reasoning is written out for the <c>dating</c> field.
/// </summary>
public static partial class ArticleDater
{
    public static (PartialDate? Published, string Dating) Date(string raw, ArticleBody body)
    {
        var lines = raw.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).ToArray();
        var bodyFirst = body.Paragraphs.Count > 0 ? body.Paragraphs[0].Line - 1 : lines.Length;
        var mentioned = body.Paragraphs.SelectMany(p => DateExpressions.Find(p.Text, null)).Where(m => m.Date is not null && !m.Relative).Select(m => m.Date!).ToList();

        foreach (var line in lines)
        {
            if (!PublishedLine().IsMatch(line)) continue;
            if (FullDay(line) is { } day)
                return (day, $"Dated by the line '{line}'.");
        }

        if (body.Paragraphs.Count > 0 && Dateline.Find(body.Paragraphs[0].Text) is { } dateline)
        {
            var head = dateline.Head;
            if (FullDay(head) is { } day) return (day, $"Dated by the dateline '{head.Trim()}'.");
            if (DateExpressions.Find(head, null) is [var partial, ..] && partial.Text.Any(char.IsDigit))
            {
                var dated = YearForDateline(partial.Text, lines, mentioned, body);
                if (dated is not null) return dated.Value;
            }
        }

        foreach (var line in lines)
        {
            if (!UpdatedLine().IsMatch(line)) continue;
            if (FullDay(line) is { } day)
                return (day.AsApproximate(true), $"The page gives no publication date; the stamp '{line}' dates an update, so the article was published on or before that day.");
        }

        for (var i = 0; i < bodyFirst && i < lines.Length; i++)
        {
            if (lines[i].Length > 30 || FullDay(lines[i]) is not { } day) continue;
            return (day.AsApproximate(true), $"The only date on the page is '{lines[i]}' above the article; it may be the page's or the scrape's date rather than the day of publication.");
        }

        if (mentioned.Count > 0)
        {
            var latest = mentioned.Max()!;
            return (latest.AsApproximate(true),
                $"The page carries no date. The latest date the article mentions is {latest.ToDisplay()}, so it was written then or later; check it against the other sources.");
        }

        var yearless = body.Paragraphs.SelectMany(p => DateExpressions.Find(p.Text, null)).Where(m => m.Date is null).Select(m => $"“{m.Text}”").Distinct().Take(4).ToList();
        return (null, yearless.Count == 0
            ? "The page carries no date and the article mentions none: date it by hand."
            : $"The page carries no date, and the article's dates have no year ({string.Join(", ", yearless)}): date it by hand, from the other sources.");
    }

    /// <summary>A date with day, month and year in the text, if any.</summary>
    private static PartialDate? FullDay(string text) =>
        DateExpressions.Find(text, null).Select(m => m.Date).FirstOrDefault(d => d is not null && d.Precision == DatePrecision.Day && !d.IsRange);

    /// <summary>
    /// A dateline without a year ("December 2"): the year is the latest year the page or the article names for
    /// which the dateline does not precede the latest date the article reports; a weekday in the first sentence
    /// ("on Tuesday") confirms it when the dateline's day falls on that weekday.
    /// </summary>
    private static (PartialDate, string)? YearForDateline(string written, string[] lines, List<PartialDate> mentioned, ArticleBody body)
    {
        var found = DateExpressions.Find(written, PartialDate.Parse("2000-12-31"));
        var probe = found.Count > 0 ? found[0].Date : null;
        if (probe is null || probe.Precision != DatePrecision.Day) return null;
        var years = mentioned.Select(d => d.End.Year).Concat(lines.SelectMany(l => YearNumbers().Matches(l).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)))).ToList();
        if (years.Count == 0) return null;
        var latestMentioned = mentioned.Count > 0 ? mentioned.Max()!.End.Latest : DateOnly.MinValue;
        var year = years.Max();
        var candidate = new DateOnly(year, probe.Start.Month, probe.Start.Day);
        if (candidate < latestMentioned) candidate = candidate.AddYears(1);
        var date = PartialDate.Parse(candidate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var weekday = Weekday().Match(body.Paragraphs[0].Text);
        var confirmed = weekday.Success && string.Equals(weekday.Value, candidate.DayOfWeek.ToString(), StringComparison.Ordinal);
        var reason = $"The dateline says '{written}' without a year. The latest date the article mentions is {(mentioned.Count > 0 ? mentioned.Max()!.ToDisplay() : "none")}, so the year is {candidate.Year}";
        reason += confirmed ? $"; the first sentence's '{weekday.Value}' confirms it ({date.ToDisplay()} was a {candidate.DayOfWeek})." : "; no weekday confirms the year.";
        return (confirmed ? date : date.AsApproximate(true), reason);
    }

    [GeneratedRegex(@"^(?:first\s+)?(?:published|posted|date)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PublishedLine();

    [GeneratedRegex(@"^(?:last\s+)?updated\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UpdatedLine();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearNumbers();

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();
}
