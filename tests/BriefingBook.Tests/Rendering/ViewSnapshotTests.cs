using System.Text.Encodings.Web;
using System.Text.Json;
using BriefingBook.Analysis;
using BriefingBook.Rendering;
using BriefingBook.Rendering.Pages;
using BriefingBook.Rendering.Templates;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Rendering;

/// <summary>
/// The contract a theme author codes against: each page kind's view model for the fixture book in
/// <c>Rendering/Snapshots/book</c> (actors, events, sources with quotes, a copied passage with an edited
/// number, conflicting reports, an editors' conflict note, a briefing), serialised under the names templates
/// use, and the book's <c>book.json</c>. A change to a model or to book.json shows up as a reviewable diff.
/// </summary>
public sealed class ViewSnapshotTests
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = ViewMembers.Naming,
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly Lazy<(AnalysedBook Book, string BookJson)> Fixture = new(() =>
    {
        using var site = new TestSite();
        TestSite.CopyTree(Path.Combine(Snapshot.Folder, "book"), site.Root);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        return (result.Book!, site.Read("_site/data/book.json"));
    });

    private static AnalysedBook Book => Fixture.Value.Book;

    private static readonly string[] Kinds = ["home", "actors", "actor", "chronology", "event", "sources", "source", "notes", "coverage", "404", "base", "book"];

    public static TheoryData<string> PageKinds => [.. Kinds];

    private static object Model(string kind)
    {
        var book = Book;
        return kind switch
        {
            "home" => HomePage.Build(book, false).Model,
            "actors" => ActorPages.Index(book, false).Model,
            "actor" => ActorPages.Build(book, book.ActorsById["special-envoy"], false).Model,
            "chronology" => ChronologyPage.Build(book, false).Model,
            "event" => EventPages.Build(book, book.EventsById["envoy-meets-minister"], false).Model,
            "sources" => SourcePages.Index(book, false).Model,
            "source" => SourcePages.Build(book, book.SourcesById["daily-agreements"], false).Model,
            "notes" => NotesPage.Build(book, false).Model,
            "coverage" => CoveragePage.Build(book, false).Model,
            "404" => NotFoundPage.Build(book.Content.Book.BaseUrl).Model,
            "book" => BookPage.Build(book, false, withPdf: false).Model,
            // The base layout around the actor page; the page's own HTML is left out of the contract.
            "base" => SiteRenderer.Frame(book, ActorPages.Build(book, book.ActorsById["special-envoy"], false), "<!-- the page's own layout -->", false),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    [Theory]
    [MemberData(nameof(PageKinds))]
    public void A_page_kinds_view_model_matches_its_snapshot(string kind)
    {
        var model = Model(kind);
        Assert.Contains(model.GetType(), LayoutModels.ByLayout[kind]);

        Snapshot.Verify(kind + ".view", JsonSerializer.Serialize(model, model.GetType(), Json));
    }

    [Fact]
    public void The_books_json_matches_its_snapshot() => Snapshot.Verify("book", Fixture.Value.BookJson);

    [Fact]
    public void Every_layout_has_a_snapshot() => Assert.Equal(Theme.RequiredLayouts.Order(), Kinds.Order());
}
