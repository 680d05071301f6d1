using System.Runtime.CompilerServices;
using System.Text;
using BriefingBook.Content.Articles;
using BriefingBook.Content.Inputs;
using BriefingBook.Content.Dates;
using BriefingBook.Content.FrontMatter;
using BriefingBook.Content.Model;
using BriefingBook.Diagnostics;

namespace BriefingBook.Content;

/// <summary>
/// The load stage: reads <c>content/</c> and <c>seeds/</c> into a <see cref="BookContent"/>, cleaning each
/// seed's body on the way. Files are parsed in parallel; every problem goes to the bag and loading goes on,
/// so one run reports them all. Cross-references are checked afterwards by <see cref="ContentValidator"/>.
/// </summary>
public static partial class ContentLoader
{
    private static readonly string[] MarkdownExtensions = [".md", ".markdown"];

    public static BookContent Load(BookPaths paths, DiagnosticBag diagnostics) =>
        Load(paths, new BookFiles(paths, diagnostics), diagnostics);

    /// <param name="cancel">Checked between files (SIGINT/SIGTERM stop a large book's load promptly).</param>
    /// <param name="cache">A session's results from earlier builds: unchanged files are not read or parsed again,
    /// and give back the same objects, diagnostics included.</param>
    public static BookContent Load(BookPaths paths, BookFiles files, DiagnosticBag diagnostics, LoadCache? cache = null, CancellationToken cancel = default)
    {
        var parallel = new ParallelOptions { CancellationToken = cancel };
        if (!Directory.Exists(paths.Content))
            diagnostics.Error(DiagnosticCodes.NoContentFolder, new SourceLocation("content", 1), "no content folder: expected `content/` with `book.yml`, `sources/`, `actors/` and `events/`");
        if (!Directory.Exists(paths.Seeds))
            diagnostics.Error(DiagnosticCodes.NoSeedsFolder, new SourceLocation("seeds", 1), "no seeds folder: expected `seeds/` with the raw scraped articles");

        var book = LoadBook(paths, files, diagnostics, cache);
        var seeds = LoadSeeds(paths, files, book.Limits, parallel, cache, diagnostics, out var unreadable);
        var entries = LoadAll(paths, files, book.Limits, parallel, "sources", diagnostics, cache, ParseSource, out var sourceIds);
        var actors = LoadAll(paths, files, book.Limits, parallel, "actors", diagnostics, cache, ParseActor, out var actorIds);
        var events = LoadAll(paths, files, book.Limits, parallel, "events", diagnostics, cache, ParseEvent, out var eventIds);
        var notes = LoadAll(paths, files, book.Limits, parallel, "notes", diagnostics, cache, ParseNote, out var noteIds);
        var sources = JoinSources(seeds, unreadable, entries, parallel, diagnostics, cache);
        sourceIds.UnionWith(sources.Select(s => s.Id));
        return new BookContent(book, sources, actors, events, notes, new DeclaredIds(actorIds, sourceIds, eventIds, noteIds));
    }

    /// <summary>Reads one file through the cache: its parsed value and diagnostics, fresh or remembered.</summary>
    private static T? ReadCached<T>(string path, long limit, BookFiles files, DiagnosticBag diagnostics, LoadCache? cache, Func<BookFiles, DiagnosticBag, T?> read)
        where T : class
    {
        if (cache is not null && cache.TryGet<T>(path, limit, out var hit, out var replay))
        {
            diagnostics.AddRange(replay);
            return hit;
        }

        var signature = cache is null ? null : FileSignature.Of(path);
        var own = new DiagnosticBag();
        var value = read(files.ReportingTo(own), own);
        var found = own.ToList();
        diagnostics.AddRange(found);
        // A file that could not be read at all is tried again next time rather than remembered as broken.
        if (cache is not null && (value is not null || found.Count > 0 && FileSignature.Of(path) == signature)) cache.Put(path, signature, limit, value, found);
        return value;
    }

