using BriefingBook.Analysis.Duplicates;
using BriefingBook.Content.Articles;
using BriefingBook.Content.Model;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Analysis;

/// <summary>
/// Copying told from formula, on wire stories of our own in <c>Fixtures/wire/</c>: six bond issues whose second
/// paragraph is the wire's formula ("The bond is available in denominations of ... Fees comprise ...") with
/// their own figures (two of them with the same figures), and two debt stories, the second lifting the first's
/// background paragraph with one number changed.
/// </summary>
public sealed class FormulaOrCopyTests
{
    private static readonly string[] Bonds = ["bond-1", "bond-2", "bond-3", "bond-4", "bond-5", "bond-6"];

    private static Source Wire(string name, string? published = null) =>
        Sources.FromFile(name, RepoPaths.Fixture(Path.Combine("wire", name + ".txt")), published);

    private static IReadOnlyList<DuplicatePassage> FindAll() =>
        DuplicateDetector.Find([.. Bonds.Select((b, i) => Wire(b, $"1987-03-{i + 2:00}")), Wire("brazil-debt", "1987-03-20"), Wire("brazil-lifted", "1987-03-23")]);

    [Fact]
    public void Two_stories_sharing_only_a_formula_are_not_copies()
    {
        var found = FindAll();

        // bond-1 and bond-5 print the formula with the same figures, word for word: alike, but a template match.
        var same = Assert.Single(found, d => (d.First.Source.Value, d.Second.Source.Value) == ("bond-1", "bond-5"));
        Assert.Equal(DuplicateKind.Template, same.Kind);
        Assert.Equal(1.0, same.Similarity);
        Assert.Empty(same.Discrepancies);
        // No bond story is a copy of another, however alike their formula paragraphs.
        Assert.DoesNotContain(found, d => d.Kind == DuplicateKind.Copy && d.First.Source.Value.StartsWith("bond", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Kind == DuplicateKind.Template && (d.First.Source.Value, d.Second.Source.Value) == ("bond-1", "bond-3"));
    }

    [Fact]
    public void A_lifted_paragraph_with_one_changed_number_is_a_copy_with_a_possible_conflict()
    {
        var found = FindAll();

        var lifted = Assert.Single(found, d => d.First.Source.Value == "brazil-debt");
        Assert.Equal(DuplicateKind.Copy, lifted.Kind);
        Assert.Equal(("brazil-lifted", 2, 2), (lifted.Second.Source.Value, lifted.First.Paragraph.Number, lifted.Second.Paragraph.Number));
        var conflict = Assert.Single(lifted.Discrepancies);
        Assert.Equal((DiscrepancyKind.Number, "about 15 billion", "about 16 billion"), (conflict.Kind, conflict.First, conflict.Second));
    }

    [Fact]
    public void The_same_formula_is_a_copy_in_a_small_book_where_nothing_else_uses_it()
    {
        // Without the other bond stories, nothing says the wording is a formula: two stories sharing a paragraph
        // word for word are copies, as in the seed book.
        var found = DuplicateDetector.Find([Wire("bond-1"), Wire("bond-5")]);

        Assert.Equal(DuplicateKind.Copy, Assert.Single(found).Kind);
    }

    [Fact]
    public void A_short_table_story_refiled_is_found_as_a_copy_and_another_companys_table_is_not()
    {
        // Earnings tables have no paragraph of 12 words: each body is compared whole. The correction repeats
        // the table with one figure changed and a line added; another company's table shares only the row names.
        var original = Table("cinram", "1987-02-26", "Scarborough, Ontario, Feb 26 - Shr 45 cts vs 58 cts", "Net 1.1 mln vs 829,000",
            "Sales 7.9 mln vs 9.4 mln", "Avg shrs 2,332,397 vs 1,428,000", "Year", "Shr 1.22 dlrs vs 1.06 dlrs", "Net 2.9 mln vs 1.5 mln",
            "Sales 25.7 mln vs 22.2 mln", "Avg shrs 2,332,397 vs 1,428,000");
        var corrected = Table("cinram-corrected", "1987-02-27", "Scarborough, Ontario, Feb 27 - Shr 45 cts vs 58 cts", "Net 1.1 mln vs 829,000",
            "Sales 7.9 mln vs 9.4 mln", "Avg shrs 2,332,397 vs 1,428,000", "Year", "Shr 1.22 dlrs vs 1.06 dlrs", "Net 2.9 mln vs 1.5 mln",
            "Sales 25.9 mln vs 22.2 mln", "Avg shrs 2,332,397 vs 1,428,000", "Corrects year sales");
        var other = Table("arbor", "1987-03-02", "Troy, Mich., March 2 - Shr 30 cts vs 36 cts", "Net 1,914,388 vs 1,906,095",
            "Sales 58.7 mln vs 40.6 mln", "Six mths", "Shr 47 cts vs 53 cts", "Net 2,961,718 vs 2,817,439", "Sales 107.6 mln vs 74.9 mln",
            "Avg shrs 6,342,353 vs 5,342,353");

        var found = DuplicateDetector.Find([original, corrected, other]);

        var copy = Assert.Single(found);
        Assert.Equal(("cinram", "cinram-corrected", DuplicateKind.Copy), (copy.First.Source.Value, copy.Second.Source.Value, copy.Kind));
        Assert.True(copy.First.WholeBody && copy.Second.WholeBody);
        Assert.Equal(1, copy.First.Paragraph.Number);
        Assert.Contains(copy.Diff, d => d.Op == DiffOp.Added && d.Text.Contains("25.9", StringComparison.Ordinal));
    }

    /// <summary>A story whose body is table rows, one paragraph each, as an extractor that keeps tables gives it.</summary>
    private static Source Table(string id, string published, params string[] rows)
    {
        var body = new ArticleBody([.. rows.Select((r, i) => new BodyParagraph(i + 1, ParagraphKind.Text, r, i + 6))], 6, 5 + rows.Length, null, null);
        var source = Sources.FromText(id, string.Join("\n", rows), published);
        return source with { Body = body };
    }
}
