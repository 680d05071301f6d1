using System.Text;
using BriefingBook.Content;
using BriefingBook.Diagnostics;
using HandlebarsDotNet;

namespace BriefingBook.Rendering;

/// <summary>
/// The compiled templates of a theme. Layouts and partials come from <c>themes/&lt;name&gt;/layouts</c> and
/// <c>/partials</c>; a file of the same name in the project's <c>layouts/</c> (or <c>layouts/partials/</c>)
/// replaces the theme's, as in Hugo. Compiled once per build; rendering is then safe from many threads.
/// </summary>
public sealed class Theme
{
    /// <summary>The page layouts every theme must provide; <c>base</c> wraps each of the others.</summary>
    public static readonly string[] RequiredLayouts = ["base", "home", "actors", "actor", "chronology", "event", "sources", "source", "notes", "coverage", "404"];

    private readonly Dictionary<string, (HandlebarsTemplate<object, object> Template, string File)> _layouts;

    private Theme(Dictionary<string, (HandlebarsTemplate<object, object>, string)> layouts, string assetsFolder)
    {
        _layouts = layouts;
        AssetsFolder = assetsFolder;
    }

    /// <summary>The theme's static files (stylesheet, fonts), copied to the site's <c>assets/</c>.</summary>
    public string AssetsFolder { get; }

    public static Theme? Load(BookPaths paths, string name, DiagnosticBag diagnostics)
    {
        var themeDir = Path.Combine(paths.Themes, name);
        if (!Directory.Exists(themeDir)) return null; // reported by the loader, with a suggestion

        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        // {{plural n "event"}} writes "1 event" or "3 events", so pages never read "event(s)".
        handlebars.RegisterHelper("plural", (context, arguments) => arguments.Length switch
        {
            2 or 3 when int.TryParse(Convert.ToString(arguments[0], System.Globalization.CultureInfo.InvariantCulture), out var n) =>
                Pages.Views.Count(n, arguments[1]?.ToString() ?? "", arguments.Length == 3 ? arguments[2]?.ToString() : null),
            _ => throw new HandlebarsException("plural takes a number and a noun: {{plural count \"event\"}}"),
        });
        var partials = Overlay(Path.Combine(themeDir, "partials"), Path.Combine(paths.Layouts, "partials"));
        var failed = false;
        foreach (var (partialName, file) in partials)
        {
            try
            {
                // A partial is usually used inline; the newline that ends its file must not end up in the page.
                handlebars.RegisterTemplate(partialName, File.ReadAllText(file, Encoding.UTF8).TrimEnd('\r', '\n'));
            }
            catch (HandlebarsException e)
            {
                diagnostics.Error(new SourceLocation(paths.Relative(file), 1), "template error: " + e.Message);
                failed = true;
            }
        }

        var layouts = new Dictionary<string, (HandlebarsTemplate<object, object>, string)>(StringComparer.Ordinal);
        var files = Overlay(Path.Combine(themeDir, "layouts"), paths.Layouts);
        foreach (var layout in RequiredLayouts)
        {
            if (!files.TryGetValue(layout, out var file))
            {
                diagnostics.Error(new SourceLocation(paths.Relative(Path.Combine(themeDir, "layouts")), 1), $"theme `{name}` has no layout `{layout}.hbs`");
                failed = true;
                continue;
            }

            try
            {
                layouts[layout] = (handlebars.Compile(File.ReadAllText(file, Encoding.UTF8)), paths.Relative(file));
            }
            catch (HandlebarsException e)
            {
                diagnostics.Error(new SourceLocation(paths.Relative(file), 1), "template error: " + e.Message);
                failed = true;
            }
        }

        return failed ? null : new Theme(layouts, Path.Combine(themeDir, "assets"));
    }

    /// <summary>Renders a page's own layout, then wraps it in <c>base</c> with the result as <c>content</c>.</summary>
    /// <exception cref="TemplateException">A template failed at run time, e.g. it names a partial that does not exist.</exception>
    public string Render(string layout, string pageUrl, object page, Func<string, object> wrap)
    {
        var content = Apply(layout, pageUrl, page);
        return Apply("base", pageUrl, wrap(content));
    }

    private string Apply(string layout, string pageUrl, object model)
    {
        var (template, file) = _layouts[layout];
        try
        {
            return template(model);
        }
        catch (HandlebarsException e)
        {
            throw new TemplateException(file, pageUrl.Length == 0 ? "/" : pageUrl, e.Message);
        }
    }

    /// <summary>Template files by name (file name without <c>.hbs</c>), the override folder winning.</summary>
    private static Dictionary<string, string> Overlay(string themeFolder, string overrideFolder)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in new[] { themeFolder, overrideFolder })
        {
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.EnumerateFiles(folder, "*.hbs").Order(StringComparer.Ordinal))
                files[Path.GetFileNameWithoutExtension(file)] = file;
        }

        return files;
    }
}
