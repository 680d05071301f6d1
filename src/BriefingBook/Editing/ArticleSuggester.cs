using System.Text.RegularExpressions;
using BriefingBook.Analysis;
using BriefingBook.Analysis.Mentions;
using BriefingBook.Content.Dates;
using BriefingBook.Content.Model;
using BriefingBook.Diagnostics;

namespace BriefingBook.Editing;

/// <summary>
/// Reads one seed against the book and proposes what an editor would otherwise find by hand: its source entry
/// (masthead and dating), the existing events its sentences report (best first, with the sentence as the
/// candidate quote), the dated sentences no event covers (as new events, relative dates resolved against the
/// article's date), and the names it uses that are no actor's, or nearly an actor's. It uses the book's own
/// tools: the boilerplate rules' body, the sentence splitter, the mention matcher, partial dates and shingles.
/// No rule is specific to an article or a site.
/// </summary>
public static partial class ArticleSuggester
{
    public static ArticleSuggestion Suggest(AnalysedBook book, Source source)
    {
        var (outlet, via, author) = Masthead.Read(source.Seed.Text, source.Body);
        var (published, dating) = ArticleDater.Date(source.Seed.Text, source.Body);
        var headline = source.HasEntry ? source.Headline : Masthead.Headline(source.Seed.Text, source.Body);
        var guessedHeadline = headline is null;
        var sentences = BodySentence.Of(source.Body);
        headline ??= sentences.Count > 0 ? Title(sentences[0].Text) : "Untitled article";
        if (source.HasEntry) published = source.Published ?? published;

        var sourceIds = new HashSet<string>(book.Content.Sources.Select(s => s.Id), StringComparer.Ordinal);
        var sourceId = source.HasEntry ? source.Id : Slug.Unique(Slug.From(string.Join(' ', outlet ?? "", headline), 6) + (published is null ? "" : "-" + published.Start.ToText()), sourceIds);
        var proposal = new SourceProposal(sourceId, source.HasEntry ? source.Id : null, source.Seed.FileName, headline, guessedHeadline,
            source.HasEntry ? source.Outlet : outlet, source.HasEntry ? source.Via : via, source.HasEntry ? source.Author : author, published,
            source.HasEntry ? source.Dating ?? dating : dating);

        var matcher = new NameMatcher(book.Content.Actors);
        var read = sentences.Select(s =>
        {
            var mentions = matcher.Find(s.Text);
            var dates = DateExpressions.Find(s.Text, published);
            return (Sentence: s, Mentions: mentions, Actors: (IReadOnlySet<string>)mentions.Select(m => m.ActorId).ToHashSet(StringComparer.Ordinal), Dates: dates);
        }).ToList();

        // Sentences the source's existing reports and notes already quote are not proposed again.
        var quoted = book.QuotesIn(source.Id).Select(q => (Paragraph: book.Paragraph(q.Paragraph), q.Start, q.Length))
            .Concat(book.ClaimsIn(source.Id).Select(c => (Paragraph: book.Paragraph(c.Paragraph), c.Start, c.Length))).ToList();
        bool AlreadyQuoted(BodySentence s) => quoted.Any(q => s.Overlaps(q.Paragraph, q.Start, q.Length));

        var (actors, others) = NamesIn(read.Select(r => (r.Sentence, r.Mentions)).ToList(), matcher, book);
        var eventIds = new HashSet<string>(book.Content.Events.Select(e => e.Id), StringComparer.Ordinal);

        // Every (event, sentence) pair above the threshold, then the best pairs first, each event once, and each
        // sentence once unless strongly: a sentence that reports one event well is not also a weak report of another.
        var scorer = new EventMatcher(book.Content.Events);
        var reportedAlready = book.EventsReportedBy(source.Id).ToHashSet();
        var pairs = new List<EventProposal>();
        foreach (var ev in book.Content.Events)
        {
            if (reportedAlready.Contains(ev)) continue;
            foreach (var r in read)
            {
                if (AlreadyQuoted(r.Sentence)) continue;
                var score = scorer.Score(ev, r.Sentence.Text, r.Actors, r.Dates, published);
                if (score.Score < EventMatcher.Threshold) continue;
                // Of several dates in the sentence, the one that fits the event is the one this report states.
                var fitting = r.Dates.Where(d => d.Date is not null).OrderBy(d => d.Date!.Overlaps(ev.Date) ? 0 : 1).ThenBy(d => d.Start).ToList();
                var values = ValueReader.Read(r.Sentence.Text, fitting);
                pairs.Add(new EventProposal(ev.Id, ev.Id, ev.Title, values.Date?.Date, null, r.Sentence,
                    values, [.. r.Actors.Order(StringComparer.Ordinal)], score.Score, score.Reasons));
            }
        }

        var events = new List<EventProposal>();
        var usedEvents = new HashSet<string>(StringComparer.Ordinal);
        var usedSentences = new HashSet<BodySentence>();
        foreach (var pair in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.EventId, StringComparer.Ordinal).ThenBy(p => p.Sentence.Paragraph.Number).ThenBy(p => p.Sentence.Start))
        {
            // A sentence may report two happenings ("… accepted the credentials on 3 July, and earlier, in April,
            // removed …"): it serves a second event only when that match is strong too.
            if (usedEvents.Contains(pair.EventId!) || (usedSentences.Contains(pair.Sentence) && pair.Score < EventMatcher.Strong)) continue;
            usedEvents.Add(pair.EventId!);
            usedSentences.Add(pair.Sentence);
            events.Add(pair);
        }

