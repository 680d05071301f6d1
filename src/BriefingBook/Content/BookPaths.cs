namespace BriefingBook.Content;

/// <summary>Where a book's inputs live, following the conventions editors know from Hugo.</summary>
public sealed record BookPaths(string Root)
{
    public string Content => Path.Combine(Root, "content");

    public string Seeds => Path.Combine(Root, "seeds");

    public string Themes => Path.Combine(Root, "themes");

    /// <summary>Project layouts; a file here replaces the theme's file of the same name.</summary>
    public string Layouts => Path.Combine(Root, "layouts");

    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
