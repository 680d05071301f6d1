using BriefingBook.Content.Articles;
using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Mentions;

/// <summary>
/// Every mention of every actor in every cleaned source body, indexed by source paragraph (to link names on
/// source pages) and by actor (backlinks, with the sentence around each mention), plus which actors go
/// together. Sources are matched in parallel, one pass of the <see cref="NameMatcher"/> per paragraph.
/// </summary>
public sealed class MentionIndex
{
    /// <summary>How many related actors an actor page lists.</summary>
    public const int RelatedLimit = 8;

    private static readonly IReadOnlyList<Mention> NoMentions = [];
    private static readonly IReadOnlyList<MentionSite> NoSites = [];
    private static readonly IReadOnlyList<RelatedActor> NoRelated = [];

    private readonly Dictionary<(string Source, int Paragraph), IReadOnlyList<Mention>> _byParagraph;
    private readonly Dictionary<string, IReadOnlyList<MentionSite>> _sitesByActor;
    private readonly Dictionary<string, IReadOnlyList<RelatedActor>> _related;
    private readonly Dictionary<string, Dictionary<string, (int Sentences, int Events)>> _pairs;

    /// <param name="remembered">A session's scans from earlier builds with the same <paramref name="matcher"/>
    /// (see <see cref="MentionScans.MatcherFor"/>); new scans are added to it.</param>
    public MentionIndex(BookContent content, NameMatcher matcher, MentionScans? remembered = null)
    {
        var perSource = content.Sources.AsParallel().AsOrdered()
            .Select(s => remembered is null ? Scan(s, matcher) : (SourceScan)remembered.GetOrScan(s, x => Scan(x, matcher)))
            .ToList();

        _byParagraph = [];
        var sites = new Dictionary<string, List<(Source Source, MentionSite Site)>>(StringComparer.Ordinal);
        var sentencePairs = new Dictionary<(string, string), int>();
        foreach (var scan in perSource)
        {
            foreach (var (paragraph, mentions) in scan.Paragraphs) _byParagraph[(scan.Source.Id, paragraph)] = mentions;
            foreach (var site in scan.Sites)
            {
                if (!sites.TryGetValue(site.ActorId, out var list)) sites[site.ActorId] = list = [];
                list.Add((scan.Source, site.Site));
            }

            foreach (var pair in scan.Pairs) sentencePairs[pair] = sentencePairs.GetValueOrDefault(pair) + 1;
        }

        _sitesByActor = sites.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<MentionSite>)[.. kv.Value.OrderBy(s => s.Source, EarliestFirst.Instance).ThenBy(s => s.Site.Paragraph.Number).Select(s => s.Site)],
            StringComparer.Ordinal);
        var sourcesById = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var scan in perSource) sourcesById.TryAdd(scan.Source.Id, scan.Source);

        var eventPairs = new Dictionary<(string, string), int>();
        foreach (var ev in content.Events)
        {
            var ids = ev.Actors.Select(a => a.Id).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var pair in Pairs(ids)) eventPairs[pair] = eventPairs.GetValueOrDefault(pair) + 1;
        }

        _pairs = AllPairs(sentencePairs, eventPairs);
        _related = Related(_pairs);
        SourcesByActor = _sitesByActor.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<Source>)[.. kv.Value.Select(s => s.Source).Distinct().Select(id => sourcesById[id.Value])],
            StringComparer.Ordinal);
        ActorsBySource = perSource.ToDictionary(
            s => s.Source.Id,
            s => (IReadOnlySet<string>)s.Sites.Select(x => x.ActorId).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>Sources naming each actor, oldest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Source>> SourcesByActor { get; }

    /// <summary>Ids of the actors each source names.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> ActorsBySource { get; }

    public IReadOnlyList<Mention> In(string sourceId, int paragraph) => _byParagraph.GetValueOrDefault((sourceId, paragraph)) ?? NoMentions;

    /// <summary>The sentences naming an actor, oldest source first, then in reading order.</summary>
    public IReadOnlyList<MentionSite> SitesOf(string actorId) => _sitesByActor.GetValueOrDefault(actorId) ?? NoSites;

    /// <summary>The actors most often named in the same sentences as, or taking part in the same events as, this one.</summary>
    public IReadOnlyList<RelatedActor> RelatedTo(string actorId) => _related.GetValueOrDefault(actorId) ?? NoRelated;

    /// <summary>
    /// How strongly two actors go together: the sentences naming both and the events both take part in (0 and 0
    /// when never). Unlike <see cref="RelatedTo"/> this is not cut to the strongest few, so the actor map can
    /// draw the links between any two actors it shows.
    /// </summary>
    public RelatedActor Between(string actorId, string otherId) =>
        _pairs.TryGetValue(actorId, out var row) && row.TryGetValue(otherId, out var pair)
            ? new RelatedActor(otherId, pair.Sentences, pair.Events)
            : new RelatedActor(otherId, 0, 0);

    private static SourceScan Scan(Source source, NameMatcher matcher)
    {
        var paragraphs = new List<(int, IReadOnlyList<Mention>)>();
        var sites = new List<(string, MentionSite)>();
        var pairs = new List<(string, string)>();
        foreach (var paragraph in source.Body.Paragraphs)
        {
            var mentions = matcher.Find(paragraph.Text);
            if (mentions.Count == 0) continue;
            paragraphs.Add((paragraph.Number, mentions));
            var m = 0;
            foreach (var (start, length) in SentenceSplitter.Split(paragraph.Text))
            {
                var end = start + length;
                while (m < mentions.Count && mentions[m].Start < start) m++;
                var first = new Dictionary<string, Mention>(StringComparer.Ordinal);
                for (; m < mentions.Count && mentions[m].Start < end; m++) first.TryAdd(mentions[m].ActorId, mentions[m]);
                if (first.Count == 0) continue;
                var sentence = paragraph.Text.Substring(start, length);
                foreach (var (actor, mention) in first)
                    sites.Add((actor, new MentionSite(new ParagraphRef(new SourceId(source.Id), paragraph.Number), sentence, mention.Start - start, Math.Min(mention.Length, end - mention.Start))));
                pairs.AddRange(Pairs([.. first.Keys]));
            }
        }

        return new SourceScan(source, paragraphs, sites, pairs);
    }

    private static IEnumerable<(string, string)> Pairs(string[] ids)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            for (var j = i + 1; j < ids.Length; j++)
                yield return string.CompareOrdinal(ids[i], ids[j]) < 0 ? (ids[i], ids[j]) : (ids[j], ids[i]);
        }
    }

    private static Dictionary<string, Dictionary<string, (int Sentences, int Events)>> AllPairs(Dictionary<(string, string), int> sentences, Dictionary<(string, string), int> events)
    {
        var all = new Dictionary<string, Dictionary<string, (int Sentences, int Events)>>(StringComparer.Ordinal);
        void Add(string a, string b, int s, int e)
        {
            if (!all.TryGetValue(a, out var row)) all[a] = row = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
            var (s0, e0) = row.GetValueOrDefault(b);
            row[b] = (s0 + s, e0 + e);
        }

        foreach (var ((a, b), n) in sentences) { Add(a, b, n, 0); Add(b, a, n, 0); }
        foreach (var ((a, b), n) in events) { Add(a, b, 0, n); Add(b, a, 0, n); }
        return all;
    }

    private static Dictionary<string, IReadOnlyList<RelatedActor>> Related(Dictionary<string, Dictionary<string, (int Sentences, int Events)>> all)
    {
        return all.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<RelatedActor>)[.. kv.Value.Select(x => new RelatedActor(x.Key, x.Value.Sentences, x.Value.Events))
                .OrderByDescending(r => r.Score).ThenBy(r => r.ActorId, StringComparer.Ordinal).Take(RelatedLimit)],
            StringComparer.Ordinal);
    }

    private sealed record SourceScan(
        Source Source,
        IReadOnlyList<(int Paragraph, IReadOnlyList<Mention> Mentions)> Paragraphs,
        IReadOnlyList<(string ActorId, MentionSite Site)> Sites,
        IReadOnlyList<(string, string)> Pairs);
}
