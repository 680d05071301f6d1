using System.Text.RegularExpressions;
using BriefingBook.Content;
using BriefingBook.Content.Inputs;
using BriefingBook.Diagnostics;
using BriefingBook.Rendering.Templates;
using BriefingBook.Rendering.Views;
using HandlebarsDotNet;

namespace BriefingBook.Rendering;

/// <summary>
/// The compiled templates of a theme. Layouts and partials come from <c>themes/&lt;name&gt;/layouts</c> and
/// <c>/partials</c>; a file of the same name in the project's <c>layouts/</c> (or <c>layouts/partials/</c>)
/// replaces the theme's, as in Hugo. Compiled once per build; rendering is then safe from many threads.
/// </summary>
public sealed partial class Theme
{
    /// <summary>The page layouts every theme must provide; <c>base</c> wraps each of the others.</summary>
    public static readonly string[] RequiredLayouts = ["base", "home", "actors", "actor", "chronology", "event", "sources", "source", "notes", "coverage", "404"];

    private readonly Dictionary<string, (HandlebarsTemplate<object, object> Template, string File)> _layouts;

    private Theme(Dictionary<string, (HandlebarsTemplate<object, object>, string)> layouts, IReadOnlyList<ThemeAsset> assets)
    {
        _layouts = layouts;
        Assets = assets;
    }

    /// <summary>The theme's static files (stylesheet, fonts), checked like every input, copied to the site's <c>assets/</c>.</summary>
    public IReadOnlyList<ThemeAsset> Assets { get; }

    public static Theme? Load(BookPaths paths, string name, BookFiles inputs, InputLimits limits, DiagnosticBag diagnostics)
    {
        var themeDir = Path.Combine(paths.Themes, name);
        if (!Directory.Exists(themeDir)) return null; // reported by the loader, with a suggestion

        // Unknown names fail in ViewDescriptors instead: Handlebars.Net's own switch would also fail on
        // {{previous.title}} when an event has no previous one, which themes rightly write inside {{#if previous}}
        // or not at all.
        var configuration = new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false };
        configuration.ObjectDescriptorProviders.Add(new ViewDescriptors());
        var handlebars = Handlebars.Create(configuration);
        // {{plural n "event"}} writes "1 event" or "3 events", so pages never read "event(s)".
        handlebars.RegisterHelper("plural", (context, arguments) => arguments.Length switch
        {
            2 or 3 when int.TryParse(Convert.ToString(arguments[0], System.Globalization.CultureInfo.InvariantCulture), out var n) =>
                Pages.Views.Count(n, arguments[1]?.ToString() ?? "", arguments.Length == 3 ? arguments[2]?.ToString() : null),
            _ => throw new HandlebarsException("plural takes a number and a noun: {{plural count \"event\"}}"),
        });
        var partials = Overlay(inputs, Path.Combine(themeDir, "partials"), Path.Combine(paths.Layouts, "partials"));
        var partialNames = partials.Keys.ToHashSet(StringComparer.Ordinal);
        var failed = false;
        var texts = new Dictionary<string, (string File, string Text)>(StringComparer.Ordinal);
        var layoutTexts = new Dictionary<string, (string File, string Text)>(StringComparer.Ordinal);
        string? Read(string file)
        {
            var text = inputs.ReadText(file, limits.TemplateBytes, "template");
            if (text is null || !TemplateChecker.Check(paths.Relative(file), text, partialNames, diagnostics))
            {
                failed = true;
                return null;
            }

            return Unindent(text);
        }

        // Read and check every template first, then check their values against the view models on another
        // core while Handlebars.Net compiles (the slow part of this stage).
        foreach (var (partialName, file) in partials)
        {
            if (Read(file) is { } text) texts[partialName] = (paths.Relative(file), text);
        }

