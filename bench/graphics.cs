// Times the layout of the graphics on a built book: the actor maps of N actor pages, the home page's actor map and
// the timeline, each twice (the first pass includes compiling GraphShape's code). Layout only: no SVG, no pages.
//   dotnet run bench/graphics.cs -- BOOK_ROOT [ACTORS=1000]
// Results: docs/benchmarks.md, "Graphics".
#:project ../src/BriefingBook/BriefingBook.csproj
#:property TreatWarningsAsErrors=false
using System.Diagnostics;
using BriefingBook;
using BriefingBook.Rendering.Graphics;

var result = BookBuilder.Check(args[0]);
if (!result.Succeeded || result.Book is not { } book)
{
    Console.Error.WriteLine("the book has errors: run briefingbook check");
    return 1;
}

var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000;
var graphs = book.Actors.Take(count).Select(a => ActorGraph.Ego(book, a.Id)).ToList();
for (var pass = 1; pass <= 2; pass++)
{
    var sw = Stopwatch.StartNew();
    foreach (var g in graphs) ActorMapLayout.Of(g);
    var ego = sw.Elapsed.TotalMilliseconds;
    sw.Restart();
    ActorMapLayout.Of(ActorGraph.WholeBook(book));
    var home = sw.Elapsed.TotalMilliseconds;
    sw.Restart();
    var timeline = TimelineLayout.Of(book.Years);
    var line = sw.Elapsed.TotalMilliseconds;
    Console.WriteLine($"pass {pass}: {graphs.Count} actor maps {ego:0} ms, home map {home:0} ms, timeline {line:0} ms ({timeline.Marks.Count} marks, {timeline.Lanes} lanes)");
}

return 0;
