using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BriefingBook.Analysis;
using BriefingBook.Analysis.Mentions;

namespace BriefingBook.Editing;

/// <summary>
/// <c>check --coverage</c> and the editors' coverage page: for each source, the body sentences that carry a
/// date, a number or a quoted statement (four words or more between quotation marks) that no event report and
/// no note quotes, and the capitalised names no actor matches. A sentence is covered when any quote overlaps it,
/// so an editor covers a sentence either by reporting it in an event or by explaining it in a note.
/// </summary>
public static partial class CoverageReport
{
    public static IReadOnlyList<SourceCoverage> Find(AnalysedBook book)
    {
        // One automaton for the whole book: building it is the costly part, matching is linear.
        var matcher = new NameMatcher(book.Content.Actors);
        return [.. book.Content.Sources.Order(Content.Model.EarliestFirst.Instance).AsParallel().AsOrdered().Select(s => Of(book, matcher, s))];
    }

    private static SourceCoverage Of(AnalysedBook book, NameMatcher matcher, Content.Model.Source source)
    {
        var sentences = BodySentence.Of(source.Body);
        var quoted = book.QuotesIn(source.Id).Select(q => (Paragraph: book.Paragraph(q.Paragraph), q.Start, q.Length))
            .Concat(book.ClaimsIn(source.Id).Select(c => (Paragraph: book.Paragraph(c.Paragraph), c.Start, c.Length))).ToList();
        var uncovered = new List<UncoveredSentence>();
        foreach (var sentence in sentences)
        {
            if (quoted.Any(q => sentence.Overlaps(q.Paragraph, q.Start, q.Length))) continue;
            var carries = Carries(sentence.Text, source.Published);
            if (carries.Count == 0) continue;
            uncovered.Add(new UncoveredSentence(sentence, carries));
        }

        var (actors, others) = ArticleSuggester.Names(book, matcher, sentences);
        var names = actors.Where(a => a.Match != ActorMatch.Known)
            .Select(a => new UnmatchedName(a.Name, a.Match == ActorMatch.NearMiss ? $"near miss of `{a.ActorId}` (“{a.CloseTo}”)" : $"no actor ({a.Kind.ToString().ToLowerInvariant()}?)", a.Sentence))
            .Concat(others.Select(o => new UnmatchedName(o.Name, o.What, o.Sentence)))
            .OrderBy(n => n.Sentence.Paragraph.Number).ThenBy(n => n.Sentence.Start).ThenBy(n => n.Name, StringComparer.Ordinal)
            .ToList();
        return new SourceCoverage(source, uncovered, names);
    }

    /// <summary>What makes a sentence worth a report: "date", "number", "quote", in that order.</summary>
    public static IReadOnlyList<string> Carries(string sentence, Content.Dates.PartialDate? articleDate)
    {
        var carries = new List<string>();
        var dates = DateExpressions.Find(sentence, articleDate);
        if (dates.Count > 0) carries.Add("date");
        var withoutDates = sentence;
        foreach (var d in dates.OrderByDescending(d => d.Start)) withoutDates = withoutDates.Remove(d.Start, d.Text.Length);
        if (Number().IsMatch(withoutDates)) carries.Add("number");
        if (Quoted().Matches(sentence).Any(m => m.Groups["q"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4)) carries.Add("quote");
        return carries;
    }

    /// <summary>One line per finding, compiler style (<c>seed:line: coverage: …</c>), after a summary line.</summary>
    public static string Text(IReadOnlyList<SourceCoverage> coverage)
    {
        var o = new StringBuilder();
        var sentences = coverage.Sum(c => c.Sentences.Count);
        var names = coverage.Sum(c => c.Names.Count);
        o.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"coverage: {sentences} sentence(s) in {coverage.Count(c => c.Sentences.Count > 0)} source(s) carry a date, a number or a quoted statement that no report or note quotes; {names} name(s) match no actor"));
        foreach (var c in coverage)
        {
            foreach (var s in c.Sentences)
                o.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{c.Source.Seed.RelativePath}:{s.Sentence.Line}: coverage: uncovered sentence ({string.Join(", ", s.Carries)}) in `{c.Source.Id}`: {s.Sentence.Text}"));
            foreach (var n in c.Names)
                o.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{c.Source.Seed.RelativePath}:{n.Sentence.Line}: coverage: name “{n.Name}” in `{c.Source.Id}`: {n.What}"));
        }

        return o.ToString();
    }

    [GeneratedRegex(@"\b\d[\d,.]*\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens?|hundreds|thousands|millions|billions)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"[“""](?<q>[^“”""]+)[”""]", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();
}
