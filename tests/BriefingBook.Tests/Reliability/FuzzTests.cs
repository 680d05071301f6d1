using System.Globalization;
using BriefingBook.Analysis;
using BriefingBook.Content;
using BriefingBook.Content.Articles;
using BriefingBook.Content.Dates;
using BriefingBook.Diagnostics;
using BriefingBook.Rendering;
using BriefingBook.Tests.Support;
using CsCheck;

namespace BriefingBook.Tests.Reliability;

/// <summary>
/// Fuzzing with CsCheck over the four ways hostile text enters a build: front matter, dates, Markdown and
/// seeds. The properties: nothing throws (a stack trace is a bug), every diagnostic is one printable line,
/// and rendered Markdown never carries script. Each property runs for <c>BRIEFINGBOOK_FUZZ_SECONDS</c>
/// (default 3: CI stays fast; set 300 for a long run). A failure prints CsCheck's seed; save the input it
/// prints as a file in <c>FuzzRegressions/</c> and it is run on every test run from then on.
/// </summary>
public sealed class FuzzTests
{
    private static readonly int Seconds = int.TryParse(Environment.GetEnvironmentVariable("BRIEFINGBOOK_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 3;

    /// <summary>Pieces of front matter that are valid, nearly valid, or hostile; a generated file strings some together.</summary>
    private static readonly string[] Fragments =
    [
        "name: Special Envoy\n", "kind: person\n", "kind: person, state\n", "kind: 7\n", "aliases: [envoy, a]\n", "aliases:\n  a: b\n",
        "aliases:\n  - x\n  - \n", "roles:\n  - title: Envoy\n    of: kabul-government\n    from: 2020\n    to: 2019\n", "affiliations: kabul-government\n",
        "title: T\n", "date: 2025-04-21\n", "date: 0000\n", "date: 2025-13\n", "date: 2025-02-30\n", "date: 2020..2019\n", "date: ٢٠٢٥\n", "date: 1980s\n",
        "date: 21st century\n", "date: 99th century\n", "approximate: maybe\n", "actors: [special-envoy]\n", "actors: {a: b}\n",
        "reports:\n  - source: envoy-talks\n    quote: \"The special envoy met\"\n", "reports: []\n", "reports:\n  - 5\n",
        "claims:\n  - source: envoy-talks\n    quote: Kabul\n    says: x\n", "seed: envoy.txt\n", "seed: ../../etc/passwd\n", "headline: H\n",
        "published: 2025\n", "url: javascript:alert(1)\n", "url: https://example.org/\n", "note: \"[x](javascript:alert(1))\"\n",
        "&a [*a]\n", "x: &a [*a]\n", "y: *nothing\n", "[[[[[[[[[[[[\n", "{{{{\n", "\"unclosed\n", "'unclosed\n", "\tkind: person\n", "---\n", "...\n",
        "? complex key\n: value\n", "!!binary aGVsbG8=\n", "key: !custom tag\n", "\u202Ename: evil\n", "name: \"\\u0000\"\n", "name: \u200B\n",
        "\"a\\nb\": 1\n", "::error file=x::y: 1\n", "k: |\n  block\n  text\n", "k: >-\n  folded\n", "%YAML 1.2\n", "- list at root\n", ": no key\n",
        "name: " + new string('x', 3000) + "\n", "a: [" + string.Concat(Enumerable.Repeat("[", 80)) + "\n",
    ];

    private static readonly Gen<string> FrontMatter =
        Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]).Array[0, 12]
            .Select(Gen.String, Gen.Int[0, 3], (parts, noise, where) => string.Concat(parts) + (where == 0 ? noise + "\n" : ""));

    private static readonly string[] Folders = ["actors", "events", "sources", "notes"];

    [Fact]
    public void Front_matter_never_crashes_the_build_and_every_diagnostic_is_one_line()
    {
        using var site = TestSite.Minimal();
        var cases = Gen.Select(FrontMatter, Gen.Int[0, Folders.Length - 1], Gen.String);
        cases.Sample((yaml, folder, markdown) => CheckContent(site, Folders[folder], "---\n" + yaml + "---\n" + markdown), time: Seconds, threads: 1,
            print: c => $"{Folders[c.Item2]}: ---\\n{c.Item1}---\\n{c.Item3}");
    }

