using System.Text.Json;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.EndToEnd;

/// <summary>
/// Builds the repository's own book (seeds/, content/, themes/default) into a temporary folder once, and
/// checks it as a reader and a link checker would.
/// </summary>
public sealed class RealBookTests : IClassFixture<RealBookTests.Built>
{
    private readonly Built _built;

    public RealBookTests(Built built) => _built = built;

    [Fact]
    public void The_real_book_builds_without_errors_or_warnings()
    {
        Assert.True(_built.Result.Succeeded, string.Join("\n", _built.Result.Diagnostics));
        Assert.Empty(_built.Result.Diagnostics);
    }

    [Fact]
    public void Every_internal_link_and_anchor_resolves()
    {
        Assert.Empty(_built.Links.BrokenLinks());
    }

    [Fact]
    public void Every_seed_has_a_source_page_showing_its_article()
    {
        var seeds = Directory.GetFiles(RepoPaths.Seeds).Select(Path.GetFileName).ToArray();
        Assert.Equal(5, seeds.Length);
        var book = _built.Result.Book!;
        foreach (var seed in seeds)
        {
            var source = Assert.Single(book.Content.Sources, s => s.Seed.FileName == seed);
            var page = _built.Links.Page($"sources/{source.Id}/index.html");
            Assert.Equal(source.Headline, page.QuerySelector("h1")!.TextContent);
            Assert.Equal(source.Body.Paragraphs.Count, page.QuerySelectorAll(".article-body > p, .article-body > h3").Length);
            Assert.Contains(seed!, page.QuerySelector("dl.metadata")!.TextContent, StringComparison.Ordinal);
            // The raw scrape, line by line and numbered as editors cite lines.
            var lines = page.QuerySelectorAll("details.raw ol.raw-lines > li").ToArray();
            var raw = source.Seed.Text.Replace("\r\n", "\n", StringComparison.Ordinal);
            Assert.Equal(raw.EndsWith('\n') ? raw[..^1] : raw, string.Join("\n", lines.Select(l => l.QuerySelector(".lt")!.TextContent)));
            Assert.All(lines.Select((l, i) => (l, i)), x => Assert.Equal(($"line-{x.i + 1}", $"{x.i + 1}"), (x.l.Id, x.l.QuerySelector(".ln")!.TextContent)));
        }
    }

    [Fact]
    public void Every_actor_and_event_has_a_page_linked_from_its_index()
    {
        var book = _built.Result.Book!;
        var actorIndex = _built.Links.Page("actors/index.html");
        foreach (var actor in book.Content.Actors)
        {
            Assert.Equal(actor.Name, _built.Links.Page($"actors/{actor.Id}/index.html").QuerySelector("h1")!.TextContent);
            Assert.Contains(actorIndex.QuerySelectorAll("a"), a => _built.Links.Target("actors/index.html", a.GetAttribute("href")!) == $"actors/{actor.Id}/index.html");
        }

        var chronology = _built.Links.Page("chronology/index.html");
        foreach (var ev in book.Content.Events)
        {
            Assert.Equal(ev.Title, _built.Links.Page($"events/{ev.Id}/index.html").QuerySelector("h1")!.TextContent);
            Assert.Contains(chronology.QuerySelectorAll("a"), a => _built.Links.Target("chronology/index.html", a.GetAttribute("href")!) == $"events/{ev.Id}/index.html");
        }
    }

    [Fact]
    public void Every_page_is_reachable_from_the_home_page()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { "index.html" };
        var queue = new Queue<string>(seen);
        while (queue.Count > 0)
        {
            var page = queue.Dequeue();
            foreach (var a in _built.Links.Page(page).QuerySelectorAll("a[href]"))
            {
                var href = a.GetAttribute("href")!;
                if (href.StartsWith('#') || href.StartsWith("http", StringComparison.Ordinal)) continue;
                var target = _built.Links.Target(page, href);
                if (target.EndsWith(".html", StringComparison.Ordinal) && seen.Add(target)) queue.Enqueue(target);
            }
        }