        var matched = events.Select(e => e.Sentence).ToHashSet();

        foreach (var r in read)
        {
            if (matched.Contains(r.Sentence) || AlreadyQuoted(r.Sentence)) continue;
            var date = r.Dates.FirstOrDefault(d => d.Date is not null);
            if (date is null) continue;
            // A new or nearly-known name counts wherever the sentence uses it, not only where it was first seen.
            var named = r.Actors.Concat(actors.Where(a => a.Match == ActorMatch.New && r.Sentence.Text.Contains(a.Name, StringComparison.Ordinal)).Select(a => a.NewId))
                .Concat(actors.Where(a => a.Match == ActorMatch.NearMiss && r.Sentence.Text.Contains(a.Name, StringComparison.Ordinal)).Select(a => a.ActorId!))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (named.Count == 0) continue;
            var title = Title(Untimed(r.Sentence.Text, r.Dates));
            var dated = date.Relative
                ? $"“{date.Text}” {date.Reading}."
                : $"The article states “{date.Text}”.";
            (Event Event, double Score)? closest = scorer.Events.Count == 0 ? null : scorer.Events
                .Select(e => (Event: e, Score: scorer.Score(e, r.Sentence.Text, r.Actors, r.Dates, published).Score))
                .OrderByDescending(x => x.Score).ThenBy(x => x.Event.Id, StringComparer.Ordinal).First();
            var reasons = new List<string> { $"dated: “{date.Text}” → {date.Date!.ToDisplay()}{(date.Relative ? " (" + date.Reading + ")" : "")}" };
            if (closest is { } c)
            {
                reasons.Add(c.Score < EventMatcher.Threshold
                    ? $"closest existing event: {c.Event.Id} ({c.Score:0.00}), below the {EventMatcher.Threshold:0.00} threshold"
                    : reportedAlready.Contains(c.Event)
                        ? $"closest existing event: {c.Event.Id} ({c.Score:0.00}), which this source already reports with another sentence"
                        : $"closest existing event: {c.Event.Id} ({c.Score:0.00}), which has a better sentence in this article; this may be a second report of it");
            }

            events.Add(new EventProposal(null, Slug.Unique(Slug.From(title, 6), eventIds), title, date.Date, dated, r.Sentence,
                ValueReader.Read(r.Sentence.Text, r.Dates), named, closest?.Score ?? 0, reasons));
        }

