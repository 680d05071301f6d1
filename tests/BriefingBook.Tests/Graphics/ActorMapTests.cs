using System.Xml.Linq;
using BriefingBook.Rendering;
using BriefingBook.Rendering.Graphics;
using BriefingBook.Rendering.Pages;
using BriefingBook.Rendering.Views;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Graphics;

/// <summary>
/// The actor maps: on the home page (the heaviest actors) and on each actor page (the actor and those most often
/// found with it). Well-formed, escaped, every node a link to a page the site has, kinds told apart by shape,
/// labels clear of one another, and the same bytes from two separate builds.
/// </summary>
public sealed class ActorMapTests : IClassFixture<GraphicsFixture>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly GraphicsFixture _built;

    public ActorMapTests(GraphicsFixture built) => _built = built;

    [Fact]
    public void Every_node_of_the_real_books_maps_links_to_its_actors_page()
    {
        var book = _built.RealBook;
        var home = (HomeView)HomePage.Build(book, false).Model;
        AssertNodesLinkToActors(SiteUrls.Home, home.ActorMapSvg!, book.Actors.Count);
        Assert.Contains("All", home.ActorMapCaption);
        var maps = 0;
        foreach (var actor in book.Actors)
        {
            var page = SiteUrls.Actor(actor.Id);
            var model = (ActorView)ActorPages.Build(book, actor, false).Model;
            if (model.ActorMapSvg is null)
            {
                Assert.Empty(book.Mentions.RelatedTo(actor.Id));
                continue;
            }

            maps++;
            var names = AssertNodesLinkToActors(page, model.ActorMapSvg, 1 + book.Mentions.RelatedTo(actor.Id).Count);
            Assert.Contains(names, title => title.StartsWith(actor.Name + " (", StringComparison.Ordinal));
        }

        Assert.True(maps > book.Actors.Count / 2, $"{maps} maps for {book.Actors.Count} actors");
    }

    [Fact]
    public void Two_builds_draw_the_same_maps_and_timeline_byte_for_byte()
    {
        using var first = TestSite.CopyOfRealBook();
        using var second = TestSite.CopyOfRealBook();
        var a = first.Build();
        var b = second.Build();
        Assert.True(a.Succeeded && b.Succeeded);
        Assert.NotSame(a.Book, b.Book);
        var homeA = (HomeView)HomePage.Build(a.Book!, false).Model;
        var homeB = (HomeView)HomePage.Build(b.Book!, false).Model;
        Assert.Equal(homeA.ActorMapSvg, homeB.ActorMapSvg);
        Assert.Equal(homeA.TimelineSvg, homeB.TimelineSvg);
        foreach (var actor in a.Book!.Actors)
        {
            var other = b.Book!.ActorsById[actor.Id];
            Assert.Equal(
                ((ActorView)ActorPages.Build(a.Book, actor, false).Model).ActorMapSvg,
                ((ActorView)ActorPages.Build(b.Book, other, false).Model).ActorMapSvg);
        }
    }

    [Fact]
    public void Labels_and_nodes_do_not_cover_one_another()
    {
        var book = _built.RealBook;
        var layouts = book.Actors.Select(a => ActorMapLayout.Of(ActorGraph.Ego(book, a.Id))).Append(ActorMapLayout.Of(ActorGraph.WholeBook(book)));
        foreach (var layout in layouts)
        {
            var boxes = layout.Placed.Select(p => (p.Node.Actor.Id, X0: p.X - p.Radius, Y0: p.Y - p.Radius, X1: p.X + p.Radius + 4 + p.LabelWidth, Y1: p.Y + p.Radius)).ToArray();
            for (var i = 0; i < boxes.Length; i++)
            {
                for (var j = i + 1; j < boxes.Length; j++)
                {
                    var (p, q) = (boxes[i], boxes[j]);
                    var overlap = Math.Max(0, Math.Min(p.X1, q.X1) - Math.Max(p.X0, q.X0)) * Math.Max(0, Math.Min(p.Y1, q.Y1) - Math.Max(p.Y0, q.Y0));
                    Assert.True(overlap < 1, $"{p.Id} and {q.Id} overlap by {overlap:0.#} px²");
                }
            }
        }
    }

    [Fact]
    public void Kinds_differ_in_shape_not_only_in_colour()
    {
        var book = _built.RealBook;
        var doc = XDocument.Parse(((HomeView)HomePage.Build(book, false).Model).ActorMapSvg!);
        var shapeOf = doc.Descendants(Svg + "a").ToDictionary(a => a.Element(Svg + "title")!.Value, a => ShapeOf(a.Elements().Single(e => e.Name != Svg + "title" && e.Name != Svg + "text")));
        var russia = shapeOf.Single(kv => kv.Key.StartsWith("Russia (", StringComparison.Ordinal)).Value;
        var putin = shapeOf.Single(kv => kv.Key.StartsWith("Vladimir Putin (", StringComparison.Ordinal)).Value;
        Assert.NotEqual(russia, putin);
        Assert.Equal("circle", putin);
    }

    [Fact]
    public void A_book_of_two_actors_draws_both_and_a_book_of_none_draws_nothing()
    {
        using var two = TestSite.Minimal();
        var result = two.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var home = (HomeView)HomePage.Build(result.Book!, false).Model;
        var doc = XDocument.Parse(home.ActorMapSvg!);
        Assert.Equal(2, doc.Descendants(Svg + "a").Count());
        Assert.Single(doc.Descendants(Svg + "line"));
        Assert.NotNull(((ActorView)ActorPages.Build(result.Book!, result.Book!.ActorsById["special-envoy"], false).Model).ActorMapSvg);

        using var none = TestSite.Minimal();
        File.Delete(Path.Combine(none.Root, "content/actors/special-envoy.md"));
        File.Delete(Path.Combine(none.Root, "content/actors/kabul-government.md"));
        // An event needs an actor, so a book without actors has no events either.
        File.Delete(Path.Combine(none.Root, "content/events/envoy-meets-minister.md"));
        var empty = none.Build();
        Assert.True(empty.Succeeded, string.Join("\n", empty.Diagnostics));
        var emptyHome = (HomeView)HomePage.Build(empty.Book!, false).Model;
        Assert.Null(emptyHome.ActorMapSvg);
        Assert.Null(emptyHome.ActorMapCaption);
        Assert.Null(emptyHome.TimelineSvg);
        Assert.Null(((ChronologyView)ChronologyPage.Build(empty.Book!, false).Model).TimelineSvg);
    }

    [Fact]
    public void Names_from_front_matter_are_escaped_and_the_map_stays_script_free()
    {
        using var site = TestSite.Minimal();
        site.Write("content/actors/special-envoy.md", "---\nname: \"<script>alert(1)</script> & \\\"Envoy\\\"\"\nkind: person\naliases: [envoy]\n---\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var svg = ((HomeView)HomePage.Build(result.Book!, false).Model).ActorMapSvg!;
        Assert.Null(ScriptFreeHtml.FindScript(svg));
        Assert.DoesNotContain("<script", svg);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"Envoy\"", XDocument.Parse(svg).ToString(SaveOptions.DisableFormatting).Replace("&quot;", "\""));
    }

    [Fact]
    public void A_large_book_shows_its_heaviest_actors_and_says_so()
    {
        var book = _built.RealBook;
        var graph = ActorGraph.WholeBook(book, limit: 5);
        Assert.Equal(5, graph.Nodes.Count);
        var lightestShown = graph.Nodes.Min(n => n.Weight);
        var shown = graph.Nodes.Select(n => n.Actor.Id).ToHashSet();
        Assert.All(book.Actors.Where(a => !shown.Contains(a.Id)), a => Assert.True(book.EventsOf(a.Id).Count + book.SourcesMentioning(a.Id).Count <= lightestShown, a.Id));
        Assert.All(graph.Nodes.Select((n, i) => graph.Edges.Count(e => e.From == i || e.To == i)), n => Assert.True(n <= graph.Nodes.Count - 1));
    }

    /// <summary>A circle, a rect, or a polygon by its number of corners.</summary>
    private static string ShapeOf(XElement shape) =>
        shape.Name.LocalName + (shape.Attribute("points") is { } points ? points.Value.Split(' ').Length.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");

    private IReadOnlyList<string> AssertNodesLinkToActors(string page, string svg, int expectedNodes)
    {
        var doc = XDocument.Parse(svg);
        Assert.Null(ScriptFreeHtml.FindScript(svg));
        Assert.Empty(doc.Descendants(Svg + "foreignObject"));
        var nodes = doc.Descendants(Svg + "a").ToArray();
        Assert.Equal(expectedNodes, nodes.Length);
        foreach (var node in nodes)
        {
            var href = (string)node.Attribute("href")!;
            Assert.StartsWith("actors/", GraphicsFixture.Resolve(page, href));
            _built.AssertResolves(page, href);
            Assert.False(string.IsNullOrWhiteSpace(node.Element(Svg + "title")?.Value));
        }

        return [.. nodes.Select(n => n.Element(Svg + "title")!.Value)];
    }
}
