using GraphShape;
using GraphShape.Algorithms.Layout;
using GraphShape.Algorithms.OverlapRemoval;
using QuikGraph;

namespace BriefingBook.Rendering.Graphics;

/// <summary>
/// Lays out an <see cref="ActorGraph"/> with GraphShape: Kamada–Kawai (a stress layout: graph distances become
/// distances on the page), from a circle in node order rather than random positions, then GraphShape's
/// force-scan overlap removal on each node's box including its label, so labels do not cover one another or
/// another node. Nothing random and nothing threaded: the same graph gives the same coordinates.
/// </summary>
public sealed class ActorMapLayout
{
    public const double Margin = 8;
    public const double MinRadius = 5;
    public const double MaxRadius = 16;
    public const double FontSize = 11;

    /// <summary>An average character's width at <see cref="FontSize"/>, for sizing labels without measuring fonts.</summary>
    public const double CharWidth = 6.2;

    /// <summary>Longer names are cut (with an ellipsis) on the map; the full name is in the node's title.</summary>
    public const int MaxLabel = 26;

    /// <summary>How close two nodes' centres may be before the map is scaled up.</summary>
    private const double MinDistance = 70;

    /// <summary>The layouts start from fixed positions; the seed only matters if two nodes ever coincide.</summary>
    private const int Seed = 20261124;

    private ActorMapLayout(ActorGraph graph, IReadOnlyList<PlacedActor> placed, double width, double height)
    {
        Graph = graph;
        Placed = placed;
        Width = width;
        Height = height;
    }

    public ActorGraph Graph { get; }

    /// <summary>In the order of <see cref="ActorGraph.Nodes"/>.</summary>
    public IReadOnlyList<PlacedActor> Placed { get; }

    public double Width { get; }

    public double Height { get; }

    public static ActorMapLayout Of(ActorGraph graph)
    {
        var nodes = graph.Nodes;
        if (nodes.Count == 0) return new ActorMapLayout(graph, [], 0, 0);
        var heaviest = Math.Max(1, nodes.Max(n => n.Weight));
        var radii = nodes.Select(n => MinRadius + (MaxRadius - MinRadius) * Math.Sqrt(n.Weight / (double)heaviest)).ToArray();
        var labels = nodes.Select(n => n.Actor.Name.Length <= MaxLabel ? n.Actor.Name : n.Actor.Name[..(MaxLabel - 1)].TrimEnd() + "…").ToArray();

        var positions = graph.Centre is null ? Stress(graph, radii) : Spread(Stress(graph, radii));

        // Each node's box: the shape, and its label to the right.
        var rects = new Dictionary<int, Rect>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var r = radii[i];
            var half = Math.Max(r, FontSize * 0.75);
            rects[i] = new Rect(positions[i].X - r, positions[i].Y - half, 2 * r + 4 + labels[i].Length * CharWidth, 2 * half);
        }

        var removal = new FSAAlgorithm<int>(rects, new OverlapRemovalParameters { HorizontalGap = 6, VerticalGap = 4 });
        removal.Compute();
        var boxes = removal.Rectangles;

        var minX = boxes.Values.Min(b => b.Left) - Margin;
        var minY = boxes.Values.Min(b => b.Top) - Margin;
        var maxX = boxes.Values.Max(b => b.Right) + Margin;
        var maxY = boxes.Values.Max(b => b.Bottom) + Margin;
        var placed = new PlacedActor[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var box = boxes[i];
            var r = radii[i];
            placed[i] = new PlacedActor(nodes[i], box.Left + r - minX, box.Top + box.Height / 2 - minY, r, labels[i], labels[i].Length * CharWidth);
        }

        return new ActorMapLayout(graph, placed, maxX - minX, maxY - minY);
    }

    /// <summary>
    /// Scales a map centred on one actor up until no two nodes are closer than <see cref="MinDistance"/> (within a bound), since
    /// a small map (one actor and two others) comes out of the layout cramped; overlap removal then only has
    /// to nudge.
    /// </summary>
    private static Point[] Spread(Point[] points)
    {
        var closest = double.MaxValue;
        for (var i = 0; i < points.Length; i++)
        {
            for (var j = i + 1; j < points.Length; j++)
                closest = Math.Min(closest, Math.Sqrt(Math.Pow(points[i].X - points[j].X, 2) + Math.Pow(points[i].Y - points[j].Y, 2)));
        }

        if (closest is 0 or double.MaxValue || closest >= MinDistance) return points;
        var scale = Math.Min(MinDistance / closest, 4);
        return [.. points.Select(p => new Point(p.X * scale, p.Y * scale))];
    }

    private static Point[] Stress(ActorGraph graph, double[] radii)
    {
        var n = graph.Nodes.Count;
        var points = new Point[n];
        if (n == 1) return [new Point(0, 0)];

        var g = new BidirectionalGraph<int, Edge<int>>(allowParallelEdges: false, vertexCapacity: n, edgeCapacity: graph.Edges.Count);
        for (var i = 0; i < n; i++) g.AddVertex(i);
        foreach (var e in graph.Edges) g.AddEdge(new Edge<int>(e.From, e.To));

        // Room enough for the labels: the page grows with the square root of the number of actors.
        var side = 140 * Math.Sqrt(n);
        var start = new Dictionary<int, Point>(n);
        for (var i = 0; i < n; i++)
        {
            var angle = 2 * Math.PI * i / n;
            start[i] = new Point(side / 2 * (1 + Math.Cos(angle)), side / 2 * (1 + Math.Sin(angle)));
        }

        // Kamada–Kawai for the whole book, where the distances between clusters carry meaning; Fruchterman–Reingold
        // for the small maps centred on one actor (a star with a few cross lines, where both draw the same
        // picture): GraphShape's Kamada–Kawai costs tens of milliseconds even for nine nodes, and a book has
        // thousands of actor pages, while its Fruchterman–Reingold takes well under one.
        ILayoutAlgorithm<int, Edge<int>, BidirectionalGraph<int, Edge<int>>> layout = graph.Centre is null
            ? new KKLayoutAlgorithm<int, Edge<int>, BidirectionalGraph<int, Edge<int>>>(g, start, new KKLayoutParameters
            {
                Width = side,
                Height = side * 0.7,
                MaxIterations = 200,
                // Actors with no line to the rest sit a little apart, not at the far edge.
                DisconnectedMultiplier = 0.6,
                ExchangeVertices = false,
            })
            {
                Rand = new Random(Seed),
            }
            : new FRLayoutAlgorithm<int, Edge<int>, BidirectionalGraph<int, Edge<int>>>(g, start, new FreeFRLayoutParameters { IdealEdgeLength = 90, MaxIterations = 60 })
            {
                Rand = new Random(Seed),
            };
        layout.Compute();
        for (var i = 0; i < n; i++) points[i] = layout.VerticesPositions[i];
        return points;
    }
}