        // The 404 page is served at any path; the editors' coverage page is deliberately kept out of the reader's way.
        var all = _built.Links.Pages.Keys.Select(p => Path.GetRelativePath(_built.Output, p).Replace('\\', '/')).Where(p => p is not ("404.html" or "editors/coverage/index.html"));
        Assert.Empty(all.Except(seen));
    }

    [Fact]
    public void Each_report_links_to_its_highlighted_quote_on_the_source_page()
    {
        var book = _built.Result.Book!;
        var ev = book.EventsById["russia-recognises-taliban"];
        var page = _built.Links.Page($"events/{ev.Id}/index.html");
        var contextLinks = page.QuerySelectorAll(".report a").Where(a => a.TextContent.StartsWith("Read in context", StringComparison.Ordinal)).ToArray();

        Assert.Equal(ev.Reports.Count, contextLinks.Length);
        foreach (var link in contextLinks)
        {
            var href = link.GetAttribute("href")!;
            var source = _built.Links.Page(_built.Links.Target($"events/{ev.Id}/index.html", href));
            var anchor = source.GetElementById(href.Split('#')[1])!;
            // Other passages may start at the same place (an editor's note quoting the same words): skip their anchors.
            var mark = anchor.NextElementSibling!;
            while (mark.ClassName == "quote-anchor") mark = mark.NextElementSibling!;
            Assert.Equal("MARK", mark.TagName);
            Assert.Contains(ev.Title, mark.GetAttribute("title"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_chronology_shows_precision_honestly_and_in_order()
    {
        var chronology = _built.Links.Page("chronology/index.html");
        var times = chronology.QuerySelectorAll("ol.chrono > li:not(.ending) time").Select(t => t.GetAttribute("datetime")!).ToArray();

        Assert.Equal(_built.Result.Book!.Content.Events.Count, times.Length);
        Assert.Equal(times.OrderBy(t => t, StringComparer.Ordinal), times);
        // One anchor per event; a span of 2021-2025 is filed again, in italics, under 2025.
        Assert.Equal(times.Length, chronology.QuerySelectorAll("ol.chrono > li[id^='e-']:not(.ending)").Length);
        var ending = chronology.GetElementById("e-russia-normalises-relations-end")!;
        Assert.Equal("y2025", ending.Closest("section")!.Id);
        Assert.Equal("#e-russia-normalises-relations", ending.QuerySelector("a.meta")!.GetAttribute("href"));
        var supremeCourt = chronology.QuerySelectorAll("ol.chrono > li").Single(li => li.QuerySelector("a.line-title")!.GetAttribute("href")!.Contains("/supreme-court-delists-taliban/", StringComparison.Ordinal));
        Assert.Equal("April 2025", supremeCourt.QuerySelector("time")!.TextContent);
        Assert.Contains(chronology.QuerySelectorAll("section.year h2"), h => h.TextContent == "19th century");
    }

    [Fact]
    public void Book_json_lists_the_same_model_the_pages_show()
    {
        var book = _built.Result.Book!;
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_built.Output, "data", "book.json")));
        var root = json.RootElement;

        Assert.Equal(book.Content.Actors.Count, root.GetProperty("actors").GetArrayLength());
        Assert.Equal(book.Content.Events.Count, root.GetProperty("events").GetArrayLength());
        Assert.Equal(5, root.GetProperty("sources").GetArrayLength());
        foreach (var actor in root.GetProperty("actors").EnumerateArray())
        {
            Assert.True(File.Exists(Path.Combine(_built.Output, actor.GetProperty("url").GetString()!.Trim('/'), "index.html")));
            Assert.False(string.IsNullOrEmpty(actor.GetProperty("name").GetString()));
        }

        var recognition = root.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "russia-recognises-taliban");
        Assert.Equal("2025-07-03", recognition.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal("/events/russia-recognises-taliban/", recognition.GetProperty("url").GetString());
        Assert.Contains(recognition.GetProperty("sources").EnumerateArray(), s => s.GetString() == "tribune-peskov-2025-12-02");
        var source = root.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("seed").GetString() == "000_0db4b9cb87fb3834.txt");
        Assert.Equal("The Tribune", source.GetProperty("outlet").GetString());
        Assert.Equal("2025-12-02", source.GetProperty("published").GetProperty("value").GetString());
    }

    [Fact]
    public void Every_page_has_one_h1_a_title_and_the_stylesheet()
    {
        foreach (var (file, doc) in _built.Links.Pages)
        {
            Assert.True(doc.QuerySelectorAll("h1").Length == 1, file);
            Assert.False(string.IsNullOrWhiteSpace(doc.Title), file);
            Assert.NotNull(doc.QuerySelector("link[rel=stylesheet]"));
            // No script runs inline: the only scripts are the JSON-LD data block and the search box's loader.
            Assert.All(doc.QuerySelectorAll("script"), script => Assert.True(
                script.GetAttribute("type") == "application/ld+json" && !script.HasAttribute("src")
                || script.GetAttribute("src")?.EndsWith("assets/search.js", StringComparison.Ordinal) == true && script.TextContent.Length == 0,
                $"{file}: {script.OuterHtml}"));
        }
    }

    /// <summary>Builds the real book once for all tests in the class.</summary>
    [Fact]
    public void Every_source_page_links_the_names_in_its_text_and_carries_reporting_notes()
    {
        var book = _built.Result.Book!;
        foreach (var source in book.Content.Sources)
        {
            var page = _built.Links.Page($"sources/{source.Id}/index.html");
            var linked = page.QuerySelectorAll(".article-body a.mention").Select(a => a.GetAttribute("href")!.Split('/')[^2]).ToHashSet();
            Assert.Equal(book.ActorsNamedIn(source.Id).Order(), linked.Order());
            Assert.NotEmpty(linked);
            var notes = page.QuerySelector("section.reporting-notes")!;
            Assert.Equal(book.NotesOn(source.Id).Count > 0, notes.QuerySelector(".empty") is null);
        }
    }

    [Fact]
    public void The_notes_page_lists_the_seeds_real_conflicts_and_flags()
    {
        var book = _built.Result.Book!;
        var page = _built.Links.Page("notes/index.html");

        var listed = page.QuerySelectorAll(".note-conflict[id], .note-flag[id]").Select(n => n.Id!).ToArray();
        Assert.Equal(book.Content.Notes.Select(n => "note-" + n.Id).Order(), listed.Order());
        Assert.Contains("[WHERE]", page.GetElementById("note-medvedev-where-placeholder")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, page.GetElementById("note-who-accepted-taliban-diplomats-first")!.QuerySelectorAll("ul.claims > li").Length);
        // The five seeds are different articles: none copies another.
        Assert.Empty(book.Duplicates);
        Assert.NotNull(page.QuerySelector("#copies .empty"));
    }

    [Fact]
    public void Book_json_carries_notes_mentions_and_conflict_flags()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_built.Output, "data", "book.json")));
        var root = json.RootElement;
        var sourceIds = root.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToHashSet();
        string[] kinds = ["duplicate", "corroboration", "conflict", "flag"];

        var notes = root.GetProperty("sources").EnumerateArray().SelectMany(s => s.GetProperty("notes").EnumerateArray()).ToArray();
        Assert.NotEmpty(notes);
        Assert.All(notes, n =>
        {
            Assert.Contains(n.GetProperty("kind").GetString(), kinds);
            Assert.All(n.GetProperty("sources").EnumerateArray(), id => Assert.Contains(id.GetString(), sourceIds));
            Assert.False(string.IsNullOrWhiteSpace(n.GetProperty("summary").GetString()));
        });
        Assert.Contains(notes, n => n.GetProperty("kind").GetString() == "flag");
        Assert.Contains(notes, n => n.GetProperty("kind").GetString() == "conflict");
        Assert.Contains(notes, n => n.GetProperty("kind").GetString() == "corroboration");
        Assert.All(root.GetProperty("actors").EnumerateArray(), a => Assert.All(a.GetProperty("mentions").EnumerateArray(), id => Assert.Contains(id.GetString(), sourceIds)));
        Assert.All(root.GetProperty("events").EnumerateArray(), e => Assert.True(e.GetProperty("conflict").ValueKind is JsonValueKind.True or JsonValueKind.False));
    }

    [Fact]
    public void No_full_headline_is_repeated_in_running_text()
    {
        // A source's headline is shown on its own page and in the sources index; everywhere else it is cited by
        // its short label (with the headline only as a title attribute).
        var headlines = _built.Result.Book!.Content.Sources.ToDictionary(s => s.Id, s => s.Headline);
        foreach (var (path, page) in _built.Links.Pages)
        {
            var relative = Path.GetRelativePath(_built.Output, path).Replace('\\', '/');
            if (relative == "sources/index.html") continue;
            // The article's own text and the raw scrape may carry a headline: they are the article, not citations.
            // The printable book's list of sources is its sources index, on paper.
            static int Count(string? text, string headline) => text is null ? 0 : text.Split(headline).Length - 1;
            var main = page.QuerySelector("main");
            foreach (var (id, headline) in headlines)
            {
                var own = relative == $"sources/{id}/index.html";
                var count = Count(main?.TextContent, headline) - Count(main?.QuerySelector(".article-body")?.TextContent, headline) - Count(main?.QuerySelector("details.raw")?.TextContent, headline) - Count(main?.QuerySelector(".book-sources")?.TextContent, headline);
                Assert.True(count == (own ? 1 : 0), $"{relative} shows the headline of {id} {count} times");
            }
        }
    }

    [Fact]
    public void Only_events_two_reporting_sources_disagree_on_say_sources_disagree()
    {
        // The seeds' reports agree on every field. Of the events conflict notes name, only the recognition has two
        // reporting sources the note quotes; the 1990s and the 2021 takeover are one source contradicting itself;
        // the China, Russia and Iran event is contradicted by sources that do not report it.
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_built.Output, "data", "book.json")));
        var events = json.RootElement.GetProperty("events").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        Assert.Equal(["russia-recognises-taliban"], events.Where(e => e.Value.GetProperty("conflict").GetBoolean()).Select(e => e.Key));
        string Kinds(string id) => string.Join(",", events[id].GetProperty("disputes").EnumerateArray().Select(d => d.GetProperty("kind").GetString()).Where(k => k != "flagged").Distinct());
        Assert.Equal("sources_disagree", Kinds("russia-recognises-taliban"));
        Assert.Equal("contradicts_itself", Kinds("us-withdrawal-taliban-takeover"));
        Assert.Equal("contradicts_itself", Kinds("russia-adopts-neutrality"));
        Assert.Equal("contradicts_itself", Kinds("russia-supports-northern-alliance"));
        Assert.Equal("contradicted_elsewhere", Kinds("china-russia-iran-accept-taliban-diplomats"));

        var chronology = _built.Links.Page("chronology/index.html");
        Assert.Equal(["../events/russia-recognises-taliban/index.html#disagreement"],
            chronology.QuerySelectorAll("a.mark-disagree").Select(a => a.GetAttribute("href")!).Distinct());
        Assert.Equal(3, chronology.QuerySelectorAll("ol.chrono > li:not(.ending) a.mark-self").Length);
        var ev = _built.Links.Page("events/us-withdrawal-taliban-takeover/index.html");
        Assert.Null(ev.QuerySelector("a.mark-disagree"));
        Assert.Equal("../../notes/index.html#note-us-control-contradiction", ev.QuerySelector("main header a.mark-self")!.GetAttribute("href"));
        Assert.Contains("One source gives two accounts", ev.QuerySelector("main header")!.TextContent, StringComparison.Ordinal);
        var china = _built.Links.Page("events/china-russia-iran-accept-taliban-diplomats/index.html");
        Assert.Equal("contradicted by other sources", china.QuerySelector("main header a.mark-contradicted")!.TextContent);
        Assert.Null(_built.Links.Page("events/supreme-court-delists-taliban/index.html").QuerySelector("a.mark-disagree"));
        Assert.NotNull(_built.Links.Page("events/russia-recognises-taliban/index.html").GetElementById("disagreement"));
    }

    [Fact]
    public void The_home_page_carries_the_judgements_disputes_stages_gaps_and_reliability_table()
    {
        var briefing = _built.Result.Book!.Content.Book.Briefing;
        var home = _built.Links.Page("index.html");

        Assert.False(string.IsNullOrWhiteSpace(home.QuerySelector("#bottom-line .lede")?.TextContent));
        Assert.InRange(briefing.Judgements.Count, 4, 6);
        Assert.Equal(briefing.Judgements.Select(j => j.Text), home.QuerySelectorAll("#judgements ol.judgements > li .point").Select(p => p.TextContent));
        Assert.Equal(briefing.Uncertain.Select(u => u.Text), home.QuerySelectorAll("#uncertain li .point").Select(p => p.TextContent));
        Assert.Equal(briefing.Stages.Select(s => s.Title), home.QuerySelectorAll("#stages ol.stages > li h3").Select(h => h.TextContent));
        Assert.NotEmpty(home.QuerySelectorAll("#gaps li"));

        // One reliability row per source, each linking to its source page and giving a confidence.
        var rows = home.QuerySelectorAll("#reliability tbody tr");
        var linked = rows.Select(r => _built.Links.Target("index.html", r.QuerySelector("th a")!.GetAttribute("href")!)).Order().ToArray();
        Assert.Equal(_built.Result.Book!.Content.Sources.Select(s => $"sources/{s.Id}/index.html").Order(), linked);
        Assert.All(rows, r => Assert.Contains(r.QuerySelector(".confidence")!.TextContent, new[] { "high", "medium", "low" }));

        // Every judgement cites at least one source, and each citation leads to that source's page.
        foreach (var (judgement, item) in briefing.Judgements.Zip(home.QuerySelectorAll("#judgements ol.judgements > li")))
        {
            var sources = item.QuerySelectorAll("a").Select(a => _built.Links.Target("index.html", a.GetAttribute("href")!)).Where(t => t.StartsWith("sources/", StringComparison.Ordinal)).ToArray();
            Assert.NotEmpty(judgement.Sources);
            Assert.Equal(judgement.Sources.Select(s => $"sources/{s.Id}/index.html"), sources);
        }

        // Every disputed point names the reporting note that argues it, as a link to the note's anchor.
        Assert.All(home.QuerySelectorAll("#uncertain li"), li => Assert.Contains(li.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("notes/index.html#note-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Events_resting_on_one_garbled_sentence_say_so_wherever_they_are_listed()
    {
        var garbled = _built.Result.Book!.Content.Events.Where(e => e.RestsOnGarbled).Select(e => e.Id).Order().ToArray();
        Assert.Equal(["lavrov-pragmatic-policy", "russia-lists-taliban-as-terrorist"], garbled);

        var chronology = _built.Links.Page("chronology/index.html");
        var badged = chronology.QuerySelectorAll("ol.chrono > li:not(.ending)").Where(li => li.QuerySelector(".mark-garbled") is not null)
            .Select(li => li.QuerySelector("a.line-title")!.GetAttribute("href")!.Split('/')[^2]).Order().ToArray();
        Assert.Equal(garbled, badged);
        Assert.NotNull(_built.Links.Page("events/russia-lists-taliban-as-terrorist/index.html").QuerySelector("main header .mark-garbled"));
        var keyDate = _built.Links.Page("index.html").QuerySelectorAll("#key-dates li.event-line").Single(li => li.QuerySelector("a")!.GetAttribute("href")!.Contains("/russia-lists-taliban-as-terrorist/", StringComparison.Ordinal));
        Assert.Equal("rests on a garbled sentence", keyDate.QuerySelector(".mark-garbled")!.TextContent);
    }

    public sealed class Built : IDisposable
    {
        public Built()
        {
            Output = Path.Combine(Path.GetTempPath(), "bb-real-" + Guid.NewGuid().ToString("N"), "_site");
            Result = BookBuilder.Build(new BuildOptions(RepoPaths.Root, Output));
            Links = new SiteLinkChecker(Output);
        }

        public string Output { get; }

        public BuildResult Result { get; }

        public SiteLinkChecker Links { get; }

        public void Dispose() => Directory.Delete(Path.GetDirectoryName(Output)!, recursive: true);
    }
}
