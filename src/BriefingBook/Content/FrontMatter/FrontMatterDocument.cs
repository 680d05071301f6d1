using BriefingBook.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BriefingBook.Content.FrontMatter;

/// <summary>
/// A content file split into its YAML front matter and the Markdown after it. YAML is read through
/// YamlDotNet's representation model, not deserialised into classes, because every key and value must
/// keep its line for diagnostics and unknown keys must be reported, not ignored.
/// </summary>
public sealed class FrontMatterDocument
{
    private FrontMatterDocument(YamlMap fields, string markdown, int markdownLine)
    {
        Fields = fields;
        Markdown = markdown;
        MarkdownLine = markdownLine;
    }

    public YamlMap Fields { get; }

    /// <summary>The Markdown after the closing <c>---</c>, trimmed; empty when there is none.</summary>
    public string Markdown { get; }

    /// <summary>The line of the file on which <see cref="Markdown"/> starts (1-based).</summary>
    public int MarkdownLine { get; }

    /// <summary>Reads a Markdown file with front matter; null (with a diagnostic) when it cannot be read at all.</summary>
    public static FrontMatterDocument? Parse(string file, string text, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r', ' ', '\t') != "---")
        {
            diagnostics.Error(DiagnosticCodes.NoFrontMatter, new SourceLocation(file, 1), "the file must start with YAML front matter: a line `---`, the fields, and another `---`");
            return null;
        }

        var close = -1;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r', ' ', '\t');
            if (line is "---" or "...")
            {
                close = i;
                break;
            }
        }

        if (close < 0)
        {
            diagnostics.Error(DiagnosticCodes.UnclosedFrontMatter, new SourceLocation(file, 1), "the front matter is never closed: add a line `---` after the last field");
            return null;
        }

        var yaml = string.Join('\n', lines[1..close]);
        var map = ParseYaml(file, yaml, firstLine: 2, diagnostics);
        if (map is null) return null;
        var after = string.Join('\n', lines[(close + 1)..]);
        var markdown = after.Trim();
        var skipped = markdown.Length == 0 ? 0 : after.AsSpan(0, after.IndexOf(markdown, StringComparison.Ordinal)).Count('\n');
        var markdownLine = close + 2 + skipped;
        EditorsMarkdown.Check(file, markdown, markdownLine, diagnostics);
        return new FrontMatterDocument(map, markdown, markdownLine);
    }

    /// <summary>Reads a whole YAML file (such as <c>book.yml</c>) as one mapping.</summary>
    public static YamlMap? ParseYamlFile(string file, string text, DiagnosticBag diagnostics) =>
        ParseYaml(file, text, firstLine: 1, diagnostics);

    private static YamlMap? ParseYaml(string file, string yaml, int firstLine, DiagnosticBag diagnostics)
    {
        var offset = firstLine - 1;
        var stream = new YamlStream();
        try
        {
            if (TabIndentedLine(yaml) is { } tabbed)
            {
                diagnostics.Error(DiagnosticCodes.TabIndentation, new SourceLocation(file, tabbed + offset), "a tab in the indentation: YAML indents with spaces only");
                return null;
            }

            if (YamlGuard.Check(yaml) is { } refused)
            {
                diagnostics.Error(DiagnosticCodes.YamlOverLimits, new SourceLocation(file, Math.Max(refused.Line, 1) + offset), refused.Message);
                return null;
            }

            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // An unclosed bracket or quote is only noticed at the end of the input; point at the last line
            // that has content, which is where the editor left it open, not at the closing `---`.
            var lines = yaml.Split('\n');
            var lastContent = Array.FindLastIndex(lines, l => l.Trim().Length > 0) + 1;
            var line = Math.Clamp((int)e.Start.Line, 1, Math.Max(lastContent, 1)) + offset;
            diagnostics.Error(DiagnosticCodes.MalformedYaml, new SourceLocation(file, line), "malformed YAML: " + PlainYamlMessage(e));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner throws this (with no position) on some broken flow collections, e.g. `[a, b`.
            diagnostics.Error(DiagnosticCodes.MalformedYaml, new SourceLocation(file, firstLine), "malformed YAML: check for an unclosed `[`, `{` or quote");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new YamlMap(file, offset, new YamlMappingNode(), diagnostics, new SourceLocation(file, Math.Max(firstLine - 1, 1)));

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterNotFields, new SourceLocation(file, firstLine), "the front matter must be a list of `key: value` fields");
            return null;
        }

        return new YamlMap(file, offset, root, diagnostics, new SourceLocation(file, Math.Max(firstLine - 1, 1)));
    }

    /// <summary>The first line (1-based) whose indentation holds a tab; YamlDotNet reports those at the line before.</summary>
    private static int? TabIndentedLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            if (line.AsSpan(0, indent).Contains('\t') && line.Trim().Length > 0) return i + 1;
        }

        return null;
    }

    private static string PlainYamlMessage(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (Line: ...): "; we print our own line.
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (cut >= 0) message = message[(cut + 3)..];
        if (message.StartsWith("Duplicate key ", StringComparison.Ordinal))
            return $"the field `{message["Duplicate key ".Length..]}` appears twice";
        return message.TrimEnd('.');
    }
}
