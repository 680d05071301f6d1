using System.Net;

namespace BriefingBook.Rendering;

/// <summary>HTML escaping for text we assemble into markup ourselves (templates escape on their own).</summary>
public static class Html
{
    public static string Escape(string? text) => text is null ? "" : WebUtility.HtmlEncode(text);
}
