using BriefingBook.Analysis.Duplicates;

namespace BriefingBook.Tests.Analysis;

public sealed class WordDiffTests
{
    private static string Show(IReadOnlyList<DiffSegment> diff) =>
        string.Join(" ", diff.Select(d => d.Op switch { DiffOp.Removed => $"[-{d.Text}-]", DiffOp.Added => $"{{+{d.Text}+}}", _ => d.Text }));

    [Fact]
    public void Shows_a_changed_word_as_a_removal_and_an_addition()
    {
        var diff = WordDiff.Compare("accepted the credentials on 3 July 2025, and earlier", "accepted the credentials on 4 July 2025, and earlier");

        Assert.Equal("accepted the credentials on [-3-] {+4+} July 2025, and earlier", Show(diff));
    }

    [Fact]
    public void Shows_dropped_and_inserted_runs()
    {
        var diff = WordDiff.Compare("one two three four five", "one three four five six seven");

        Assert.Equal("one [-two-] three four five {+six seven+}", Show(diff));
    }

    [Fact]
    public void Typography_is_not_a_difference()
    {
        var diff = WordDiff.Compare("Russia’s “new stage” — said", "Russia's \"new stage\" - said");

        Assert.All(diff, d => Assert.Equal(DiffOp.Same, d.Op));
    }

    [Fact]
    public void Identical_text_is_one_unchanged_run()
    {
        var diff = WordDiff.Compare("a b c", "a  b\nc");

        Assert.Equal([new DiffSegment(DiffOp.Same, "a b c")], diff);
    }
}
