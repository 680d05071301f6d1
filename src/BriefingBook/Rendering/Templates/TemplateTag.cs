namespace BriefingBook.Rendering.Templates;

/// <summary>
/// One <c>{{…}}</c> of a template: its text without braces and <c>~</c>, whether it was <c>{{{…}}}</c>, and its
/// line. <see cref="Problem"/> is set, and the tag is the last, when the template's braces do not close.
/// </summary>
internal readonly record struct TemplateTag(string Text, bool Triple, int Line, string? Problem = null);
