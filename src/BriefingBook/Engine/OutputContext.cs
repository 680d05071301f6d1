using BriefingBook.Analysis;
using BriefingBook.Rendering;

namespace BriefingBook.Engine;

/// <summary>What an output sees when it plans: the analysed book, the facts, the theme, the options, and how to fingerprint.</summary>
public sealed class OutputContext
{
    private readonly FactVersions _versions;
    private readonly HashSet<string> _outputs;

    internal OutputContext(AnalysedBook book, BookFacts facts, Theme theme, BuildOptions options, FactVersions versions, IEnumerable<string> outputNames)
    {
        _outputs = new HashSet<string>(outputNames, StringComparer.Ordinal);
        Book = book;
        Facts = facts;
        Theme = theme;
        Options = options;
        _versions = versions;
    }

    public AnalysedBook Book { get; }

    public BookFacts Facts { get; }

    public Theme Theme { get; }

    public BuildOptions Options { get; }

    /// <summary>
    /// A fingerprint started with what every file of an output depends on: the book's settings, the theme and the
    /// options. Add the entries and derived values the file shows.
    /// </summary>
    /// <summary>
    /// Whether the pipeline has an output of this <see cref="IBookOutput.Name"/>: an output that lists other outputs'
    /// files (the sitemap lists <c>/book/</c> only when the printable book is written) asks, rather than assume.
    /// </summary>
    public bool HasOutput(string name) => _outputs.Contains(name);

    public DependencyHasher Depends() =>
        new DependencyHasher(_versions).On(Book.Content.Book).On(Theme).Add(Options.PrettyUrls).Add(Options.EditorsPages);
}
