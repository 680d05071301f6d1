namespace BriefingBook.Rendering;

/// <summary>A template failed while rendering a page (a missing partial, a helper error): reported against the layout file.</summary>
public sealed class TemplateException(string layoutFile, string page, string message)
    : Exception($"template error while rendering `{page}`: {message}")
{
    public string LayoutFile { get; } = layoutFile;

    public string Page { get; } = page;
}
