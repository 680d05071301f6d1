using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingBook.Rendering.Templates;

/// <summary>
/// Resolves <c>include "name"</c> to the theme's partials, parsed once per theme. Scriban looks a resolved
/// name up in the context's cache before loading, and <see cref="Theme"/> fills each page's cache from
/// <see cref="Parsed"/>, so nothing is read or parsed while pages render.
/// </summary>
internal sealed class PartialLoader(IReadOnlyDictionary<string, (string File, Template Template)> parsed) : ITemplateLoader
{
    public IReadOnlyDictionary<string, (string File, Template Template)> Parsed { get; } = parsed;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (Parsed.ContainsKey(templateName)) return templateName;
        throw new ScriptRuntimeException(callerSpan, $"no partial `{templateName}`{Diagnostics.Suggestions.DidYouMean(templateName, Parsed.Keys)}");
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"partial `{templatePath}` was not parsed with the theme");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
