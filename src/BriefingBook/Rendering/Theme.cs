using System.Text.RegularExpressions;
using BriefingBook.Content;
using BriefingBook.Content.Inputs;
using BriefingBook.Diagnostics;
using BriefingBook.Rendering.Templates;
using BriefingBook.Rendering.Views;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingBook.Rendering;

/// <summary>
/// The parsed Scriban templates of a theme. Layouts and partials come from <c>themes/&lt;name&gt;/layouts</c> and
/// <c>/partials</c> (<c>.sbn</c> files); a file of the same name in the project's <c>layouts/</c> (or
/// <c>layouts/partials/</c>) replaces the theme's, as in Hugo. Parsed and checked once per theme; rendering is
/// then safe from many threads (each page gets its own <see cref="PageContext"/>).
/// </summary>
public sealed partial class Theme
{
    /// <summary>The page layouts every theme must provide; <c>base</c> wraps each of the others.</summary>
    public static readonly string[] RequiredLayouts = ["base", "home", "actors", "actor", "chronology", "event", "sources", "source", "notes", "coverage", "404"];

    /// <summary>The extension of layout and partial files.</summary>
    public const string Extension = ".sbn";

    // Scriban's builtin functions, built once: a context made per page would otherwise build them per page.
    private static readonly ScriptObject Builtins = CreateBuiltins();

    private readonly Dictionary<string, (string File, Template Template)> _layouts;
    private readonly PartialLoader _partials;

    private Theme(Dictionary<string, (string, Template)> layouts, PartialLoader partials, IReadOnlyList<ThemeAsset> assets)
    {
        _layouts = layouts;
        _partials = partials;
        Assets = assets;
    }

    /// <summary>The theme's static files (stylesheet, fonts), checked like every input, copied to the site's <c>assets/</c>.</summary>
    public IReadOnlyList<ThemeAsset> Assets { get; }

    public static Theme? Load(BookPaths paths, string name, BookFiles inputs, InputLimits limits, DiagnosticBag diagnostics)
    {
        var themeDir = Path.Combine(paths.Themes, name);
        if (!Directory.Exists(themeDir)) return null; // reported by the loader, with a suggestion

        var failed = false;
        (string File, Template Template)? Parse(string file, bool partial = false)
        {
            var text = inputs.ReadText(file, limits.TemplateBytes, "template");
            if (text is null)
            {
                failed = true;
                return null;
            }

            var relative = paths.Relative(file);
            // A template still in Handlebars gets one plain message, not Scriban's puzzled parse errors.
            if (ReportOldSyntax(relative, text, diagnostics))
            {
                failed = true;
                return null;
            }

            // A partial is usually used inline; the newline that ends its file must not end up in the page.
            var template = Template.Parse(partial ? text.TrimEnd('\r', '\n') : text, relative);
            if (template.HasErrors)
            {
                // Scriban's messages carry their own "file(line,col) : error : " prefix; the line becomes ours.
                foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error).DistinctBy(m => m.Span.Start.Line))
                    diagnostics.Error(new SourceLocation(relative, message.Span.Start.Line + 1), "template error: " + message.Message);
                failed = true;
                return null;
            }

