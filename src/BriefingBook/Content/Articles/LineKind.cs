namespace BriefingBook.Content.Articles;

/// <summary>How the boilerplate rules classify one line of a scrape.</summary>
internal enum LineKind
{
    Blank,

    /// <summary>A known boilerplate phrase or a short line repeated on the page ("Advertisement", "whatsapp").</summary>
    Boilerplate,

    /// <summary>Usually ends the article ("Related", "Read more", "Comments"): a heavy cost, not a hard end.</summary>
    Stop,

    /// <summary>A credit line such as "Source: TASS News Agency": not body text, but worth keeping as metadata.</summary>
    Credit,

    /// <summary>A short line naming the writer ("By Jane Doe").</summary>
    Byline,

    /// <summary>A picture caption or credit ("… (Photo: Reuters)").</summary>
    Caption,

    /// <summary>Cookie-wall, consent or legal-footer text.</summary>
    Legal,

    /// <summary>A truncated summary ending in "…": another story's teaser.</summary>
    Teaser,

    /// <summary>A prose line that already appeared above: a second copy of the body or a repeated dek.</summary>
    Repeat,

    /// <summary>Navigation, labels, timestamps, headlines, crossheads: short and without sentence punctuation.</summary>
    Short,

    /// <summary>Long, but with no sentence punctuation: prose if it sits inside the article, a menu if outside.</summary>
    Weak,

    /// <summary>A row of a table: a short line with figures, next to another ("Net 9.27 mln vs 63.20 mln").</summary>
    Figures,

    /// <summary>A real sentence or more.</summary>
    Prose,
}
