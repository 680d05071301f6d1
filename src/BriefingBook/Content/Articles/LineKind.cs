namespace BriefingBook.Content.Articles;

/// <summary>How the boilerplate rules classify one line of a scrape.</summary>
internal enum LineKind
{
    Blank,

    /// <summary>A known boilerplate phrase or a short line repeated on the page ("Advertisement", "whatsapp").</summary>
    Boilerplate,

    /// <summary>Marks the end of the article: what follows is other stories, comments or sharing.</summary>
    Stop,

    /// <summary>A credit line such as "Source: TASS News Agency": not body text, but worth keeping as metadata.</summary>
    Credit,

    /// <summary>Navigation, labels, timestamps, headlines: short and without sentence punctuation.</summary>
    Short,

    /// <summary>Long, but with no sentence punctuation: prose if it sits inside the article, a menu if outside.</summary>
    Weak,

    /// <summary>A real sentence or more.</summary>
    Prose,
}
