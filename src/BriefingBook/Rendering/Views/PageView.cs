namespace BriefingBook.Rendering.Views;

/// <summary>The model of a page's own layout (the base layout's is <see cref="FrameView"/>). Each page kind has one sealed record; the template names are the property names in snake_case (<c>SummaryHtml</c> is <c>summary_html</c>).</summary>
public abstract record PageView;
