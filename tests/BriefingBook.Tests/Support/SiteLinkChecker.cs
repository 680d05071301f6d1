using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace BriefingBook.Tests.Support;

/// <summary>
/// Parses every page of a built site and resolves every internal link and fragment, as a reader's browser
/// would from disk: folder links mean the folder's <c>index.html</c>, root-absolute links (only the 404
/// page has them) start at the site root.
/// </summary>
public sealed class SiteLinkChecker
{
    private readonly string _site;
    private readonly Dictionary<string, IDocument> _pages = new(StringComparer.Ordinal);

    public SiteLinkChecker(string site)
    {
        _site = Path.GetFullPath(site);
        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(_site, "*.html", SearchOption.AllDirectories))
            _pages[Path.GetFullPath(file)] = parser.ParseDocument(File.ReadAllText(file));
    }

    public IReadOnlyDictionary<string, IDocument> Pages => _pages;

    public IDocument Page(string relative) => _pages[Path.GetFullPath(Path.Combine(_site, relative))];

    /// <summary>Every broken internal link or anchor, as "page: href (why)".</summary>
    public IReadOnlyList<string> BrokenLinks()
    {
        var broken = new List<string>();
        foreach (var (file, doc) in _pages)
        {
            var refs = doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Concat(doc.QuerySelectorAll("link[href]").Select(l => l.GetAttribute("href")!));
            foreach (var href in refs)
            {
                if (href.StartsWith("http:", StringComparison.Ordinal) || href.StartsWith("https:", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                var problem = Resolve(file, href);
                if (problem is not null) broken.Add($"{Path.GetRelativePath(_site, file)}: {href} ({problem})");
            }
        }

        return broken;
    }

    /// <summary>The site-relative file a link from <paramref name="page"/> points at (for tests of where links go).</summary>
    public string Target(string page, string href)
    {
        var from = Path.GetFullPath(Path.Combine(_site, page));
        var path = href.Split('#')[0];
        var target = TargetFile(from, path);
        return Path.GetRelativePath(_site, target).Replace('\\', '/');
    }

    private string? Resolve(string fromFile, string href)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        var path = hash >= 0 ? href[..hash] : href;
        var fragment = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : null;
        var target = TargetFile(fromFile, path);
        if (!target.StartsWith(_site, StringComparison.Ordinal)) return "leaves the site";
        if (!File.Exists(target)) return "no such file";
        if (fragment is null || fragment.Length == 0) return null;
        if (!_pages.TryGetValue(target, out var doc)) return "fragment on a non-HTML file";
        return doc.GetElementById(fragment) is null ? $"no element with id `{fragment}`" : null;
    }

    private string TargetFile(string fromFile, string path)
    {
        if (path.Length == 0) return fromFile;
        var baseDir = path.StartsWith('/') ? _site : Path.GetDirectoryName(fromFile)!;
        var full = Path.GetFullPath(Path.Combine(baseDir, Uri.UnescapeDataString(path.TrimStart('/'))));
        return path.EndsWith('/') || Directory.Exists(full) ? Path.Combine(full, "index.html") : full;
    }
}
