using BriefingBook.Analysis.Registered;
using BriefingBook.Rendering.Outputs;

namespace BriefingBook.Engine;

/// <summary>
/// Assembles a <see cref="BookPipeline"/>, in the manner of Markdig's <c>MarkdownPipelineBuilder</c>: register the
/// analyses (in the order they run: a later one may read an earlier one's facts) and the outputs, then
/// <see cref="Build"/> an immutable pipeline to open sessions on.
/// </summary>
public sealed class BookPipelineBuilder
{
    private readonly List<IBookAnalysis> _analyses = [];
    private readonly List<IBookOutput> _outputs = [];

    public BookPipelineBuilder Use(IBookAnalysis analysis)
    {
        if (_analyses.Any(a => a.Name == analysis.Name)) throw new ArgumentException($"an analysis named `{analysis.Name}` is already registered", nameof(analysis));
        _analyses.Add(analysis);
        return this;
    }

    public BookPipelineBuilder Use(IBookOutput output)
    {
        if (_outputs.Any(o => o.Name == output.Name)) throw new ArgumentException($"an output named `{output.Name}` is already registered", nameof(output));
        _outputs.Add(output);
        return this;
    }

    public BookPipelineBuilder UseQuotes() => Use(new QuotesAnalysis());

    public BookPipelineBuilder UseMentions() => Use(new MentionsAnalysis());

    public BookPipelineBuilder UseDuplicates() => Use(new DuplicatesAnalysis());

    public BookPipelineBuilder UseConflicts() => Use(new ConflictsAnalysis());

    public BookPipelineBuilder UseHtmlPages() => Use(new HtmlPagesOutput());

    public BookPipelineBuilder UseBookJson() => Use(new BookJsonOutput());

    public BookPipelineBuilder UseThemeAssets() => Use(new ThemeAssetsOutput());

    /// <summary>The printable book, <c>/book/</c>, and with <see cref="BuildOptions.Pdf"/> its <c>book.pdf</c>.</summary>
    public BookPipelineBuilder UsePrintBook() => Use(new PrintBookOutput());

    /// <summary>Atom feeds and the sitemap; both need the book's <c>base_url</c> and write nothing without it.</summary>
    public BookPipelineBuilder UseFeedsAndSitemap() => Use(new AtomFeedsOutput()).Use(new SitemapOutput());

    /// <summary>Everything a normal build of the book runs and writes.</summary>
    public BookPipelineBuilder UseDefaults() =>
        UseQuotes().UseMentions().UseDuplicates().UseConflicts().UseHtmlPages().UseBookJson().UseThemeAssets()
            .UsePrintBook().UseFeedsAndSitemap();

    public BookPipeline Build() => new([.. _analyses], [.. _outputs]);
}
