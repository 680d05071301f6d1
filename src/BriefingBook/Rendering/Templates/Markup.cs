namespace BriefingBook.Rendering.Templates;

/// <summary>
/// HTML the renderer built and escaped itself (a view value named <c>…_html</c>, <c>…_svg</c> or <c>content</c>,
/// or a partial's output): the one kind of value a template writes as it is. Every other value is escaped
/// when written, whatever the template does, so a theme cannot forget to escape a seed's text.
/// </summary>
public sealed record Markup(string Html)
{
    public override string ToString() => Html;
}
