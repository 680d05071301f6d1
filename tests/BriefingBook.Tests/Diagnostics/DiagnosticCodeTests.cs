using System.Text.RegularExpressions;
using BriefingBook.Diagnostics;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Diagnostics;

/// <summary>The codes, the library and docs/diagnostics.md agree: every code is documented, used, and unique.</summary>
public sealed partial class DiagnosticCodeTests
{
    private static readonly string Source = Path.Combine(RepoPaths.Root, "src", "BriefingBook");

    [Fact]
    public void Codes_are_unique_and_named_by_their_area()
    {
        Assert.NotEmpty(DiagnosticCodes.All);
        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(c => c.Id).Distinct().Count());
        Assert.All(DiagnosticCodes.All, c => Assert.Matches("^BB0[1-6][0-9][0-9]$", c.Id));
        Assert.All(DiagnosticCodes.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Title)));
    }

    [Fact]
    public void Every_code_is_documented_and_every_documented_code_exists()
    {
        var documented = DocumentedCodes().ToHashSet(StringComparer.Ordinal);
        var defined = DiagnosticCodes.All.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(defined.Except(documented));
        Assert.Empty(documented.Except(defined));
    }

    [Fact]
    public void Every_code_is_used_by_the_library()
    {
        var text = string.Concat(Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "DiagnosticCodes.cs")
            .Select(File.ReadAllText));
        var names = typeof(DiagnosticCodes).GetFields().Where(f => f.FieldType == typeof(DiagnosticCode)).Select(f => f.Name);

        var unused = names.Where(n => !text.Contains("DiagnosticCodes." + n, StringComparison.Ordinal)).ToList();

        Assert.True(unused.Count == 0, "unused: " + string.Join(", ", unused));
    }

    [Fact]
    public void A_diagnostic_prints_its_code_after_the_severity_on_one_line()
    {
        var d = new Diagnostic(Severity.Warning, new SourceLocation("seeds/a.txt", 1), "seed has no source entry\n::error::x", DiagnosticCodes.SeedWithoutEntry);

        Assert.Equal("seeds/a.txt:1: warning BB0404: seed has no source entry<U+000A>::error::x", d.ToString());
    }

    [Fact]
    public void Warnings_as_errors_promote_warnings_recorded_and_replayed()
    {
        var cached = new DiagnosticBag();
        cached.Warning(DiagnosticCodes.SharedName, new SourceLocation("a.md", 1), "cached");
        var bag = new DiagnosticBag { WarningsAsErrors = true };
        bag.Warning(DiagnosticCodes.ActorListedTwice, new SourceLocation("b.md", 2), "fresh");
        bag.AddRange(cached.ToList());

        Assert.True(bag.HasErrors);
        Assert.All(bag.Sorted(), d => Assert.Equal(Severity.Error, d.Severity));
        Assert.False(cached.HasErrors);
    }

    private static IEnumerable<string> DocumentedCodes() =>
        File.ReadLines(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"))
            .Select(l => DocumentedRow().Match(l))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"^\| (BB\d{4}) \|")]
    private static partial Regex DocumentedRow();
}
