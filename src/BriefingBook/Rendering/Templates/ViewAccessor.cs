using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingBook.Rendering.Templates;

/// <summary>
/// Shows a view record to Scriban under its template names (<see cref="ViewMembers"/>, snake_case) through
/// compiled getters, and hands out the trusted HTML values as <see cref="Markup"/>. A name the record does not
/// have is an error at the template's line, never an empty string. Records are read-only to templates.
/// </summary>
internal sealed class ViewAccessor(Type type) : IObjectAccessor
{
    private readonly IReadOnlyDictionary<string, ViewMember> _members = ViewMembers.Of(type) ?? throw new ArgumentException($"{type.Name} is not a view record", nameof(type));

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _members.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _members.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _members.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (!_members.TryGetValue(member, out var found))
        {
            throw new ScriptRuntimeException(span, $"unknown value `{member}` in {type.Name}{Diagnostics.Suggestions.DidYouMean(member, _members.Keys)}");
        }

        value = Value(found, target);
        return true;
    }

    /// <summary>A member's value as templates see it: trusted HTML wrapped as <see cref="Markup"/>.</summary>
    public static object? Value(ViewMember member, object target)
    {
        var value = member.Get(target);
        return value is string html && ViewMembers.IsMarkup(member.Name) ? new Markup(html) : value;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        throw new ScriptRuntimeException(span, $"`{member}` of {type.Name} cannot be set: view values are read-only (assign a new name instead)");

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type? IndexType => null;
}