    private static BookInfo LoadBook(BookPaths paths, BookFiles files, DiagnosticBag diagnostics, LoadCache? cache)
    {
        var file = Path.Combine(paths.Content, "book.yml");
        if (Platform.NativeFileSystem.Kind(file) == Platform.FileKind.Missing)
        {
            if (Directory.Exists(paths.Content))
                diagnostics.Error(DiagnosticCodes.NoBookFile, new SourceLocation("content/book.yml", 1), "missing `content/book.yml`: the book needs at least a `title`");
            return BookInfo.Untitled;
        }

        // book.yml sets the limits, so it is read with the default one.
        if (!files.IsReadable(file)) return BookInfo.Untitled;
        var parsed = ReadCached(file, InputLimits.Default.EntryBytes, files, diagnostics, cache, (own, bag) =>
        {
            var text = own.ReadText(file, InputLimits.Default.EntryBytes, "entry");
            var map = text is null ? null : FrontMatterDocument.ParseYamlFile(paths.Relative(file), text, bag);
            return map is null ? null : ParseBook(map);
        });
        if (parsed is null) return BookInfo.Untitled;

        // Whether the theme exists is a fact about the disk, not about book.yml: checked on every build.
        var (book, themeAt) = parsed.Value;
        if (!Directory.Exists(Path.Combine(paths.Themes, book.Theme)))
        {
            var themes = Directory.Exists(paths.Themes) ? Directory.GetDirectories(paths.Themes).Select(Path.GetFileName).OfType<string>() : [];
            diagnostics.Error(DiagnosticCodes.UnknownTheme, themeAt, $"no theme `{book.Theme}` in `themes/`{Suggestions.DidYouMean(book.Theme, themes)}");
        }

        return book;
    }

    private static StrongBox<(BookInfo, SourceLocation)> ParseBook(YamlMap map)
    {
        map.AllowOnly(Fields.Book);
        var theme = map.Text("theme") ?? "default";
        var book = new BookInfo(
            map.Text("title", required: true) ?? BookInfo.Untitled.Title,
            map.Text("subtitle"),
            map.Markdown("description"),
            map.Url("base_url"),
            Language(map) ?? "en",
            theme,
            BriefingParser.Parse(map))
        {
            Limits = Limits(map),
        };
        return new StrongBox<(BookInfo, SourceLocation)>((book, map.LocateKey("theme")));
    }

    /// <summary>A language tag for <c>&lt;html lang&gt;</c>, such as <c>en</c> or <c>pt-BR</c>.</summary>
    private static string? Language(YamlMap book)
    {
        var text = book.Text("language");
        if (text is null || LanguageTag().IsMatch(text)) return text;
        book.Error(DiagnosticCodes.InvalidLanguage, book.LocateKey("language"), $"`language` must be a language tag such as `en` or `pt-BR`, not `{text}`");
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")]
    private static partial System.Text.RegularExpressions.Regex LanguageTag();

    private static InputLimits Limits(YamlMap book)
    {
        var limits = InputLimits.Default;
        foreach (var map in book.Map("limits") is { } m ? [m] : Array.Empty<YamlMap>())
        {
            map.AllowOnly(InputLimits.Keys);
            long? Size(string key)
            {
                var text = map.Text(key);
                if (text is null) return null;
                var size = InputLimits.ParseSize(text);
                if (size is null) map.Error(DiagnosticCodes.InvalidSize, map.LocateKey(key), $"`limits: {key}` must be a size such as `20 MB`, `512 KB` or a number of bytes, not `{text}`");
                return size;
            }

            limits = new InputLimits(
                Size("seed") ?? limits.SeedBytes,
                Size("entry") ?? limits.EntryBytes,
                Size("template") ?? limits.TemplateBytes,
                Size("asset") ?? limits.AssetBytes);
        }

        return limits;
    }

    /// <summary>Reads every seed; <paramref name="unreadable"/> names those that are there but could not be read (already reported).</summary>
    private static List<Seed> LoadSeeds(BookPaths paths, BookFiles files, InputLimits limits, ParallelOptions parallel, LoadCache? cache, DiagnosticBag diagnostics, out HashSet<string> unreadable)
    {
        unreadable = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(paths.Seeds)) return [];
        var (list, refused) = cache is null
            ? (files.List(paths.Seeds, _ => true, recursive: false, refused: unreadable), [])
            : cache.List(paths.Seeds, recursive: false, diagnostics, (bag, refusedHere) => files.ReportingTo(bag).List(paths.Seeds, _ => true, recursive: false, refused: refusedHere));
        unreadable.UnionWith(refused);
        var seeds = new Seed?[list.Count];
        Parallel.For(0, list.Count, parallel, i => seeds[i] = ReadCached(list[i], limits.SeedBytes, files, diagnostics, cache, (own, _) =>
            own.ReadText(list[i], limits.SeedBytes, "seed") is { } text ? new Seed(Path.GetFileName(list[i]), paths.Relative(list[i]), text) : null));
        // Besides what the listing refused (links out, pipes), the files that could not be read or decoded.
        for (var i = 0; i < list.Count; i++)
        {
            if (seeds[i] is null) unreadable.Add(Path.GetFileName(list[i]));
        }

        return [.. seeds.OfType<Seed>()];
    }

