namespace BriefingBook.Content;

/// <summary>The front-matter keys each kind of entry accepts, in one place (see docs/content-model.md).</summary>
public static class Fields
{
    public static readonly string[] Book =
        ["title", "subtitle", "description", "base_url", "language", "theme", "limits", "bottom_line", "judgements", "uncertain", "stages", "gaps", "reliability"];

    public static readonly string[] BriefingPoint = ["text", "sources", "events", "notes"];

    public static readonly string[] Stage = ["title", "date", "text", "events"];

    public static readonly string[] Reliability = ["source", "dated", "defects", "confidence"];

    public static readonly string[] Source =
        ["seed", "headline", "short", "outlet", "via", "author", "published", "approximate", "dating", "url", "body_first", "body_last", "extract"];

    public static readonly string[] Actor = ["name", "kind", "aliases", "roles", "affiliations"];

    public static readonly string[] Role = ["title", "of", "from", "to", "source"];

    public static readonly string[] Event = ["title", "date", "approximate", "dating", "place", "key", "rests_on_garbled", "actors", "reports", "related"];

    public static readonly string[] Note = ["kind", "title", "events", "claims"];

    public static readonly string[] Claim = ["source", "quote", "says"];

    public static readonly string[] Report = ["source", "quote", "date", "place", "count", "first", "note"];
}
