using System.Text.RegularExpressions;

namespace BriefingBook.Rendering.Templates;

/// <summary>Reads a Handlebars template as its tags, with their lines; <c>{{!-- … --}}</c> comments are skipped.</summary>
internal static partial class TemplateTags
{
    public static IEnumerable<TemplateTag> Read(string text)
    {
        var i = 0;
        var line = 1;
        while (true)
        {
            var start = text.IndexOf("{{", i, StringComparison.Ordinal);
            if (start < 0) yield break;
            line += text.AsSpan(i, start - i).Count('\n');
            var tagLine = line;
            if (text.AsSpan(start).StartsWith("{{!--"))
            {
                var endComment = text.IndexOf("--}}", start, StringComparison.Ordinal);
                if (endComment < 0)
                {
                    yield return new TemplateTag("", false, tagLine, "a comment `{{!--` is never closed with `--}}`");
                    yield break;
                }

                line += text.AsSpan(start, endComment - start).Count('\n');
                i = endComment + 4;
                continue;
            }

            var triple = text.AsSpan(start).StartsWith("{{{");
            var close = text.IndexOf(triple ? "}}}" : "}}", start + (triple ? 3 : 2), StringComparison.Ordinal);
            var nextOpen = text.IndexOf("{{", start + 2 + (triple ? 1 : 0), StringComparison.Ordinal);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close))
            {
                yield return new TemplateTag("", triple, tagLine, triple ? "`{{{` is not closed by `}}}`" : "`{{` is not closed by `}}`");
                yield break;
            }

            var inner = text[(start + (triple ? 3 : 2))..close];
            line += inner.AsSpan().Count('\n');
            i = close + (triple ? 3 : 2);
            yield return new TemplateTag(inner.Trim().Trim('~').Trim(), triple, tagLine);
        }
    }

    /// <summary>Splits a tag into words, keeping a quoted string as one word.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (Match m in Word().Matches(text)) words.Add(m.Value);
        return words;
    }

    [GeneratedRegex("\"[^\"]*\"|'[^']*'|\\S+")]
    private static partial Regex Word();
}