    /// <summary>Parses every Markdown file under <c>content/{folder}</c> (subfolders too), keeping the first of any duplicate id.</summary>
    private static List<T> LoadAll<T>(
        BookPaths paths,
        BookFiles bookFiles,
        InputLimits limits,
        ParallelOptions parallel,
        string folder,
        DiagnosticBag diagnostics,
        LoadCache? cache,
        Func<string, SourceLocation, FrontMatterDocument, T?> parse,
        out HashSet<string> declared)
        where T : class
    {
        declared = new HashSet<string>(StringComparer.Ordinal);
        var dir = Path.Combine(paths.Content, folder);
        if (!Directory.Exists(dir)) return [];

        static bool Markdown(string f) => MarkdownExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase);
        var listed = cache is null
            ? bookFiles.List(dir, Markdown, recursive: true)
            : cache.List(dir, recursive: true, diagnostics, (bag, _) => bookFiles.ReportingTo(bag).List(dir, Markdown, recursive: true)).Files;
        var files = listed
            .Select(f => (Path: f, Relative: paths.Relative(f), Id: Path.GetFileNameWithoutExtension(f)))
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Relative, StringComparer.Ordinal)
            .ToArray();

        var parsed = new T?[files.Length];
        Parallel.For(0, files.Length, parallel, i =>
        {
            var (path, relative, id) = files[i];
            var at = new SourceLocation(relative, 1);
            if (!YamlMap.IsSlug(id))
            {
                diagnostics.Error(DiagnosticCodes.InvalidId, at, $"`{Path.GetFileName(path)}`: an id (the file name) must be lowercase letters, digits and hyphens, such as `{Slugify(id)}`");
                return;
            }

            parsed[i] = ReadCached(path, limits.EntryBytes, bookFiles, diagnostics, cache, (own, bag) =>
            {
                var text = own.ReadText(path, limits.EntryBytes, "entry");
                var document = text is null ? null : FrontMatterDocument.Parse(relative, text, bag);
                return document is null ? null : parse(id, at, document);
            });
        });

        var result = new List<T>(files.Length);
        var firstById = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++)
        {
            if (firstById.TryGetValue(files[i].Id, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId, new SourceLocation(files[i].Relative, 1), $"duplicate id `{files[i].Id}`: already defined by {first}");
                continue;
            }

            firstById[files[i].Id] = files[i].Relative;
            declared.Add(files[i].Id);
            if (parsed[i] is { } item) result.Add(item);
        }

        return result;
    }

    /// <summary>A citation label is read many times in running text: long ones defeat its purpose.</summary>
    private const int MaxShortLabel = 60;

    private static SourceEntry? ParseSource(string id, SourceLocation at, FrontMatterDocument doc)
    {
        var f = doc.Fields;
        f.AllowOnly(Fields.Source);
        var seed = f.Id("seed", required: true);
        var headline = f.Text("headline", required: true);
        var published = f.Date("published", required: true);
        var approximate = f.Flag("approximate");
        var dating = f.Text("dating");
        if (dating is null && (approximate || published is { Precision: < DatePrecision.Day }))
            f.Error(DiagnosticCodes.DatingRequired, f.LocateKey("published"), "`dating` is required when `published` is approximate or not a full day: say how the article was dated");
        var bounds = new BodyBounds(f.Text("body_first"), f.Text("body_last"));
        var boundsAt = f.LocateKey(bounds.FirstLineStart is not null ? "body_first" : "body_last");
        var shortLabel = f.Text("short");
        SourceLocation? shortAt = shortLabel is null ? null : f.LocateKey("short");
        if (shortLabel is { Length: > MaxShortLabel })
            f.Error(DiagnosticCodes.ShortLabelTooLong, shortAt!.Value, $"`short` is {shortLabel.Length} characters long; a citation label should be at most {MaxShortLabel}, like \"Tribune/ANI, 2 Dec 2025\"");
        if (seed is null) return null;
        // A missing headline is already an error; keep the entry so its quotes are still checked.
        return new SourceEntry(id, at, seed, headline ?? id, f.Text("outlet"), f.Text("via"), f.Text("author"),
            published?.AsApproximate(approximate), dating, f.Url("url"), bounds, boundsAt, Optional(doc.Markdown), f.Choice<ExtractionMethod>("extract"))
        { ShortLabel = shortLabel, ShortAt = shortAt };
    }

    private static Actor? ParseActor(string id, SourceLocation at, FrontMatterDocument doc)
    {
        var f = doc.Fields;
        f.AllowOnly(Fields.Actor);
        var name = f.Text("name", required: true);
        var kind = f.Choice<ActorKind>("kind", required: true);
        var aliases = f.Texts("aliases");
        var roles = new List<Role>();
        foreach (var r in f.Maps("roles"))
        {
            r.AllowOnly(Fields.Role);
            var title = r.Text("title", required: true);
            var role = new Role(title ?? "", r.Id("of"), r.Date("from"), r.Date("to"), r.Id("source"));
            if (role.From is { } from && role.To is { } to && to.End.Latest < from.Start.Earliest)
                r.Error(DiagnosticCodes.RoleEndsBeforeStart, r.LocateKey("to"), $"role `{title}` ends ({to.ToText()}) before it starts ({from.ToText()})");
            if (title is not null) roles.Add(role);
        }

        var affiliations = f.Ids("affiliations");
        // Missing fields are already errors (so nothing is rendered); the placeholders keep references valid.
        return new Actor(id, at, name ?? id, kind ?? ActorKind.Group, aliases, roles, affiliations, Optional(doc.Markdown));
    }

    private static Event? ParseEvent(string id, SourceLocation at, FrontMatterDocument doc)
    {
        var f = doc.Fields;
        f.AllowOnly(Fields.Event);
        var title = f.Text("title", required: true);
        var date = f.Date("date", required: true);
        var approximate = f.Flag("approximate");
        var actors = f.Ids("actors", required: true);
        var reports = new List<Report>();
        foreach (var r in f.Maps("reports", required: true))
        {
            r.AllowOnly(Fields.Report);
            var source = r.Id("source", required: true);
            var quote = r.Text("quote", required: true);
            var report = new Report(source ?? new IdRef("", r.At), quote ?? "", r.LocateKey("quote"),
                r.Date("date"), r.Text("place"), r.Text("count"), r.Id("first"), r.Markdown("note"));
            if (source is not null && quote is not null) reports.Add(report);
        }

        var dating = f.Text("dating");
        var place = f.Text("place");
        var key = f.Flag("key");
        var garbled = f.Flag("rests_on_garbled");
        var related = f.Ids("related");
        // As for actors: a missing title or date is an error already; the rest is still worth checking.
        return new Event(id, at, title ?? id, (date ?? PartialDate.Placeholder).AsApproximate(approximate), dating, place, key, garbled, actors, reports, related, Optional(doc.Markdown));
    }

    private static Note? ParseNote(string id, SourceLocation at, FrontMatterDocument doc)
    {
        var f = doc.Fields;
        f.AllowOnly(Fields.Note);
        var kind = f.Choice<NoteKind>("kind", required: true);
        var title = f.Text("title", required: true);
        var events = f.Ids("events");
        var claims = new List<Claim>();
        foreach (var c in f.Maps("claims", required: true))
        {
            c.AllowOnly(Fields.Claim);
            var source = c.Id("source", required: true);
            var quote = c.Text("quote", required: true);
            if (source is not null && quote is not null) claims.Add(new Claim(source, quote, c.LocateKey("quote"), c.Text("says")));
        }

        var claimsAt = f.LocateKey("claims");
        var sources = claims.Select(c => c.Source.Id).Distinct(StringComparer.Ordinal).Count();
        if (kind == NoteKind.Conflict && claims.Count < 2)
            f.Error(DiagnosticCodes.ConflictNeedsTwoClaims, claimsAt, "a conflict needs at least two claims: quote each side of the disagreement");
        if (kind == NoteKind.Flag && sources > 1)
            f.Error(DiagnosticCodes.FlagOnSeveralSources, claimsAt, "a flag is about one source, but these claims quote several; use `kind: conflict` for sources that disagree");
        if (kind is null || title is null) return null;
        return new Note(id, at, kind.Value, title, events, claims, Optional(doc.Markdown));
    }

    /// <summary>
    /// Joins source entries to seeds and cleans each seed's body. A seed nobody described still becomes a
    /// source (with a warning and a guessed headline) so that new scraped articles show up at once.
    /// </summary>
    private static List<Source> JoinSources(List<Seed> seeds, HashSet<string> unreadable, List<SourceEntry> entries, ParallelOptions parallel, DiagnosticBag diagnostics, LoadCache? cache)
    {
        var seedsByName = seeds.ToDictionary(s => s.FileName, StringComparer.Ordinal);
        var entryBySeed = new Dictionary<string, SourceEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!seedsByName.ContainsKey(entry.Seed.Id))
            {
                // A seed that is there but could not be read has its own error; saying it does not exist would mislead.
                if (unreadable.Contains(entry.Seed.Id)) continue;
                diagnostics.Error(DiagnosticCodes.UnknownSeed, entry.Seed.At, $"seed file `seeds/{entry.Seed.Id}` does not exist{Suggestions.DidYouMean(entry.Seed.Id, seedsByName.Keys)}");
                continue;
            }

            if (!entryBySeed.TryAdd(entry.Seed.Id, entry))
                diagnostics.Error(DiagnosticCodes.SeedDescribedTwice, entry.Seed.At, $"seed `{entry.Seed.Id}` is already described by {entryBySeed[entry.Seed.Id].At.File}: one source entry per seed");
        }

        // Ids for undescribed seeds are fixed before the parallel loop, in seed order, so they are unique and
        // the same on every build.
        var taken = new HashSet<string>(entries.Select(e => e.Id), StringComparer.Ordinal);
        var seedIds = seeds.Where(s => !entryBySeed.ContainsKey(s.FileName))
            .ToDictionary(s => s.FileName, s => UniqueSeedId(s.FileName, taken), StringComparer.Ordinal);
        var sources = new Source?[seeds.Count];
        Parallel.For(0, seeds.Count, parallel, i =>
        {
            var seed = seeds[i];
            var entry = entryBySeed.GetValueOrDefault(seed.FileName);
            var id = entry?.Id ?? seedIds[seed.FileName];
            // Cleaning is the costly part of loading: a seed and entry that are the very objects of the last
            // build (unchanged files) give the very same source.
            var key = "source:" + seed.FileName;
            if (cache?.Derived<JoinedSource>(key, j => ReferenceEquals(j.Seed, seed) && ReferenceEquals(j.Entry, entry) && j.Source.Id == id) is { } joined)
            {
                diagnostics.AddRange(joined.Diagnostics);
                sources[i] = joined.Source;
                return;
            }

            var own = new DiagnosticBag();
            sources[i] = Join(seed, entry, id, own);
            diagnostics.AddRange(own.ToList());
            cache?.PutDerived(key, new JoinedSource(seed, entry, sources[i]!, own.ToList()));
        });

        return [.. sources.OfType<Source>().OrderBy(s => s.Id, StringComparer.Ordinal)];
    }

    private static Source Join(Seed seed, SourceEntry? entry, string id, DiagnosticBag diagnostics)
    {
        if (entry is not null)
        {
            var body = ArticleExtractor.Extract(seed.FileName, seed.Text, entry.Extract, entry.Bounds, out var boundsError);
            if (boundsError is not null) diagnostics.Error(DiagnosticCodes.BodyBounds, entry.BoundsAt, boundsError);
            return new Source(entry.Id, entry.At, seed, body, entry.Headline, entry.Outlet, entry.Via, entry.Author,
                entry.Published, entry.Dating, entry.Url, entry.SummaryMarkdown, HasEntry: true)
            { ShortLabel = entry.ShortLabel, ShortAt = entry.ShortAt };
        }

        var cleaned = ArticleExtractor.Extract(seed.FileName, seed.Text);
        diagnostics.Warning(DiagnosticCodes.SeedWithoutEntry, new SourceLocation(seed.RelativePath, 1),
            $"seed has no source entry: add `content/sources/{id}.md` with `seed: {seed.FileName}` (the page uses a guessed headline)");
        return new Source(id, new SourceLocation(seed.RelativePath, 1), seed, cleaned,
            cleaned.HeadlineGuess ?? HeadlineFromBody(cleaned, seed.FileName), null, cleaned.Credit, null, null, null, null, null, HasEntry: false);
    }

    private sealed record JoinedSource(Seed Seed, SourceEntry? Entry, Source Source, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>
    /// Entry ids and seed-derived ids share one namespace of pages, and two seed names can slugify alike
    /// (`a b.txt`, `a-b.txt`): a clash gets a numbered suffix. Adds the id it returns to <paramref name="taken"/>.
    /// </summary>
    private static string UniqueSeedId(string fileName, HashSet<string> taken)
    {
        var slug = Slugify(Path.GetFileNameWithoutExtension(fileName));
        var id = slug;
        for (var n = 2; !taken.Add(id); n++) id = $"{slug}-{n}";
        return id;
    }

    private static string HeadlineFromBody(ArticleBody body, string fileName)
    {
        var first = body.Paragraphs.Count > 0 ? body.Paragraphs[0].Text : null;
        if (first is null) return fileName;
        var words = first.Split(' ');
        return words.Length <= 12 ? first : string.Join(' ', words[..12]) + " …";
    }

    public static string Slugify(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }

        return sb.ToString().Trim('-') is { Length: > 0 } slug ? slug : "untitled";
    }

    private static string? Optional(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
