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
        foreach (var page in Pages(context))
        {
            var build = page.Build;
            yield return new OutputItem(SiteUrls.FileOf(page.Url), page.DependsOn, () => Encoding.UTF8.GetBytes(Render(theme, book, build(), pretty)));
        }
    }

    /// <summary>Every page this output writes, in a fixed order; the sitemap lists the same plan.</summary>
    internal static IEnumerable<PlannedPage> Pages(OutputContext context)
    {
        var book = context.Book;
        var pretty = context.Options.PrettyUrls;
        var depends = new PageDependencies(context);

        // Lists and summaries show something of nearly every entry: they depend on the whole book.
        Func<Fingerprint> whole = depends.WholeBook;
        Func<DateOnly?> newest = () => PageDates.WholeBook(book);
        yield return new(SiteUrls.Home, whole, () => HomePage.Build(book, pretty), newest);
        yield return new(SiteUrls.Actors, whole, () => ActorPages.Index(book, pretty), newest);
        yield return new(SiteUrls.Chronology, whole, () => ChronologyPage.Build(book, pretty), newest);
        foreach (var kind in ChronologyPage.Kinds(book))
            yield return new(ChronologyPage.KindUrl(kind), whole, () => ChronologyPage.Build(book, kind, pretty), newest);
        yield return new(SiteUrls.Sources, whole, () => SourcePages.Index(book, pretty), newest);
        yield return new(SiteUrls.Notes, whole, () => NotesPage.Build(book, pretty), newest);
        yield return new(SiteUrls.NotFound, () => context.Depends().Result(), () => NotFoundPage.Build(book.Content.Book.BaseUrl), () => null, Listed: false);
        if (context.Options.EditorsPages) yield return new(SiteUrls.Coverage, whole, () => CoveragePage.Build(book, pretty), newest, Listed: false);
        foreach (var actor in book.Content.Actors)
            yield return new(SiteUrls.Actor(actor.Id), () => depends.Actor(actor), () => ActorPages.Build(book, actor, pretty), () => PageDates.Actor(book, actor));
        foreach (var ev in book.Content.Events)
            yield return new(SiteUrls.Event(ev.Id), () => depends.Event(ev), () => EventPages.Build(book, ev, pretty), () => PageDates.Event(book, ev));
        foreach (var source in book.Content.Sources)
            yield return new(SiteUrls.Source(source.Id), () => depends.Source(source), () => SourcePages.Build(book, source, pretty), () => PageDates.Source(book, source));
        foreach (var (members, passages) in NotesPage.FamilyGroups(book))
            yield return new(NotesPage.FamilyUrl(members), () => depends.Family(members, passages), () => NotesPage.Family(book, members, passages, pretty), () => PageDates.Sources(members));
    }

    /// <exception cref="TemplateException">A template failed at run time.</exception>
    private static string Render(Theme theme, AnalysedBook book, Page page, bool pretty) =>
        theme.Render(page.Layout, page.Url, page.Model, content => SiteRenderer.Frame(book, page, content, pretty));
}
