using System.Diagnostics;
using System.Globalization;
using System.Text;
using BriefingBook.Analysis.Duplicates;
using BriefingBook.Content;
using BriefingBook.Content.Model;
using BriefingBook.Diagnostics;

// Times a fresh DuplicateDetector.Find against a DuplicateSession update after one source is added, one is
// edited and one is removed, on a book's sources, and checks each update equals a fresh Find.
// Usage: bench/duplicates.sh BOOK_ROOT [RUNS] [FIRST_N_SOURCES]
var root = args.Length > 0 ? args[0] : "/work/benchbooks/bb10k";
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var content = ContentLoader.Load(new BookPaths(Path.GetFullPath(root)), new DiagnosticBag());
var all = args.Length > 2 ? content.Sources.Take(int.Parse(args[2], CultureInfo.InvariantCulture)).ToArray() : content.Sources;
Console.WriteLine($"{root}: {all.Count} sources");

var clock = Stopwatch.StartNew();
double Time(Action act)
{
    clock.Restart();
    act();
    return clock.Elapsed.TotalMilliseconds;
}

// The source added is one in the middle of the order; the source edited gets a sentence in its longest paragraph.
var newcomer = all[all.Count / 2];
var without = all.Where(s => s != newcomer).ToArray();
var target = all.Where(s => s != newcomer).MaxBy(s => s.Body.Paragraphs.Sum(p => p.Text.Length))!;
var longest = target.Body.Paragraphs.MaxBy(p => p.Text.Length)!;
var edited = target with
{
    Body = target.Body with
    {
        Paragraphs = [.. target.Body.Paragraphs.Select(p => p == longest ? p with { Text = p.Text + " An editor added this sentence to see what a rebuild costs." } : p)],
    },
};
var withEdit = all.Select(s => s == target ? edited : s).ToArray();

IReadOnlyList<DuplicatePassage> found = [];
var fresh = new List<double>();
var add = new List<double>();
var edit = new List<double>();
var remove = new List<double>();
var first = new List<double>();
for (var run = 0; run < runs; run++)
{
    fresh.Add(Time(() => found = DuplicateDetector.Find(all)));
    var session = new DuplicateSession();
    first.Add(Time(() => session.Update(without)));
    IReadOnlyList<DuplicatePassage> after = [];
    add.Add(Time(() => after = session.Update(all)));
    Check("add", after, found);
    edit.Add(Time(() => after = session.Update(withEdit)));
    if (run == 0) Check("edit", after, DuplicateDetector.Find(withEdit));
    remove.Add(Time(() => after = session.Update(without)));
    if (run == 0) Check("remove", after, DuplicateDetector.Find(without));
    Console.WriteLine($"run {run + 1}: fresh Find {fresh[^1]:F0} ms ({found.Count} pairs); session: first update {first[^1]:F0} ms, add one {add[^1]:F1} ms, edit one {edit[^1]:F1} ms, remove one {remove[^1]:F1} ms");
}

static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
Console.WriteLine($"median of {runs}: fresh {Median(fresh):F0} ms; session's first update {Median(first):F0} ms ({Median(first) / Median(fresh):F2}x Find); add one {Median(add):F1} ms ({Median(fresh) / Median(add):F0}x faster), "
    + $"edit one {Median(edit):F1} ms ({Median(fresh) / Median(edit):F0}x), remove one {Median(remove):F1} ms ({Median(fresh) / Median(remove):F0}x)");

static void Check(string step, IReadOnlyList<DuplicatePassage> got, IReadOnlyList<DuplicatePassage> expected)
{
    if (Describe(got) != Describe(expected)) throw new InvalidOperationException($"{step}: the session's result differs from a fresh Find");
}

static string Describe(IReadOnlyList<DuplicatePassage> found)
{
    var text = new StringBuilder();
    foreach (var d in found)
    {
        text.Append(CultureInfo.InvariantCulture, $"{d.First.Source.Id}#{d.First.Paragraph.Number}{(d.First.WholeBody ? "w" : "")} {d.Second.Source.Id}#{d.Second.Paragraph.Number}{(d.Second.WholeBody ? "w" : "")} {d.Similarity:R} {d.Kind} {d.WholeStory} {d.CopiesOfFirst} {d.CopiesOfSecond}");
        foreach (var s in d.Diff) text.Append(CultureInfo.InvariantCulture, $" {s.Op}:{s.Text}");
        foreach (var x in d.Discrepancies) text.Append(CultureInfo.InvariantCulture, $" !{x}");
        text.Append('\n');
    }

    return text.ToString();
}
