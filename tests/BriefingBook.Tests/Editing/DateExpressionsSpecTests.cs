using BriefingBook.Content.Dates;
using BriefingBook.Editing;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Editing;

/// <summary>Runs every example of <c>date-expressions.spec.md</c>: a sentence, the article's date, and the phrases read from it.</summary>
public sealed class DateExpressionsSpecTests
{
    public static TheoryData<string, string, string, string> Examples()
    {
        var data = new TheoryData<string, string, string, string>();
        var path = Path.Combine(RepoPaths.Root, "tests", "BriefingBook.Tests", "Editing", "date-expressions.spec.md");
        string? title = null, article = null, text = null;
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal)) title = line[3..];
            else if (line.StartsWith("article: ", StringComparison.Ordinal)) article = line[9..];
            else if (line.StartsWith("text: ", StringComparison.Ordinal)) text = line[6..];
            else if (line.StartsWith("expect: ", StringComparison.Ordinal)) data.Add(title!, article!, text!, line[8..]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Reads_the_date_phrases_of_a_sentence(string example, string article, string text, string expected)
    {
        var date = article == "none" ? null : PartialDate.Parse(article);
        var found = DateExpressions.Find(text, date);
        var actual = found.Count == 0 ? "nothing"
            : string.Join("; ", found.Select(m => $"{m.Text} → {(m.Date is null ? "?" : (m.Date.Approximate ? "~" : "") + m.Date.ToText())}"));
        Assert.True(expected == actual, $"{example}\nexpected: {expected}\nactual:   {actual}");
    }
}
