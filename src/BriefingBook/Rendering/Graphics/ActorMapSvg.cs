using BriefingBook.Content.Model;

namespace BriefingBook.Rendering.Graphics;

/// <summary>
/// Draws an <see cref="ActorMapLayout"/> as inline SVG: lines as wide as the link is strong, nodes as large as the
/// actor is present in the book, each node a link to the actor's page with a <c>title</c>. Kinds differ in shape
/// (person a circle, state a square, organisation a diamond, group a triangle) as well as in the class the
/// stylesheet colours, and a legend says so. No script.
/// </summary>
internal static class ActorMapSvg
{
    private const double LegendRow = 18;
    private const double MinWidth = 420;

    public static string? Render(ActorMapLayout layout, Links links, string summary)
    {
        var graph = layout.Graph;
        if (layout.Placed.Count == 0 || (graph.Centre is not null && layout.Placed.Count < 2)) return null;
        var kinds = layout.Placed.Select(p => p.Node.Actor.Kind).Distinct().Order().ToArray();
        var width = Math.Max(MinWidth, layout.Width);
        var legendItems = kinds.Select(k => (Kind: (ActorKind?)k, Text: Pages.Views.KindLabel(k).ToLowerInvariant()))
            .Append((Kind: null, Text: "larger: more events and sources; wider line: named together more often")).ToArray();
        // Legend items flow left to right and wrap.
        var legend = new List<(ActorKind? Kind, string Text, double X, double Y)>();
        double lx = ActorMapLayout.Margin, ly = 12;
        foreach (var (kind, text) in legendItems)
        {
            var w = (kind is null ? 0 : 16) + text.Length * 6 + 14;
            if (lx + w > width && lx > ActorMapLayout.Margin)
            {
                lx = ActorMapLayout.Margin;
                ly += LegendRow;
            }

            legend.Add((kind, text, lx, ly));
            lx += w;
        }

        var top = ly + 12;
        var dx = (width - layout.Width) / 2;
        var height = top + layout.Height;

        var svg = new SvgMarkup();
        svg.Open("svg",
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", "bb-graphic bb-actor-map"),
            ("viewBox", $"0 0 {N(width)} {N(height)}"),
            ("width", N(width)),
            ("height", N(height)),
            ("role", "group"),
            ("aria-label", summary),
            ("font-size", N(ActorMapLayout.FontSize)));
        svg.Text("title", summary);

        svg.Open("g", ("class", "am-legend"));
        foreach (var (kind, text, x, y) in legend)
        {
            if (kind is { } k) Shape(svg, k, x + 6, y, 5, ("class", "am-node am-" + k.ToString().ToLowerInvariant()));
            svg.Text("text", text, ("x", N(x + (kind is null ? 0 : 16))), ("y", N(y + 4)), ("fill", "currentColor"));
        }

        svg.Close();

        var placed = layout.Placed;
        var strongest = Math.Max(1, graph.Edges.Count == 0 ? 1 : graph.Edges.Max(e => e.Strength));
        svg.Open("g", ("class", "am-links"));
        foreach (var edge in graph.Edges)
        {
            var a = placed[edge.From];
            var b = placed[edge.To];
            svg.Open("g", ("class", "am-link"));
            svg.Text("title", $"{a.Node.Actor.Name} and {b.Node.Actor.Name}: {Pages.Views.Count(edge.Sentences, "sentence")} naming both, {Pages.Views.Count(edge.Events, "shared event")}");
            svg.Empty("line", ("x1", N(a.X + dx)), ("y1", N(a.Y + top)), ("x2", N(b.X + dx)), ("y2", N(b.Y + top)),
                ("stroke", "currentColor"), ("stroke-opacity", "0.4"), ("stroke-linecap", "round"),
                ("stroke-width", N(1 + 4 * Math.Sqrt(edge.Strength / (double)strongest))));
            svg.Close();
        }

        svg.Close();
        for (var i = 0; i < placed.Count; i++)
        {
            var p = placed[i];
            var actor = p.Node.Actor;
            var ego = graph.Centre == i;
            var kind = actor.Kind.ToString().ToLowerInvariant();
            svg.Open("a", ("href", links.To(SiteUrls.Actor(actor.Id))), ("class", ego ? "am-actor am-ego" : "am-actor"));
            svg.Text("title", $"{actor.Name} ({Pages.Views.KindLabel(actor.Kind).ToLowerInvariant()}): {Pages.Views.Count(p.Node.Events, "event")}, named in {Pages.Views.Count(p.Node.Sources, "source")}");
            Shape(svg, actor.Kind, p.X + dx, p.Y + top, p.Radius, ("class", "am-node am-" + kind));
            svg.Text("text", p.Label, ("class", "am-label"), ("x", N(p.X + dx + p.Radius + 4)), ("y", N(p.Y + top + 4)), ("fill", "currentColor"),
                ("font-weight", ego ? "700" : null));
            svg.Close();
        }

        svg.Close();
        return svg.ToString();
    }

    /// <summary>The node's shape for its kind, of about the same area for a given radius.</summary>
    private static void Shape(SvgMarkup svg, ActorKind kind, double x, double y, double r, (string, string?) cls)
    {
        (string, string?)[] paint = [cls, ("fill", "currentColor"), ("fill-opacity", "0.25"), ("stroke", "currentColor"), ("stroke-width", "1.5")];
        switch (kind)
        {
            case ActorKind.Person:
                svg.Empty("circle", [("cx", N(x)), ("cy", N(y)), ("r", N(r)), .. paint]);
                break;
            case ActorKind.State:
                var s = r * 0.89;
                svg.Empty("rect", [("x", N(x - s)), ("y", N(y - s)), ("width", N(2 * s)), ("height", N(2 * s)), .. paint]);
                break;
            case ActorKind.Organisation:
                var d = r * 1.25;
                svg.Empty("polygon", [("points", $"{N(x)},{N(y - d)} {N(x + d)},{N(y)} {N(x)},{N(y + d)} {N(x - d)},{N(y)}"), .. paint]);
                break;
            default:
                var t = r * 1.35;
                svg.Empty("polygon", [("points", $"{N(x)},{N(y - t)} {N(x + t * 0.87)},{N(y + t * 0.5)} {N(x - t * 0.87)},{N(y + t * 0.5)}"), .. paint]);
                break;
        }
    }

    private static string N(double value) => SvgMarkup.Number(value);
}
