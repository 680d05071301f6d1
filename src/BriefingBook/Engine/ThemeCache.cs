using BriefingBook.Content;
using BriefingBook.Content.Inputs;
using BriefingBook.Content.Model;
using BriefingBook.Diagnostics;
using BriefingBook.Rendering;

namespace BriefingBook.Engine;

/// <summary>
/// The compiled theme of the last build, reused while no template or asset file has changed: compiling the layouts
/// took 300–450 ms of every preview rebuild of the seed book. Any change under the theme's folder or the project's
/// <c>layouts/</c> (a file's size, time, or a new or deleted file) compiles it again.
/// </summary>
internal sealed class ThemeCache
{
    private string? _key;
    private Theme? _theme;
    private IReadOnlyList<Diagnostic> _diagnostics = [];

    public Theme? Load(BookPaths paths, BookInfo book, BookFiles inputs, DiagnosticBag diagnostics, IReadOnlyCollection<string>? changed)
    {
        var folders = new[] { Path.Combine(paths.Themes, book.Theme), paths.Layouts };
        var key = Key(folders, book);
        var touched = changed?.Any(c => folders.Any(f => Path.GetFullPath(c).StartsWith(f + Path.DirectorySeparatorChar, StringComparison.Ordinal))) ?? false;
        if (key is not null && key == _key && !touched)
        {
            diagnostics.AddRange(_diagnostics);
            return _theme;
        }

        var own = new DiagnosticBag();
        var theme = Theme.Load(paths, book.Theme, inputs.ReportingTo(own), book.Limits, own);
        _diagnostics = own.ToList();
        diagnostics.AddRange(_diagnostics);
        (_key, _theme) = (key, theme);
        return theme;
    }

    /// <summary>Every file under the folders with its size and time, and the limits templates are read under; null if a folder cannot be listed.</summary>
    private static string? Key(string[] folders, BookInfo book)
    {
        try
        {
            var parts = new List<string> { book.Theme, book.Limits.ToString() };
            foreach (var folder in folders.Where(Directory.Exists))
            {
                foreach (var file in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    var signature = FileSignature.Of(file);
                    parts.Add($"{file}\u0001{signature?.Length}\u0001{signature?.LastWriteTicks}");
                }
            }

            return string.Join('\u0002', parts);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
