using System.Globalization;
using BriefingBook;

// Builds a book once and prints, per stage, the bytes allocated on every thread (GC.GetTotalAllocatedBytes
// with precise counts), the heap size after the stage and the process's peak working set.
// Usage: StageAllocations ROOT OUTPUT
//        StageAllocations --extract SEEDS   (only the article extraction of every seed, on one thread)
if (args is ["--extract", var seedFolder])
{
    var files = Directory.GetFiles(seedFolder).Order(StringComparer.Ordinal).ToArray();
    var texts = files.Select(File.ReadAllText).ToArray();
    var before = GC.GetAllocatedBytesForCurrentThread();
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var paragraphs = 0;
    for (var i = 0; i < files.Length; i++) paragraphs += BriefingBook.Content.Articles.ArticleExtractor.Extract(files[i], texts[i]).Paragraphs.Count;
    var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
    Console.WriteLine($"extract: {files.Length} seeds, {texts.Sum(t => (long)t.Length) / 1048576.0:0.0} M chars, {paragraphs} paragraphs, "
        + $"{allocated / 1048576.0:0} MiB allocated, {clock.ElapsedMilliseconds} ms");
    return 0;
}

if (args is ["--render", var bookRoot])
{
    // The article bodies of every source page, on one thread.
    var checkedBook = BookBuilder.Check(bookRoot).Book ?? throw new InvalidOperationException("the book did not load");
    long Measure(Func<BriefingBook.Content.Model.Source, object> work)
    {
        var start = GC.GetAllocatedBytesForCurrentThread();
        foreach (var source in checkedBook.Content.Sources) work(source);
        return GC.GetAllocatedBytesForCurrentThread() - start;
    }

    var body = Measure(s => BriefingBook.Rendering.ArticleHtml.Render(checkedBook, s, new BriefingBook.Rendering.Links(BriefingBook.Rendering.SiteUrls.Source(s.Id), false)));
    Console.WriteLine($"render: {checkedBook.Content.Sources.Count} sources; article bodies {body / 1048576.0:0} MiB");
    return 0;
}

if (args is ["--scan", var siteFolder])
{
    // The script check of every page of a built site, on one thread.
    var pages = Directory.GetFiles(siteFolder, "*.html", SearchOption.AllDirectories).Select(File.ReadAllText).ToArray();
    var start = GC.GetAllocatedBytesForCurrentThread();
    var found = pages.Count(p => BriefingBook.Rendering.ScriptFreeHtml.FindScript(p) is not null);
    Console.WriteLine($"scan: {pages.Length} pages, {pages.Sum(p => (long)p.Length) / 1048576.0:0} M chars, {found} with script, {(GC.GetAllocatedBytesForCurrentThread() - start) / 1048576.0:0} MiB allocated");
    return 0;
}

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: StageAllocations ROOT OUTPUT");
    return 2;
}

var marks = new List<(string Stage, long Allocated, long Heap)>();
void Mark(string stage) => marks.Add((stage, GC.GetTotalAllocatedBytes(precise: true), GC.GetTotalMemory(forceFullCollection: false)));

var result = BookBuilder.Build(new BuildOptions(args[0], args[1], StageStarted: Mark));
Mark("end");

static string Mib(long bytes) => (bytes / 1048576.0).ToString("#,0", CultureInfo.InvariantCulture);
Console.WriteLine($"{"stage",-10} {"allocated MiB",14} {"heap after MiB",15}");
for (var i = 0; i + 1 < marks.Count; i++)
    Console.WriteLine($"{marks[i].Stage,-10} {Mib(marks[i + 1].Allocated - marks[i].Allocated),14} {Mib(marks[i + 1].Heap),15}");
Console.WriteLine($"{"total",-10} {Mib(marks[^1].Allocated),14}");
Console.WriteLine($"peak working set {Mib(Environment.WorkingSet)} MiB now, {Mib(System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64)} MiB peak; {result.FilesWritten} files");
return result.Succeeded ? 0 : 1;