        return new ArticleSuggestion(proposal, events, actors, others, EventMatcher.Threshold);
    }

    /// <summary>The names a list of sentences uses, as <see cref="Suggest"/> reads them (for the coverage report).</summary>
    public static (IReadOnlyList<ActorProposal> Actors, IReadOnlyList<OtherName> Others) Names(AnalysedBook book, NameMatcher matcher, IReadOnlyList<BodySentence> sentences)
    {
        return NamesIn([.. sentences.Select(s => (s, matcher.Find(s.Text)))], matcher, book);
    }

    /// <summary>
    /// The names the article uses: each known actor once (first sentence), near misses of known names, and
    /// new names with their kind guessed. A run of capitalised words that a known name only partly covers is
    /// first compared whole with the book's names ("Sergei Lavrov" against "Sergey Lavrov"), then what the
    /// known names leave of it is a candidate.
    /// </summary>
    private static (List<ActorProposal> Actors, List<OtherName> Others) NamesIn(List<(BodySentence Sentence, IReadOnlyList<Mention> Mentions)> read, NameMatcher matcher, AnalysedBook book)
    {
        var known = new List<ActorProposal>();
        var near = new List<ActorProposal>();
        var candidates = new List<(string Name, BodySentence Sentence, bool AtStart)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var knownNames = matcher.Patterns.Select(p => (Pattern: p, Letters: LettersOnly(p.Name))).Where(p => p.Letters.Length >= 5).ToList();
        foreach (var (sentence, mentions) in read)
        {
            foreach (var m in mentions)
            {
                if (!seen.Add("id:" + m.ActorId)) continue;
                var actor = book.ActorsById[m.ActorId];
                known.Add(new ActorProposal(ActorMatch.Known, actor.Id, actor.Id, actor.Name, actor.Kind, null, sentence));
            }

            foreach (var run in NameCandidates.Find(sentence.Text))
            {
                var end = run.Start + run.Text.Length;
                var inside = mentions.Where(m => m.Start < end && run.Start < m.Start + m.Length).ToList();
                if (inside.Count > 0 && inside.Sum(m => m.Length) >= run.Text.Length) continue;
                if (NearMiss(run.Text, knownNames) is { } close)
                {
                    if (seen.Add(run.Text))
                        near.Add(new ActorProposal(ActorMatch.NearMiss, close.ActorId, close.ActorId, run.Text, book.ActorsById[close.ActorId].Kind, close.Name, sentence));
                    continue;
                }

                foreach (var part in Uncovered(run, inside))
                {
                    if (NameCandidates.Find(part).Count > 0) candidates.Add((part, sentence, StartsSentence(sentence.Text, run.Start) && run.Text.StartsWith(part, StringComparison.Ordinal)));
                }
            }
        }

        // Filter with the whole article in view: a word capitalised only because it starts a sentence
        // ("Traders blamed …") is a name only if the article also capitalises it elsewhere; a single word that is
        // the last word of a longer name ("Rahimi" of "Nargis Rahimi") or the stem of one ("Uzbek" of "Uzbekistan",
        // "Afghan" of "Afghanistan") is not a new actor of its own.
        var longer = candidates.Select(c => c.Name).Concat(matcher.Patterns.Select(p => p.Name)).Distinct(StringComparer.Ordinal).ToList();
        var allWords = longer.SelectMany(n => n.Split(' ')).Where(w => w.Length >= 4).Distinct(StringComparer.Ordinal).ToList();
        var words = longer.Where(n => n.Contains(' ', StringComparison.Ordinal)).Select(n => n.Split(' ')[^1]).ToHashSet(StringComparer.Ordinal);
        var midSentence = candidates.Where(c => !c.AtStart).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var ids = new HashSet<string>(book.Content.Actors.Select(a => a.Id), StringComparer.Ordinal);
        var fresh = new List<ActorProposal>();
        var others = new List<OtherName>();
        foreach (var (name, sentence, atStart) in candidates)
        {
            if (!seen.Add(name)) continue;
            var single = !name.Contains(' ', StringComparison.Ordinal);
            if (single && atStart && !midSentence.Contains(name) && !words.Contains(name)) continue;
            if (single && (words.Contains(name) || allWords.Any(w => w.Length >= name.Length + 3 && w.StartsWith(name, StringComparison.Ordinal)))) continue;
            if (HappeningWords.Contains(name.Split(' ', '-')[^1]))
            {
                others.Add(new OtherName(name, "a named happening", sentence));
                continue;
            }

            if (PlaceWords.Contains(name.Split(' ', '-')[^1]) || IsPlace(name, read.Select(r => r.Sentence.Text)))
            {
                others.Add(new OtherName(name, "a place", sentence));
                continue;
            }

            fresh.Add(new ActorProposal(ActorMatch.New, null, Slug.Unique(Slug.From(name, 5), ids), name, KindGuess.Guess(name, sentence.Text), null, sentence));
        }

        return ([.. known, .. near, .. fresh], others);
    }

    private static readonly HashSet<string> HappeningWords = new(StringComparer.Ordinal)
    {
        "War", "Treaty", "Summit", "Conference", "Game", "Revolution", "Agreement", "Accord", "Crisis", "Talks", "Games", "Invasion", "Uprising",
    };

    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal)
    {
        "While", "After", "When", "As", "Although", "Though", "Since", "Despite", "Before", "Following", "Amid", "Unlike", "If", "Because",
    };

    // The last word of a region's or a place's name in English: "Central Asia", "North Caucasus", "Panjshir Valley".
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "Asia", "Europe", "Africa", "America", "Caucasus", "East", "West", "Gulf", "Region", "Valley", "Province", "City", "Sea", "Ocean", "Mountains", "Pass", "Corridor",
    };

    /// <summary>A name every use of which follows a preposition of place ("in Kabul", "to Kabul", "from Doha") is a place, not an actor.</summary>
    private static bool IsPlace(string name, IEnumerable<string> sentences)
    {
        var uses = 0;
        foreach (var text in sentences)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                // Only uses of the name on its own count: "the Kabul Government" is another name.
                var after = text[(at + name.Length)..];
                if ((at > 0 && char.IsLetter(text[at - 1])) || (after.Length > 1 && (char.IsLetter(after[0]) || (after[0] == ' ' && char.IsUpper(after[1]))))) continue;
                uses++;
                if (!Locative().IsMatch(text[..at])) return false;
            }
        }

        return uses > 0;
    }

    /// <summary>Whether a word at <paramref name="at"/> starts the sentence or a quotation in it, where any word is capitalised.</summary>
    private static bool StartsSentence(string sentence, int at)
    {
        var before = sentence[..at].TrimEnd();
        return !before.Any(char.IsLetterOrDigit) || before[^1] is '"' or '“' or '‘' or '\'' or '(';
    }

    /// <summary>What the known names leave of a run, split at them, with leading titles ("Foreign Minister") dropped.</summary>
    private static IEnumerable<string> Uncovered(CapitalisedName run, List<Mention> inside)
    {
        var pieces = new List<string>();
        var at = run.Start;
        foreach (var m in inside.OrderBy(m => m.Start))
        {
            if (m.Start > at) pieces.Add(run.Text[(at - run.Start)..(m.Start - run.Start)]);
            at = Math.Max(at, m.Start + m.Length);
        }

        if (at < run.Start + run.Text.Length) pieces.Add(run.Text[(at - run.Start)..]);
        foreach (var piece in pieces)
        {
            var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            while (words.Count > 0 && (KindGuess.IsTitle(words[0]) || NameCandidates.IsNationality(words[0]) || words[0] is "of" or "and" or "the" or "for")) words.RemoveAt(0);
            while (words.Count > 0 && (KindGuess.IsTitle(words[^1]) || words[^1] is "of" or "and" or "the" or "for" or "'s" or "’s")) words.RemoveAt(words.Count - 1);
            if (words.Count == 0) continue;
            // What remains after titles must still be a name, not only a title: "Foreign Minister" alone names no one.
            if (words.All(KindGuess.IsTitle)) continue;
            yield return string.Join(' ', words);
        }
    }

    /// <summary>
    /// A known name the text nearly is: the same letters spaced or hyphenated differently ("Zhaoxing", "Zhao
    /// Xing"), or within about one edit per six letters ("Sergei Lavrov", "Sergey Lavrov").
    /// </summary>
    private static NamePattern? NearMiss(string name, List<(NamePattern Pattern, string Letters)> knownNames)
    {
        var letters = LettersOnly(name);
        if (letters.Length < 5) return null;
        var limit = Math.Max(1, letters.Length / 6);
        NamePattern? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (pattern, other) in knownNames)
        {
            // Names whose lengths differ by more than the limit cannot be within it: skip the edit distance.
            if (Math.Abs(other.Length - letters.Length) > limit) continue;
            var distance = string.Equals(letters, other, StringComparison.Ordinal) ? 0 : Suggestions.Distance(letters, other);
            if (distance <= limit && distance < bestDistance)
            {
                best = pattern;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static string LettersOnly(string name) => new([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    /// <summary>A sentence without its dateline and its date phrases, which belong in the date field, not the title.</summary>
    private static string Untimed(string sentence, IReadOnlyList<DateMention> dates)
    {
        var text = sentence;
        foreach (var d in dates.OrderByDescending(d => d.Start))
        {
            var start = d.Start;
            var before = Preposition().Match(text[..start]);
            if (before.Success) start = before.Index;
            text = text[..start] + text[(d.Start + d.Text.Length)..];
        }

        return Spaces().Replace(text, " ").Replace(" ,", ",", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal).Trim();
    }

    /// <summary>A title from a sentence: up to the first clause break after five words, at most fourteen words.</summary>
    internal static string Title(string sentence)
    {
        // Drop an apposition (", the president of Russia,") and an opening subordinate clause ("While …,"):
        // the title keeps who did what.
        sentence = Apposition().Replace(sentence, "");
        var comma = sentence.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && Subordinators.Contains(sentence.Split(' ')[0]) && comma < sentence.Length - 20) sentence = sentence[(comma + 2)..];
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>();
        foreach (var w in words)
        {
            kept.Add(w);
            if (kept.Count >= 14 || (kept.Count >= 5 && w.Length > 0 && w[^1] is ',' or ';' or ':')) break;
        }

        while (kept.Count > 3 && CommonWords.IsCommon(kept[^1].TrimEnd(',', ';', ':'))) kept.RemoveAt(kept.Count - 1);
        var title = string.Join(' ', kept).TrimEnd(',', ';', ':', '.', ' ').Trim('"', '“', '”');
        return title.Length == 0 ? "Untitled" : char.ToUpperInvariant(title[0]) + title[1..];
    }

    [GeneratedRegex(@"\b(?:on|in|since|during|by|from|until)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Preposition();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b(?:in|at|to|from|near|across|around|outside|inside|via|visit|visits|visited|visiting)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+and\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Locative();

    [GeneratedRegex(@",\s+(?:the|a|an)\s+[^,]{1,60},", RegexOptions.CultureInvariant)]
    private static partial Regex Apposition();
}
