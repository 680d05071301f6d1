namespace BriefingBook.Content.Articles;

/// <summary>How a seed's article is extracted; a source's <c>extract:</c> field overrides the choice by file type.</summary>
public enum ExtractionMethod
{
    /// <summary>The line rules of <see cref="BoilerplateRemover"/> (the default for text seeds).</summary>
    Rules,

    /// <summary>SmartReader's port of Mozilla's Readability on the page's HTML (the default for HTML seeds).</summary>
    Readability,
}
