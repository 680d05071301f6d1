using System.Text.Json;
using BriefingBook.Diagnostics;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Diagnostics;

/// <summary>
/// <c>check --format github|sarif|json</c> on a book with several broken files: the GitHub workflow commands and the
/// SARIF log are snapshot-tested (Diagnostics/Snapshots/), the SARIF log is checked against the 2.1.0 format's
/// required properties, and the real command prints the same.
/// </summary>
public sealed class DiagnosticFormatTests
{
    private static readonly string Snapshots = Path.Combine(RepoPaths.Root, "tests", "BriefingBook.Tests", "Diagnostics", "Snapshots");

    /// <summary>Errors in three files, one with a comma in its name and one quoting `%`, `:` and `,`; and a warning.</summary>
    private static TestSite BrokenBook()
    {
        var site = TestSite.Minimal();
        site.WriteEvent(actors: "[special-envoi]", quote: "The special envoy met the foreign minister, officials said");
        site.Write("content/actors/kabul-government.md", "---\nname: Kabul Government\nkind: organisation\nali%as: [Kabul: 100%]\n---\n");
        site.Write("content/actors/bad,id.md", "---\nname: Bad\nkind: person\n---\n");
        site.Write("seeds/unlisted.txt", TestSite.SeedText);
        return site;
    }

    [Fact]
    public void GitHub_annotations_match_the_snapshot()
    {
        using var site = BrokenBook();

        Verify("broken-book.github.txt", GitHubAnnotations.Write(site.Check().Diagnostics));
    }

    [Fact]
    public void Sarif_log_matches_the_snapshot()
    {
        using var site = BrokenBook();

        Verify("broken-book.sarif.json", SarifLog.Write(site.Check().Diagnostics, "0.0.0-test"));
    }

    [Fact]
    public void GitHub_properties_and_messages_are_escaped_as_the_runner_unescapes_them()
    {
        Assert.Equal("a%25b%0D%0Ac", GitHubAnnotations.Data("a%b\r\nc"));
        Assert.Equal("x%3A y%2C z%25", GitHubAnnotations.Property("x: y, z%"));
        var d = new Diagnostic(Severity.Error, new SourceLocation("content/a,b:c.md", 3), "50% off\n::error::forged", DiagnosticCodes.UnknownField);

        var line = GitHubAnnotations.Write([d], pathPrefix: "book");

        Assert.Equal("::error file=book/content/a%2Cb%3Ac.md,line=3,title=BB0207 unknown field::50%25 off<U+000A>::error::forged\n", line);
    }

