using System.Text;
using BriefingBook.Content;
using BriefingBook.Content.Articles;
using BriefingBook.Content.FrontMatter;

namespace BriefingBook.Editing;

/// <summary>
/// <c>briefingbook new</c>: a new entry with every field of the content model, commented; a source entry
/// pre-filled from its seed (headline, outlet and date read as <c>suggest</c> reads them); or an empty book
/// that builds. Never overwrites: an existing file, an id already taken in its folder, or an id the loader
/// would refuse is a refusal, and nothing is written.
/// </summary>
public static class EntryScaffold
{
    public static string Folder(EntryKind kind) => kind switch
    {
        EntryKind.Actor => "actors",
        EntryKind.Event => "events",
        EntryKind.Source => "sources",
        _ => "notes",
    };

    public static Scaffolded Entry(BookPaths paths, EntryKind kind, string id)
    {
        if (Refuse(paths, kind, id) is { } why) return Scaffolded.Refused(why);
        return Write(paths, $"content/{Folder(kind)}/{id}.md", EntryTemplates.For(kind));
    }

    /// <summary>A source entry for <paramref name="seedPath"/> (a file in <c>seeds/</c>), its id made from the outlet, headline and date as <c>suggest</c> makes it, unless given.</summary>
    public static Scaffolded Source(BookPaths paths, string seedPath, string? id = null)
    {
        var seed = Path.GetFullPath(seedPath);
        if (!File.Exists(seed)) return Scaffolded.Refused($"no such file `{seedPath}`");
        if (!string.Equals(Path.GetDirectoryName(seed), Path.GetFullPath(paths.Seeds), StringComparison.Ordinal))
            return Scaffolded.Refused($"`{seedPath}` is not in `{paths.Relative(paths.Seeds)}/`: copy the scrape there unedited first");
        var name = Path.GetFileName(seed);
        if (DescribedBy(paths, name) is { } entry) return Scaffolded.Refused($"`seeds/{name}` is already described by {entry}");
        if (new FileInfo(seed).Length > Content.Inputs.InputLimits.Default.SeedBytes) return Scaffolded.Refused($"`seeds/{name}` is over the seed size limit");

        var raw = File.ReadAllText(seed, Encoding.UTF8);
        var body = ArticleExtractor.Extract(name, raw);
        var (outlet, via, author) = Masthead.Read(raw, body);
        var (published, dating) = ArticleDater.Date(raw, body);
        var sentences = BodySentence.Of(body);
        var headline = Masthead.Headline(raw, body) ?? (sentences.Count > 0 ? ArticleSuggester.Title(sentences[0].Text) : "");
        id ??= Slug.Unique(
            Slug.From(string.Join(' ', outlet ?? "", headline), 6) + (published is null ? "" : "-" + published.Start.ToText()),
            TakenIds(paths, EntryKind.Source));
        if (Refuse(paths, EntryKind.Source, id) is { } why) return Scaffolded.Refused(why);
        var text = EntryTemplates.Source(name, headline, outlet, via, author, published?.ToText() ?? "", published is { Approximate: true }, dating);
        return Write(paths, $"content/sources/{id}.md", text);
    }

    /// <summary>
    /// An empty book in <paramref name="folder"/> (which must not exist or be empty): <c>content/book.yml</c>, the
    /// entry folders, <c>seeds/</c>, and the default theme copied from <paramref name="theme"/>. It builds with 0 errors.
    /// </summary>
    public static Scaffolded Book(string folder, string theme)
    {
        var root = Path.GetFullPath(folder);
        if (File.Exists(root)) return Scaffolded.Refused($"`{folder}` is a file");
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any()) return Scaffolded.Refused($"`{folder}` is not empty: a new book needs a new or empty folder");
        if (!Directory.Exists(Path.Combine(theme, "layouts"))) return Scaffolded.Refused($"no default theme found at `{theme}`");

        var paths = new BookPaths(root);
        var written = new List<string>();
        foreach (var kind in Enum.GetValues<EntryKind>()) Directory.CreateDirectory(Path.Combine(paths.Content, Folder(kind)));
        Directory.CreateDirectory(paths.Seeds);
        written.Add(Write(paths, "content/book.yml", BookFile).Written[0]);
        Copy(theme, Path.Combine(paths.Themes, "default"));
        written.Add("themes/default/");
        return new Scaffolded(written, null);
    }

    private const string BookFile = """
        # The book (docs/content-model.md). Only `title` is required.
        title: A new briefing book           # required
        # subtitle: ""                       # optional, one line
        # description: >                     # optional, Markdown, shown on the home page
        #   What the book covers.
        # base_url: https://example.org/     # optional: the public address, for canonical links
        # language: en                       # optional: a language tag (en, pt-BR)
        # theme: default                     # optional: a folder under themes/
        # limits:                            # optional: the largest input file of each kind
        #   seed: 20 MB
        #   entry: 2 MB
        #   template: 1 MB
        #   asset: 50 MB
        # The briefing on the home page (all optional; see docs/content-model.md): bottom_line, judgements,
        # uncertain, stages, gaps, reliability.
        # bottom_line: ""

        """;

    /// <summary>Why an id may not be written, as the loader would say it, or null.</summary>
    private static string? Refuse(BookPaths paths, EntryKind kind, string id)
    {
        if (!YamlMap.IsSlug(id))
            return $"`{id}` is not an id: ids (the file name) are lowercase letters, digits and hyphens, such as `{ContentLoader.Slugify(id)}`";
        var file = Path.Combine(paths.Content, Folder(kind), id + ".md");
        if (File.Exists(file)) return $"`{paths.Relative(file)}` exists; not overwriting it";
        if (TakenIds(paths, kind).Contains(id)) return $"the id `{id}` is already taken by another file in `content/{Folder(kind)}/`";
        return null;
    }

    /// <summary>Ids in a kind's folder and its subfolders (the id is the file name, wherever the file is).</summary>
    private static HashSet<string> TakenIds(BookPaths paths, EntryKind kind)
    {
        var folder = Path.Combine(paths.Content, Folder(kind));
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];
    }

    /// <summary>The source entry whose <c>seed:</c> names the file, by a plain reading of its lines (the loader reports anything subtler).</summary>
    private static string? DescribedBy(BookPaths paths, string seedName)
    {
        var folder = Path.Combine(paths.Content, "sources");
        if (!Directory.Exists(folder)) return null;
        foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file).Take(40))
            {
                var t = line.Trim();
                if (!t.StartsWith("seed:", StringComparison.Ordinal)) continue;
                if (t[5..].Split('#')[0].Trim().Trim('"', '\'') == seedName) return paths.Relative(file);
            }
        }

        return null;
    }

    private static Scaffolded Write(BookPaths paths, string relative, string text)
    {
        var path = Path.Combine(paths.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // CreateNew: a file that appeared since the check above is never overwritten either.
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write(text);
        }
        catch (IOException) when (File.Exists(path))
        {
            return Scaffolded.Refused($"`{relative}` exists; not overwriting it");
        }

        return new Scaffolded([relative], null);
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
