using BriefingBook.Analysis;

namespace BriefingBook.Rendering.Graphics;

/// <summary>
/// Which actors the map shows and which lines join them. Two actors are joined when sentences name both or
/// events have both taking part (<see cref="Analysis.Mentions.MentionIndex.Between"/>), the same evidence as an
/// actor page's "named with". The order of nodes and edges depends only on the book, never on hashing or
/// threads, so the layout (and the bytes) are the same in every build.
/// </summary>
public sealed class ActorGraph
{
    /// <summary>How many actors the home page's map shows at most: the ones with the greatest weight.</summary>
    public const int HomeLimit = 40;

    /// <summary>Lines drawn per actor on the whole-book map: its strongest, so a dense book is not a hairball.</summary>
    public const int LinesPerActor = 4;

    private ActorGraph(IReadOnlyList<ActorNode> nodes, IReadOnlyList<ActorEdge> edges, int ofActors, int? centre)
    {
        Nodes = nodes;
        Edges = edges;
        OfActors = ofActors;
        Centre = centre;
    }

    /// <summary>Heaviest first (ties by id); on an ego map the actor itself first.</summary>
    public IReadOnlyList<ActorNode> Nodes { get; }

    /// <summary>Ordered by their two nodes' indexes.</summary>
    public IReadOnlyList<ActorEdge> Edges { get; }

    /// <summary>How many actors the book has: more than <see cref="Nodes"/> when the map shows only the heaviest.</summary>
    public int OfActors { get; }

    /// <summary>The index of the actor an ego map is centred on; null on the whole book's map.</summary>
    public int? Centre { get; }

    /// <summary>The whole book: its <see cref="HomeLimit"/> heaviest actors, each with its strongest lines among them.</summary>
    public static ActorGraph WholeBook(AnalysedBook book, int limit = HomeLimit)
    {
        var nodes = book.Actors.Select(a => Node(book, a.Id))
            .OrderByDescending(n => n.Weight).ThenBy(n => n.Actor.Id, StringComparer.Ordinal)
            .Take(limit).ToArray();
        var all = new List<ActorEdge>();
        for (var i = 0; i < nodes.Length; i++)
        {
            for (var j = i + 1; j < nodes.Length; j++)
            {
                var pair = book.Mentions.Between(nodes[i].Actor.Id, nodes[j].Actor.Id);
                if (pair.Score > 0) all.Add(new ActorEdge(i, j, pair.Sentences, pair.Events));
            }
        }

        // Keep a line when it is among the strongest few of either end.
        var kept = new HashSet<ActorEdge>();
        for (var i = 0; i < nodes.Length; i++)
        {
            foreach (var edge in all.Where(e => e.From == i || e.To == i)
                         .OrderByDescending(e => e.Strength).ThenBy(e => e.From).ThenBy(e => e.To).Take(LinesPerActor))
                kept.Add(edge);
        }

        return new ActorGraph(nodes, [.. all.Where(kept.Contains)], book.Actors.Count, null);
    }

    /// <summary>One actor and the actors it is most often found with (its page's "named with"), and the lines among them.</summary>
    public static ActorGraph Ego(AnalysedBook book, string actorId)
    {
        var ids = new List<string> { actorId };
        ids.AddRange(book.Mentions.RelatedTo(actorId).Select(r => r.ActorId).Where(id => book.ActorsById.ContainsKey(id) && id != actorId));
        var nodes = ids.Select(id => Node(book, id)).ToArray();
        var edges = new List<ActorEdge>();
        for (var i = 0; i < nodes.Length; i++)
        {
            for (var j = i + 1; j < nodes.Length; j++)
            {
                var pair = book.Mentions.Between(nodes[i].Actor.Id, nodes[j].Actor.Id);
                if (pair.Score > 0) edges.Add(new ActorEdge(i, j, pair.Sentences, pair.Events));
            }
        }

        return new ActorGraph(nodes, edges, book.Actors.Count, 0);
    }

    private static ActorNode Node(AnalysedBook book, string id) =>
        new(book.ActorsById[id], book.EventsOf(id).Count, book.SourcesMentioning(id).Count);
}
