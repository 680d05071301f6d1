using BriefingBook.Engine;

namespace BriefingBook.Rendering.Outputs;

/// <summary>
/// One HTML page of the plan: its <see cref="SiteUrls"/> address, what it depends on, how to build it, and the dated
/// entries it shows (for the sitemap's <c>lastmod</c>). <see cref="Listed"/> is false for pages a search engine has
/// no use for (the 404 page, the editors' pages), which the sitemap leaves out.
/// </summary>
internal sealed record PlannedPage(string Url, Func<Fingerprint> DependsOn, Func<Page> Build, Func<DateOnly?> LastModified, bool Listed = true);
