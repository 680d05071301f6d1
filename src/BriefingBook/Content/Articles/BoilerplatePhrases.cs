namespace BriefingBook.Content.Articles;

/// <summary>
/// Phrases that news sites put around articles. Matched against whole lines (case-insensitive,
/// punctuation-trimmed), never inside prose, so an article that talks about "advertisement" keeps its text.
/// </summary>
internal static class BoilerplatePhrases
{
    /// <summary>Lines that are page furniture wherever they appear.</summary>
    public static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        "advertisement", "advertisements", "sponsored", "promoted", "logo", "menu", "search", "home", "skip to content",
        "share", "share this", "share this article", "share on", "fb", "facebook", "twitter", "x", "whatsapp", "telegram",
        "linkedin", "email", "print", "copy link", "subscribe", "sign up", "sign in", "log in", "newsletter",
        "follow us", "trending", "top stories", "latest news", "most read", "click here", "listen", "listen to this article",
        "search-icon-img", "image", "photo", "video",
    };

    /// <summary>Lines after which the page is other stories, comments or sharing, not the article.</summary>
    public static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "read next", "read more", "related", "related stories", "related articles", "related news", "more stories",
        "more from", "you may also like", "recommended", "recommended for you", "also read", "leave a reply",
        "leave a comment", "leave the first comment", "comments", "post a comment", "add a comment",
        "what is your opinion on this topic", "popular", "most popular", "more news",
    };

    /// <summary>Line openings that mark disclaimers and page furniture.</summary>
    public static readonly string[] Prefixes =
    [
        "(this content is sourced from", "this content is sourced from", "(this story has not been edited",
        "this story has not been edited", "(except for the headline", "except for the headline", "disclaimer:", "(disclaimer", "news flash", "breaking news:",
        "published |", "by |", "updated |", "posted |", "image credit", "photo credit", "image:", "photo:",
        "follow us on", "subscribe to", "copyright ©", "© ",
    ];

    /// <summary>Line openings of a credit ("Source: TASS News Agency"), kept as metadata, not body.</summary>
    public static readonly string[] CreditPrefixes = ["source:", "sources:", "courtesy:", "with inputs from"];
}
