using System.Text;
using BriefingBook.Analysis;
using BriefingBook.Engine;
using BriefingBook.Rendering.Pages;

namespace BriefingBook.Rendering.Outputs;

/// <summary>
/// The book's HTML pages: home, the indexes, the chronology, the notes, one page per actor, event and source, and
/// (in corpus mode) one per family of copies. Each page declares what it shows (<see cref="PageDependencies"/>), so
/// a rebuild after an edit renders the edited entry's page and the pages that list it, and keeps the rest.
/// </summary>
public sealed class HtmlPagesOutput : IBookOutput
{
    public string Name => "pages";

    public IEnumerable<OutputItem> Plan(OutputContext context)
    {
        var book = context.Book;
        var pretty = context.Options.PrettyUrls;
        var theme = context.Theme;
        var depends = new PageDependencies(context);
        OutputItem Item(string url, Func<Fingerprint> dependsOn, Func<Page> build) =>
            new(SiteUrls.FileOf(url), dependsOn, () => Encoding.UTF8.GetBytes(Render(theme, book, build(), pretty)));

        // Lists and summaries show something of nearly every entry: they depend on the whole book.
        Func<Fingerprint> whole = depends.WholeBook;
        yield return Item(SiteUrls.Home, whole, () => HomePage.Build(book, pretty));
        yield return Item(SiteUrls.Actors, whole, () => ActorPages.Index(book, pretty));
        yield return Item(SiteUrls.Chronology, whole, () => ChronologyPage.Build(book, pretty));
        foreach (var kind in ChronologyPage.Kinds(book))
            yield return Item(ChronologyPage.KindUrl(kind), whole, () => ChronologyPage.Build(book, kind, pretty));
        yield return Item(SiteUrls.Sources, whole, () => SourcePages.Index(book, pretty));
        yield return Item(SiteUrls.Notes, whole, () => NotesPage.Build(book, pretty));
        yield return Item(SiteUrls.NotFound, () => context.Depends().Result(), () => NotFoundPage.Build(book.Content.Book.BaseUrl));
        if (context.Options.EditorsPages) yield return Item(SiteUrls.Coverage, whole, () => CoveragePage.Build(book, pretty));
        foreach (var actor in book.Content.Actors)
            yield return Item(SiteUrls.Actor(actor.Id), () => depends.Actor(actor), () => ActorPages.Build(book, actor, pretty));
        foreach (var ev in book.Content.Events)
            yield return Item(SiteUrls.Event(ev.Id), () => depends.Event(ev), () => EventPages.Build(book, ev, pretty));
        foreach (var source in book.Content.Sources)
            yield return Item(SiteUrls.Source(source.Id), () => depends.Source(source), () => SourcePages.Build(book, source, pretty));
        foreach (var (members, passages) in NotesPage.FamilyGroups(book))
            yield return Item(NotesPage.FamilyUrl(members), () => depends.Family(members, passages), () => NotesPage.Family(book, members, passages, pretty));
    }

    /// <exception cref="TemplateException">A template failed at run time.</exception>
    private static string Render(Theme theme, AnalysedBook book, Page page, bool pretty) =>
        theme.Render(page.Layout, page.Url, page.Model, content => SiteRenderer.Frame(book, page, content, pretty));
}