    [Fact]
    public void Sarif_log_has_the_required_properties_of_SARIF_2_1_0()
    {
        using var site = BrokenBook();
        var diagnostics = site.Check().Diagnostics;

        using var log = JsonDocument.Parse(SarifLog.Write(diagnostics, "1.2.3"));

        // Checked by hand against the SARIF 2.1.0 schema's required properties (sarifLog: version, runs; run: tool;
        // tool: driver; toolComponent: name; reportingDescriptor: id; result: message; message: text), and the
        // properties GitHub's code scanning reads (ruleId, locations, region.startLine).
        var root = log.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("BriefingBook", driver.GetProperty("name").GetString());
        Assert.Equal("1.2.3", driver.GetProperty("version").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(DiagnosticCodes.All.Select(c => c.Id), rules);
        var bases = run.GetProperty("originalUriBaseIds");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(diagnostics.Count, results.Count);
        Assert.Contains(results, r => r.GetProperty("level").GetString() == "warning");
        foreach (var (result, d) in results.Zip(diagnostics))
        {
            Assert.Equal(d.Code.Id, result.GetProperty("ruleId").GetString());
            Assert.Equal(d.Code.Id, rules[result.GetProperty("ruleIndex").GetInt32()]);
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning" });
            Assert.Equal(d.Message, result.GetProperty("message").GetProperty("text").GetString());
            var physical = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            var artifact = physical.GetProperty("artifactLocation");
            var uri = artifact.GetProperty("uri").GetString()!;
            Assert.True(Uri.TryCreate(uri, UriKind.Relative, out _), uri);
            Assert.Equal(d.Location.File, Uri.UnescapeDataString(uri));
            Assert.True(bases.TryGetProperty(artifact.GetProperty("uriBaseId").GetString()!, out _));
            Assert.Equal(d.Location.Line, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        }
    }

    [Fact]
    public void Json_format_holds_every_diagnostic_as_data()
    {
        using var site = BrokenBook();
        var diagnostics = site.Check().Diagnostics;

        using var json = JsonDocument.Parse(DiagnosticJson.Write(diagnostics));

        var items = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(diagnostics.Count(d => d.Severity == Severity.Error), json.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(diagnostics.Count(d => d.Severity == Severity.Warning), json.RootElement.GetProperty("warnings").GetInt32());
        Assert.Equal(diagnostics.Select(d => $"{d.Location.File}:{d.Location.Line} {d.Code.Id} {d.Message}"),
            items.Select(i => $"{i.GetProperty("file").GetString()}:{i.GetProperty("line").GetInt32()} {i.GetProperty("code").GetString()} {i.GetProperty("message").GetString()}"));
    }

    [Fact]
    public void Check_prints_each_format_on_stdout_and_exits_1()
    {
        using var site = BrokenBook();
        var diagnostics = site.Check().Diagnostics;

        var github = Executable.Run("check", "--root", site.Root, "--format", "github");
        var sarif = Executable.Run("check", "--root", site.Root, "--format", "sarif");
        var json = Executable.Run("check", "--root", site.Root, "--format", "json");

        Assert.Equal([1, 1, 1], new[] { github.Exit, sarif.Exit, json.Exit });
        Assert.StartsWith(GitHubAnnotations.Write(diagnostics), github.Stdout, StringComparison.Ordinal);
        Assert.Contains("check: 4 errors, 1 warning", github.Stdout, StringComparison.Ordinal);
        using var log = JsonDocument.Parse(sarif.Stdout);
        Assert.Equal(diagnostics.Count, log.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
        Assert.Contains("check: 4 errors, 1 warning", sarif.Stderr, StringComparison.Ordinal);
        using var data = JsonDocument.Parse(json.Stdout);
        Assert.Equal(4, data.RootElement.GetProperty("errors").GetInt32());
    }

    [Fact]
    public void An_unknown_format_is_refused_plainly()
    {
        using var site = TestSite.Minimal();

        var outcome = Executable.Run("check", "--root", site.Root, "--format", "xml");

        Assert.NotEqual(0, outcome.Exit);
        Assert.Contains("--format must be text, github, sarif or json, not `xml`", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_as_errors_fail_check_and_stop_build()
    {
        using var site = TestSite.Minimal();
        site.Write("seeds/unlisted.txt", TestSite.SeedText);

        var lenient = Executable.Run("check", "--root", site.Root);
        var strict = Executable.Run("check", "--root", site.Root, "--warnings-as-errors");
        var build = Executable.Run("build", "--root", site.Root, "--warnings-as-errors");

        Assert.Equal(0, lenient.Exit);
        Assert.Contains("seeds/unlisted.txt:1: warning BB0404: seed has no source entry", lenient.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, strict.Exit);
        Assert.Contains("seeds/unlisted.txt:1: error BB0404: seed has no source entry", strict.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, build.Exit);
        Assert.False(Directory.Exists(site.Output));
    }

    private static void Verify(string name, string actual)
    {
        var verified = Path.Combine(Snapshots, name);
        var received = verified + ".received";
        if (Snapshot.Accepting)
        {
            Directory.CreateDirectory(Snapshots);
            File.WriteAllText(verified, actual);
        }

        if (File.Exists(verified) && File.ReadAllText(verified).ReplaceLineEndings("\n") == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(Snapshots);
        File.WriteAllText(received, actual);
        Assert.Fail($"{name}: the result differs from the snapshot (or there is none); it is in {received}. Review it and copy it over {verified} (or run BRIEFINGBOOK_ACCEPT_SNAPSHOTS=1 dotnet test).");
    }
}
