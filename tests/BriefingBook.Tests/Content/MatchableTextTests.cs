using BriefingBook.Content.Articles;

namespace BriefingBook.Tests.Content;

public sealed class MatchableTextTests
{
    [Fact]
    public void Finds_a_quote_despite_curly_quotes_dashes_and_white_space_and_maps_back_to_the_original()
    {
        var text = new MatchableText("Muttaqi said “this courageous decision — will serve”   as an example.");

        var hit = text.Find("said \"this courageous decision - will serve\" as");

        Assert.NotNull(hit);
        Assert.Equal("said “this courageous decision — will serve”   as", text.Original.Substring(hit.Value.Start, hit.Value.Length));
    }

    [Fact]
    public void Does_not_forgive_a_changed_word_or_case()
    {
        var text = new MatchableText("Russia becomes the first nation in the world to recognize the Taliban.");

        Assert.Null(text.Find("Russia became the first nation"));
        Assert.Null(text.Find("russia becomes the first nation"));
        Assert.Null(text.Find(""));
    }
}
