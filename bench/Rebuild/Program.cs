using System.Diagnostics;
using System.Globalization;
using BriefingBook;
using BriefingBook.Engine;
using BriefingBook.Publishing;

// Usage: dotnet run -c Release --project bench/Rebuild -- BOOK [EDITS]
// Copies nothing: edits BOOK in place and restores every file it touched. Prints each stage's time per rebuild,
// then the median and maximum of the whole rebuild (save → the sink holds the new pages).
var root = Path.GetFullPath(args.Length > 0 ? args[0] : throw new ArgumentException("usage: Rebuild BOOK [EDITS]"));
var edits = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
var session = BookPipeline.CreateDefault().OpenSession(new BuildOptions(root, ""), expectRebuilds: true);
var sink = new MemorySink();
var clock = Stopwatch.StartNew();
var first = session.Build(sink);
Console.WriteLine($"first build: {clock.ElapsedMilliseconds} ms, {first.FilesWritten} files, {first.ErrorCount} errors; {Stages(first)}");

var events = Directory.GetFiles(Path.Combine(root, "content", "events"), "*.md").Order(StringComparer.Ordinal).ToArray();
var times = new List<double>();
var rebuilds = new List<double>();
var eventPages = new List<double>();
for (var i = 0; i < edits; i++)
{
    var file = events[(i * 7919) % events.Length];
    var original = File.ReadAllText(file);
    File.WriteAllText(file, original.Replace("title: ", $"title: Edited {i} ", StringComparison.Ordinal));
    clock.Restart();
    var result = session.Build(sink, [file]);
    var rebuilt = clock.Elapsed.TotalMilliseconds;
    // The preview server renders a page when it is read: the event's page, then the chronology listing it.
    _ = sink.Files[$"events/{Path.GetFileNameWithoutExtension(file)}/index.html"].Length;
    var eventPage = clock.Elapsed.TotalMilliseconds;
    _ = sink.Files["chronology/index.html"].Length;
    times.Add(clock.Elapsed.TotalMilliseconds);
    rebuilds.Add(rebuilt);
    eventPages.Add(eventPage);
    Console.WriteLine($"edit event {Path.GetFileName(file)}: {clock.ElapsedMilliseconds} ms (rebuilt {rebuilt:0}, event page read {eventPage:0}), re-planned {result.Rendered}; {Stages(result)}");
    File.WriteAllText(file, original);
    session.Build(sink, [file]);
}

times.Sort();
rebuilds.Sort();
eventPages.Sort();
Console.WriteLine($"event edit → rebuilt: p50 {rebuilds[rebuilds.Count / 2]:0} ms, max {rebuilds[^1]:0} ms; → its page read: p50 {eventPages[eventPages.Count / 2]:0} ms, max {eventPages[^1]:0} ms; → the chronology read too: p50 {times[times.Count / 2]:0} ms, max {times[^1]:0} ms over {times.Count} edits");

// A new seed, described: its source page and the duplicate notes.
var seeds = Directory.GetFiles(Path.Combine(root, "seeds")).Order(StringComparer.Ordinal).ToArray();
var newSeed = Path.Combine(root, "seeds", "zz-bench-new.txt");
var newEntry = Path.Combine(root, "content", "sources", "zz-bench-new.md");
File.Copy(seeds[0], newSeed);
File.WriteAllText(newEntry, "---\nseed: zz-bench-new.txt\nheadline: A new seed\noutlet: Bench\npublished: 2024-01-01\n---\n");
clock.Restart();
var added = session.Build(sink, [newSeed, newEntry]);
_ = sink.Files["sources/zz-bench-new/index.html"].Length;
Console.WriteLine($"add a seed → pages updated: {clock.ElapsedMilliseconds} ms, rendered {added.Rendered}, {added.ErrorCount} errors; {Stages(added)}");
File.Delete(newSeed);
File.Delete(newEntry);
return 0;

static string Stages(BuildResult r) =>
    string.Join(", ", r.Stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Elapsed.TotalMilliseconds:0}")))
    + " (" + string.Join(", ", r.Steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Step} {s.Elapsed.TotalMilliseconds:0}"))) + ")";
