using BriefingBook.Analysis.Duplicates;

namespace BriefingBook.Tests.Analysis;

public sealed class DiscrepancyFinderTests
{
    private static IReadOnlyList<Discrepancy> Find(string first, string second) => DiscrepancyFinder.Find(WordDiff.Compare(first, second));

    [Theory]
    [InlineData("The talks were held on Tuesday in Kabul.", "The talks were held on Wednesday in Kabul.", DiscrepancyKind.Date)]
    [InlineData("New Delhi, December 2 (ANI): the spokesman said", "New Delhi, December 3 (ANI): the spokesman said", DiscrepancyKind.Date)]
    [InlineData("it happened in 2003 because of its support", "it happened in 2004 because of its support", DiscrepancyKind.Date)]
    [InlineData("a delegation of 12 officials arrived", "a delegation of 15 officials arrived", DiscrepancyKind.Number)]
    [InlineData("a delegation of three officials arrived", "a delegation of four officials arrived", DiscrepancyKind.Number)]
    [InlineData("the envoy met Lavrov in Moscow on the day", "the envoy met Lavrov in Kazan on the day", DiscrepancyKind.Name)]
    public void Flags_a_changed_date_number_or_name(string first, string second, DiscrepancyKind kind)
    {
        var found = Assert.Single(Find(first, second));

        Assert.Equal(kind, found.Kind);
    }

    [Fact]
    public void Shows_a_lone_changed_word_with_its_neighbours()
    {
        var found = Assert.Single(Find("on 3 July 2025, and earlier", "on 4 July 2025, and earlier"));

        Assert.Equal(("on 3 July", "on 4 July"), (found.First, found.Second));
    }

    [Theory]
    [InlineData("officials said the move was significant", "officials said the move was important")]
    [InlineData("the minister said the talks went well and ended early", "the minister said the talks went well")]
    [InlineData("The talks went well", "Talks went well")]
    public void Wording_changes_and_omissions_are_not_conflicts(string first, string second)
    {
        Assert.Empty(Find(first, second));
    }
}
