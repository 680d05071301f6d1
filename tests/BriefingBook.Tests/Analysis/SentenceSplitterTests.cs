using BriefingBook.Analysis.Mentions;

namespace BriefingBook.Tests.Analysis;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) => [.. SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length))];

    [Fact]
    public void Splits_at_sentence_ends_followed_by_a_capital_or_a_quote()
    {
        Assert.Equal(
            ["Peskov spoke on Tuesday.", "\"We are building ties,\" he said!", "Was it new?", "Not quite"],
            Split("Peskov spoke on Tuesday. \"We are building ties,\" he said! Was it new? Not quite"));
    }

    [Fact]
    public void Abbreviations_initials_and_decimals_do_not_end_a_sentence()
    {
        Assert.Equal(
            ["Mr. Lavrov met U.S. officials and J. Smith in Dec. 2024 to discuss 3.5 billion dollars.", "Then he left."],
            Split("Mr. Lavrov met U.S. officials and J. Smith in Dec. 2024 to discuss 3.5 billion dollars. Then he left."));
    }
}
