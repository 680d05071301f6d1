namespace BriefingBook.Rendering.Outputs;

/// <summary>Where the Atom feeds and the sitemap are written, relative to the site's root.</summary>
public static class FeedUrls
{
    public const string Events = "feeds/events.xml";
    public const string Sources = "feeds/sources.xml";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";

    public static string Actor(string id) => $"feeds/actors/{id}.xml";
}
