using BriefingBook.Analysis;
using BriefingBook.Rendering;

namespace BriefingBook.Engine;

/// <summary>What an output sees when it plans: the analysed book, the facts, the theme, the options, and how to fingerprint.</summary>
public sealed class OutputContext
{
    private readonly FactVersions _versions;

    internal OutputContext(AnalysedBook book, BookFacts facts, Theme theme, BuildOptions options, FactVersions versions)
    {
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
    public DependencyHasher Depends() =>
        new DependencyHasher(_versions).On(Book.Content.Book).On(Theme).Add(Options.PrettyUrls).Add(Options.EditorsPages);
}
