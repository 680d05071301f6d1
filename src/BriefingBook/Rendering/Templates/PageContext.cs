using System.Collections;
using System.Collections.Concurrent;

using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BriefingBook.Rendering.Templates;

/// <summary>
/// The Scriban context one page renders in. It escapes every value a template writes except
/// <see cref="Markup"/>, makes empty text and empty lists false (<c>{{ if events }}</c> means "if there are
/// events", as a theme author expects), reads view records through <see cref="ViewAccessor"/>, and is strict:
/// an unknown name is an error at its line.
/// </summary>
internal sealed class PageContext : TemplateContext
{
    private static readonly ConcurrentDictionary<Type, ViewAccessor> Accessors = new();
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'`=");

    public PageContext(ScriptObject builtins, ITemplateLoader partials)
        : base(builtins)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        TemplateLoader = partials;
        // A page of a large book loops over thousands of items and can exceed a megabyte: the book's own input
        // limits bound the work, not Scriban's defaults for untrusted scripts.
        LoopLimit = 0;
        LimitToString = 0;
        RecursiveLimit = 64;
        PushCulture(System.Globalization.CultureInfo.InvariantCulture);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case Markup markup:
                Write(markup.Html);
                return this;
            default:
                var text = ObjectToString(textAsObject);
                if (!string.IsNullOrEmpty(text)) Write(Escape(text));
                return this;
        }
    }

    /// <summary>
    /// Escapes what can end text or an attribute value (<c>&amp; &lt; &gt; " '</c>, and <c>` =</c> for unquoted
    /// attributes in old browsers), leaving every other character as it is: a page in Russian or Arabic stays
    /// readable in its source, and the output is what the Handlebars theme wrote before.
    /// </summary>
    internal static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0) return text;
        var escaped = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#x27;",
                '`' => "&#x60;",
                '=' => "&#x3D;",
                _ => null,
            } ?? c.ToString());
        }

        return escaped.ToString();
    }

    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        string text => text.Length > 0,
        Markup markup => markup.Html.Length > 0,
        ICollection list => list.Count > 0,
        _ => base.ToBool(span, value),
    };

    protected override IObjectAccessor GetMemberAccessorImpl(object target) =>
        ViewMembers.IsView(target.GetType()) ? Accessors.GetOrAdd(target.GetType(), t => new ViewAccessor(t)) : base.GetMemberAccessorImpl(target)!;
}