            return (relative, template);
        }

        var partials = new Dictionary<string, (string File, Template Template)>(StringComparer.Ordinal);
        var broken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (partialName, file) in Overlay(inputs, Path.Combine(themeDir, "partials"), Path.Combine(paths.Layouts, "partials"), paths, diagnostics))
        {
            if (Parse(file, partial: true) is { } parsed) partials[partialName] = parsed;
            else broken.Add(partialName);
        }

        var files = Overlay(inputs, Path.Combine(themeDir, "layouts"), paths.Layouts, paths, diagnostics);
        var layouts = new Dictionary<string, (string File, Template Template)>(StringComparer.Ordinal);
        foreach (var layout in RequiredLayouts)
        {
            if (!files.TryGetValue(layout, out var file))
            {
                diagnostics.Error(new SourceLocation(paths.Relative(Path.Combine(themeDir, "layouts")), 1), $"theme `{name}` has no layout `{layout}{Extension}`");
                failed = true;
                continue;
            }

            if (Parse(file) is { } parsed) layouts[layout] = parsed;
        }

        // Every name a layout or partial uses must exist where it is used. Templates that did not parse are not
        // checked (their structure cannot be trusted); the others are, so one run reports every problem.
        if (!ValueChecker.Check(layouts, partials, broken, diagnostics)) failed = true;

        var assets = LoadAssets(inputs, Path.Combine(themeDir, "assets"), limits, paths, diagnostics);
        // Problems with assets are in the bag, which stops the build before rendering.
        return failed ? null : new Theme(layouts, new PartialLoader(partials), assets);
    }

    /// <summary>
    /// A Handlebars tag left in a Scriban template (<c>{{#each …}}</c>, <c>{{/if}}</c>, <c>{{> partial}}</c>)
    /// usually parses as something else or as nothing; say what it became, at its line.
    /// </summary>
    private static bool ReportOldSyntax(string file, string text, DiagnosticBag diagnostics)
    {
        // `{{# note }}` is a Scriban comment, so only Handlebars' block words count after `#`.
        if (HandlebarsTag().Match(text) is not { Success: true } tag) return false;
        var line = 1 + text.AsSpan(0, tag.Index).Count('\n');
        var shown = text[tag.Index..].Split('\n')[0];
        shown = shown.Contains("}}", StringComparison.Ordinal) ? shown[..(shown.IndexOf("}}", StringComparison.Ordinal) + 2)] : shown;
        diagnostics.Error(new SourceLocation(file, line),
            $"template error: `{shown}` is Handlebars; templates are Scriban now: `{{{{ if x }}}}…{{{{ end }}}}`, `{{{{ for x in xs }}}}…{{{{ end }}}}`, `{{{{ include \"name\" }}}}` (see docs/theming.md)");
        return true;
    }

    [GeneratedRegex(@"\{\{~?\s*(?:#(?:each|if|unless|with|>)\b|/\s*(?:each|if|unless|with)\b|>|\^|\{)")]
    private static partial Regex HandlebarsTag();

    private static List<ThemeAsset> LoadAssets(BookFiles inputs, string folder, InputLimits limits, BookPaths paths, DiagnosticBag diagnostics)
    {
        var assets = new List<ThemeAsset>();
        foreach (var file in inputs.List(folder, _ => true, recursive: true))
        {
            var size = new FileInfo(file).Length;
            if (size > limits.AssetBytes)
            {
                diagnostics.Error(new SourceLocation(paths.Relative(file), 1),
                    $"`{paths.Relative(file)}` is {InputLimits.Describe(size)}, over the {InputLimits.Describe(limits.AssetBytes)} limit for an asset (raise `limits: asset:` in content/book.yml if it is really needed)");
                continue;
            }

            assets.Add(new ThemeAsset(Path.GetRelativePath(folder, file).Replace('\\', '/'), file));
        }

        return assets;
    }

    /// <summary>Renders a page's own layout, then wraps it in <c>base</c> with the result as <c>content</c>.</summary>
    /// <exception cref="TemplateException">A template failed at run time, e.g. a value was null where a member of it was read.</exception>
    public string Render(string layout, string pageUrl, PageView page, Func<string, FrameView> wrap)
    {
        if (!LayoutModels.ByLayout.TryGetValue(layout, out var models) || !models.Contains(page.GetType()))
        {
            // The checker vouched for the layout against these models only; anything else could render names it never checked.
            throw new TemplateException(_layouts[layout].File, pageUrl.Length == 0 ? "/" : pageUrl,
                $"layout `{layout}` is checked against {string.Join(" or ", models?.Select(m => m.Name) ?? [])}, not {page.GetType().Name}");
        }

        var content = Apply(layout, pageUrl, page);
        var html = Apply("base", pageUrl, wrap(content));
        if (ScriptFreeHtml.FindScript(html) is { } script)
        {
            // Escaping failed somewhere (a bug, or a template assembling markup from pieces): publish nothing.
            throw new TemplateException(_layouts[layout].File, pageUrl.Length == 0 ? "/" : pageUrl,
                $"the page would carry {script}; the book's pages carry no script, so a template is writing a value as markup");
        }

        return html;
    }

    private string Apply(string layout, string pageUrl, object model)
    {
        var (file, template) = _layouts[layout];
        var context = new PageContext(Builtins, _partials);
        foreach (var (name, (_, partial)) in _partials.Parsed) context.CachedTemplates[name] = partial;
        var globals = new ScriptObject(StringComparer.Ordinal);
        foreach (var member in ViewMembers.Of(model.GetType())!.Values) globals.SetValue(member.Name, ViewAccessor.Value(member, model), readOnly: true);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            // The span names the layout or partial and the line where it failed.
            var where = string.IsNullOrEmpty(e.Span.FileName) ? file : e.Span.FileName;
            throw new TemplateException(where, pageUrl.Length == 0 ? "/" : pageUrl, e.OriginalMessage, e.Span.Start.Line + 1);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or FormatException or InvalidCastException)
        {
            throw new TemplateException(file, pageUrl.Length == 0 ? "/" : pageUrl, e.Message);
        }
    }

    private static ScriptObject CreateBuiltins()
    {
        var builtins = new TemplateContext().BuiltinObject;
        builtins.Import(typeof(ThemeFunctions));
        builtins.SetValue("include", new PartialInclude((IScriptCustomFunction)builtins["include"]!), readOnly: true);
        return builtins;
    }

    /// <summary>Template files by name (file name without <c>.sbn</c>), the override folder winning. A leftover <c>.hbs</c> is reported: it would be ignored silently.</summary>
    private static Dictionary<string, string> Overlay(BookFiles inputs, string themeFolder, string overrideFolder, BookPaths paths, DiagnosticBag diagnostics)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in new[] { themeFolder, overrideFolder })
        {
            foreach (var file in inputs.List(folder, f => f.EndsWith(Extension, StringComparison.Ordinal) || f.EndsWith(".hbs", StringComparison.Ordinal), recursive: false))
            {
                if (file.EndsWith(".hbs", StringComparison.Ordinal))
                {
                    diagnostics.Warning(new SourceLocation(paths.Relative(file), 1),
                        $"`{Path.GetFileName(file)}` is a Handlebars template, which BriefingBook no longer reads; rename it to `{Path.GetFileNameWithoutExtension(file)}{Extension}` and convert it to Scriban (see docs/theming.md)");
                    continue;
                }

                files[Path.GetFileNameWithoutExtension(file)] = file;
            }
        }

        return files;
    }
}