        var files = Overlay(inputs, Path.Combine(themeDir, "layouts"), paths.Layouts);
        foreach (var layout in RequiredLayouts)
        {
            if (!files.TryGetValue(layout, out var file))
            {
                diagnostics.Error(new SourceLocation(paths.Relative(Path.Combine(themeDir, "layouts")), 1), $"theme `{name}` has no layout `{layout}.hbs`");
                failed = true;
                continue;
            }

            if (Read(file) is { } text) layoutTexts[layout] = (paths.Relative(file), text);
        }

        // Every value a layout or partial names must exist in the page's view model (values of a template with
        // broken syntax are not checked: its tags cannot be trusted).
        var values = failed ? Task.FromResult(false) : Task.Run(() => ValueChecker.Check(layoutTexts, texts, diagnostics));

        foreach (var (partialName, (_, text)) in texts)
        {
            // A partial is usually used inline; the newline that ends its file must not end up in the page.
            if (!TryCompile(paths, partials[partialName], () => handlebars.RegisterTemplate(partialName, text.TrimEnd('\r', '\n')), diagnostics)) failed = true;
        }

        var layouts = new Dictionary<string, (HandlebarsTemplate<object, object>, string)>(StringComparer.Ordinal);
        foreach (var (layout, (relative, text)) in layoutTexts)
        {
            if (!TryCompile(paths, files[layout], () => layouts[layout] = (handlebars.Compile(text), relative), diagnostics)) failed = true;
        }

        if (!values.GetAwaiter().GetResult()) failed = true;

        var assets = LoadAssets(inputs, Path.Combine(themeDir, "assets"), limits, paths, diagnostics);
        // Problems with assets are in the bag, which stops the build before rendering.
        return failed ? null : new Theme(layouts, assets);
    }

    /// <summary>
    /// Handlebars.Net writes the values of a partial called indented on a line of its own (<c>  {{> claims}}</c>,
    /// a "standalone" partial) without escaping them. So the indentation goes before compiling, in the theme's
    /// templates and in any project's: escaping must not depend on a template's white space.
    /// </summary>
    internal static string Unindent(string template) => IndentedPartial().Replace(template, "");

    [GeneratedRegex(@"(?m)^[ \t]+(?=\{\{~?#?>)")]
    private static partial Regex IndentedPartial();

    private static bool TryCompile(BookPaths paths, string file, Action compile, DiagnosticBag diagnostics)
    {
        try
        {
            compile();
            return true;
        }
        catch (Exception e) when (e is HandlebarsException or InvalidOperationException or ArgumentException or NotSupportedException or FormatException)
        {
            // The checker reports most problems at their line first; Handlebars.Net's own messages carry none.
            diagnostics.Error(new SourceLocation(paths.Relative(file), 1), "template error: " + e.Message.Split('\n')[0].Trim());
            return false;
        }
    }

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
    /// <exception cref="TemplateException">A template failed at run time, e.g. it names a partial that does not exist.</exception>
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
            // Escaping failed somewhere (a template writing a value raw, or a bug): publish nothing.
            throw new TemplateException(_layouts[layout].File, pageUrl.Length == 0 ? "/" : pageUrl,
                $"the page would carry {script}; the book's pages carry no script, so a template is writing a value without escaping it");
        }

        return html;
    }

    private string Apply(string layout, string pageUrl, object model)
    {
        var (template, file) = _layouts[layout];
        try
        {
            return template(model);
        }
        catch (Exception e) when (e is HandlebarsException or InvalidOperationException or ArgumentException or NotSupportedException or FormatException or InvalidCastException)
        {
            throw new TemplateException(file, pageUrl.Length == 0 ? "/" : pageUrl, e.Message);
        }
    }

    /// <summary>Template files by name (file name without <c>.hbs</c>), the override folder winning.</summary>
    private static Dictionary<string, string> Overlay(BookFiles inputs, string themeFolder, string overrideFolder)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in new[] { themeFolder, overrideFolder })
        {
            foreach (var file in inputs.List(folder, f => f.EndsWith(".hbs", StringComparison.Ordinal), recursive: false))
                files[Path.GetFileNameWithoutExtension(file)] = file;
        }

        return files;
    }
}
