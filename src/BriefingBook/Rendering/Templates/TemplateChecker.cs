using System.Text.RegularExpressions;
using BriefingBook.Diagnostics;

namespace BriefingBook.Rendering.Templates;

/// <summary>
/// Reads a Handlebars layout or partial as a list of tags, before Handlebars.Net compiles it, and reports
/// what would otherwise fail only while rendering, or at line 1, or not at all: a partial that does not
/// exist, an unknown helper, a helper given the wrong arguments, an unclosed or stray block, unbalanced
/// braces, and unescaped output (<c>{{{x}}}</c>) of anything but the HTML the renderer builds itself (values
/// named <c>…_html</c>, and <c>content</c> in <c>base</c>). Each at the template's real line, for every
/// template, without rendering a page. Handlebars.Net's own messages carry no usable position.
/// </summary>
internal static partial class TemplateChecker
{
    private static readonly HashSet<string> BlockHelpers = ["if", "unless", "each", "with"];

    /// <summary>Simple helpers and how many arguments each takes.</summary>
    private static readonly Dictionary<string, (int Min, int Max, string Usage)> Helpers = new(StringComparer.Ordinal)
    {
        ["plural"] = (2, 3, "{{plural count \"event\"}} or {{plural count \"child\" \"children\"}}"),
        ["lookup"] = (2, 2, "{{lookup object key}}"),
        ["log"] = (1, int.MaxValue, "{{log value}}"),
    };

    /// <summary>Checks one template; true when it had no problem. <paramref name="file"/> is how diagnostics name it.</summary>
    public static bool Check(string file, string text, IReadOnlySet<string> partials, DiagnosticBag diagnostics)
    {
        var ok = true;
        var open = new Stack<(string Name, int Line)>();
        void Error(int line, string message)
        {
            diagnostics.Error(new SourceLocation(file, line), "template error: " + message);
            ok = false;
        }

        foreach (var tag in TemplateTags.Read(text))
        {
            if (tag.Problem is { } problem)
            {
                Error(tag.Line, problem);
                return false;
            }

            CheckTag(tag.Text, tag.Triple, tag.Line, partials, open, Error);
        }

        foreach (var (name, at) in open)
            Error(at, $"`{{{{#{name}}}}}` is never closed: add `{{{{/{name}}}}}`");
        return ok;
    }

    private static void CheckTag(string tag, bool triple, int line, IReadOnlySet<string> partials, Stack<(string Name, int Line)> open, Action<int, string> error)
    {
        if (tag.Length == 0)
        {
            error(line, "an empty `{{}}`");
            return;
        }

        if (tag[0] == '!') return;
        if (triple || tag[0] == '&')
        {
            var raw = triple ? tag : tag[1..].Trim();
            if (!raw.EndsWith("_html", StringComparison.Ordinal) && raw != "content")
                error(line, $"`{(triple ? "{{{" + raw + "}}}" : "{{&" + raw + "}}")}` writes `{raw}` without escaping; only values named `…_html` (HTML the renderer builds) and `content` may be written raw: use `{{{{{raw}}}}}`");
            return;
        }

        switch (tag[0])
        {
            case '>':
                CheckPartial(tag[1..], line, partials, error);
                return;
            case '#' when tag.Length > 1 && tag[1] == '>':
                CheckPartial(tag[2..], line, partials, error);
                open.Push((Words(tag[2..]).FirstOrDefault() ?? ">", line));
                return;
            case '#':
            {
                var words = Words(tag[1..]);
                var name = words.Count > 0 ? words[0] : "";
                if (!BlockHelpers.Contains(name))
                {
                    error(line, $"unknown block helper `#{name}`; blocks are {string.Join(", ", BlockHelpers.Order().Select(b => "#" + b))}");
                    return;
                }

                var args = words.Skip(1).TakeWhile(w => w != "as").Count();
                if (args != 1)
                    error(line, $"`#{name}` takes exactly one value, not {args}: {{{{#{name} value}}}}");
                open.Push((name, line));
                return;
            }

            case '/':
            {
                var name = tag[1..].Trim();
                if (open.Count == 0)
                    error(line, $"`{{{{/{name}}}}}` closes a block that was never opened");
                else if (open.Peek().Name != name)
                    error(line, $"`{{{{/{name}}}}}` closes `{{{{#{open.Peek().Name}}}}}` (opened at line {open.Peek().Line}); close it with `{{{{/{open.Peek().Name}}}}}` first");
                else
                    open.Pop();
                return;
            }

            case '^':
                open.Push((Words(tag[1..]).FirstOrDefault() ?? "^", line));
                return;
        }

        var parts = Words(tag);
        if (parts.Count == 0 || parts[0] is "else") return;
        if (parts.Count == 1 && !Helpers.ContainsKey(parts[0]))
        {
            if (!ValueName().IsMatch(parts[0])) error(line, $"`{{{{{tag}}}}}` is not a value name");
            return;
        }

        if (!Helpers.TryGetValue(parts[0], out var helper))
        {
            error(line, $"unknown helper `{parts[0]}`{Suggestions.DidYouMean(parts[0], Helpers.Keys)}; helpers are {string.Join(", ", Helpers.Keys.Order())}");
            return;
        }

        var count = parts.Count - 1;
        if (count < helper.Min || count > helper.Max)
            error(line, $"`{parts[0]}` given {count} argument{(count == 1 ? "" : "s")}: write {helper.Usage}");
    }

    private static void CheckPartial(string rest, int line, IReadOnlySet<string> partials, Action<int, string> error)
    {
        var name = Words(rest).FirstOrDefault() ?? "";
        if (name.Length == 0)
            error(line, "a partial call `{{>}}` needs the partial's name");
        else if (!partials.Contains(name))
            error(line, $"no partial `{name}`{Suggestions.DidYouMean(name, partials)}; partials are the .hbs files in the theme's partials/ and the project's layouts/partials/");
    }

    private static List<string> Words(string text) => TemplateTags.Words(text);

    [GeneratedRegex(@"^(?:@?[A-Za-z_][A-Za-z0-9_\-]*|\.\.|this|\.)(?:(?:\.|/)(?:[A-Za-z_@][A-Za-z0-9_\-]*|\.\.))*$")]
    private static partial Regex ValueName();
}