    [Fact]
    public void Saved_fuzz_reproducers_stay_fixed()
    {
        using var site = TestSite.Minimal();
        var folder = Path.Combine(RepoPaths.Root, "tests", "BriefingBook.Tests", "Reliability", "FuzzRegressions");
        var files = Directory.GetFiles(folder, "*.md");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            // The file name says which folder of content/ the reproducer goes in: `actors-….md`.
            var kind = Path.GetFileName(file).Split('-')[0];
            Assert.Contains(kind, Folders);
            CheckContent(site, kind, File.ReadAllText(file));
        }
    }

    private static void CheckContent(TestSite site, string folder, string text)
    {
        var path = Path.Combine(site.Root, "content", folder, "fuzzed.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        try
        {
            var diagnostics = new DiagnosticBag();
            var content = ContentLoader.Load(new BookPaths(site.Root), diagnostics);
            ContentValidator.Validate(content, diagnostics);
            BookAnalyser.Analyse(content, diagnostics);
            AssertPrintable(diagnostics.Sorted());
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertPrintable(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var line in diagnostics.Select(d => d.ToString()))
            Assert.True(line.All(c => (c >= ' ' && c != '\u007F' && !VisibleText.IsInvisible(c)) || char.IsSurrogate(c)), "not one printable line: " + line);
    }

    private static readonly Gen<string> DateText = Gen.OneOf(
        Gen.String,
        Gen.Char["0123456789-.s centuryndrdthc٠١٢٣٤٥٦٧٨٩０１２"].Array[0, 24].Select(c => new string(c)),
        Gen.Select(Gen.Int[-5, 10000], Gen.Int[-1, 14], Gen.Int[-1, 33], (y, m, d) => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}-{d:D2}")),
        Gen.Select(Gen.Int[0, 9999], Gen.Int[0, 9999], (a, b) => string.Create(CultureInfo.InvariantCulture, $"{a:D4}..{b:D4}")));

    [Fact]
    public void Any_date_text_parses_or_is_refused_and_what_parses_round_trips()
    {
        DateText.Sample(text =>
        {
            var date = PartialDate.TryParse(text, out var error);
            if (date is null)
            {
                Assert.False(string.IsNullOrEmpty(error));
                return;
            }

            Assert.Equal(date, PartialDate.Parse(date.ToText()));
            Assert.NotEmpty(date.ToDisplay());
            Assert.True(date.Start.Earliest <= date.End.Latest);
        }, time: Seconds, threads: 1);
    }

    private static readonly string[] MarkdownPieces =
    [
        "[a](", "](", ")", "<", ">", "javascript:", "JAVASCRIPT:", "java\tscript:", "data:text/html,", "vbscript:", "&#58;", "&#x3A;", "http://e.org",
        "mailto:a@b.c", "![i](", "[r]: ", "\n", "\n\n", "*", "_", "`", "<script>", "</script>", "<img src=x onerror=alert(1)>", "\"", "'", " ", "x", "|a|b|\n|-|-|\n",
        "www.example.org", "<javascript:alert(1)>", "[x][r]", "\\", "%6A", "&amp;",
    ];

    [Fact]
    public void Any_markdown_renders_without_script_and_checks_without_crashing()
    {
        var markdown = Gen.OneOf(
            Gen.String,
            Gen.Int[0, MarkdownPieces.Length - 1].Select(i => MarkdownPieces[i]).Array[0, 30].Select(string.Concat));
        markdown.Sample(text =>
        {
            var html = MarkdownRenderer.ToHtml(text);
            Assert.Null(ScriptFreeHtml.FindScript(html));
            var diagnostics = new DiagnosticBag();
            EditorsMarkdown.Check("x.md", text, 1, diagnostics);
            AssertPrintable(diagnostics.Sorted());
        }, time: Seconds, threads: 1);
    }

    [Fact]
    public void Any_seed_text_is_cleaned_without_crashing_and_escapes_to_script_free_html()
    {
        var line = Gen.OneOf(Gen.String, Gen.Const("Advertisement"), Gen.Const("Read more"), Gen.Const("The envoy met the minister in Kabul on Monday, officials said in a statement."), Gen.Const("<script>alert(1)</script>"));
        line.Array[0, 60].Select(l => string.Join('\n', l)).Sample(text =>
        {
            var body = BoilerplateRemover.Clean(text);
            foreach (var p in body.Paragraphs) Assert.Null(ScriptFreeHtml.FindScript(Html.Escape(p.Text)));
        }, time: Seconds, threads: 1);
    }
}
