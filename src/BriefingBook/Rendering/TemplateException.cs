namespace BriefingBook.Rendering;

/// <summary>A template failed while rendering a page (a value that was null where a member of it was read): reported against the template file and line.</summary>
public sealed class TemplateException(string layoutFile, string page, string message, int line = 1)
    : Exception($"template error while rendering `{page}`: {message}")
{
    public string LayoutFile { get; } = layoutFile;

    public string Page { get; } = page;

    public int Line { get; } = line;
}
