using System.Text.Encodings.Web;
using System.Text.Json;

namespace BriefingBook.Diagnostics;

/// <summary>
/// <c>check --format sarif</c>: a SARIF 2.1.0 log with one run. The driver lists every code as a rule (so a
/// result's <c>ruleIndex</c> is stable whatever the book's problems), and each result points at its file,
/// relative to the <c>%SRCROOT%</c> base (the book's folder; absolute paths would differ between machines), and
/// its line.
/// </summary>
public static class SarifLog
{
    public const string RootBase = "%SRCROOT%";

    public static string Write(IReadOnlyList<Diagnostic> diagnostics, string toolVersion)
    {
        var rules = DiagnosticCodes.All;
        var index = rules.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "BriefingBook");
            json.WriteString("version", toolVersion);
            json.WriteStartArray("rules");
            foreach (var code in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", code.Id);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", code.Title);
                json.WriteEndObject();
                json.WriteStartObject("help");
                json.WriteString("text", $"See docs/diagnostics.md, {code.Id}.");
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(RootBase);
            json.WriteStartObject("description");
            json.WriteString("text", "The book's folder (holding content/ and seeds/).");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.Code.Id);
                json.WriteNumber("ruleIndex", index[d.Code.Id]);
                json.WriteString("level", d.Severity == Severity.Error ? "error" : "warning");
                json.WriteStartObject("message");
                json.WriteString("text", d.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", RelativeUri(d.Location.File));
                json.WriteString("uriBaseId", RootBase);
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", Math.Max(d.Location.Line, 1));
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>A relative URI reference: each path segment percent-encoded, so spaces or <c>#</c> in a file name stay part of the path.</summary>
    public static string RelativeUri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
}
