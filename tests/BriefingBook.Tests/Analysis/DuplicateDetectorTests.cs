using BriefingBook.Analysis.Duplicates;
using BriefingBook.Content.Model;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Analysis;

/// <summary>
/// The detector on scrapes of our own: a syndicated copy of the Tribune/ANI seed (other boilerplate, a
/// changed dateline and date, one paragraph dropped), a paragraph lifted into an opinion piece, and an
/// article on the same topic in other words.
/// </summary>
public sealed class DuplicateDetectorTests
{
    private static readonly Lazy<BriefingBook.Content.Model.Source> Original = new(() => Sources.FromFile("tribune", RepoPaths.Seed("000"), "2025-12-02"));

    [Fact]
    public void A_syndicated_copy_is_matched_paragraph_to_paragraph()
    {
        var copy = Sources.FromFile("copy", RepoPaths.Fixture("syndicated-ani-copy.txt"));

        var found = DuplicateDetector.Find([Original.Value, copy]);

        // The copy drops the original's paragraph 4, so every later paragraph is one number lower.
        var pairs = found.Select(d => (Original: d.First.Paragraph.Number, Copy: d.Second.Paragraph.Number)).ToArray();
        int[] kept = [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
        Assert.Equal(kept.Select((o, i) => (o, i + 1)), pairs);
        Assert.All(found, d => Assert.Equal(("tribune", "copy"), (d.First.Source.Value, d.Second.Source.Value)));
    }

    [Fact]
    public void The_edited_date_shows_in_the_diff_and_is_flagged_as_a_possible_conflict()
    {
        var copy = Sources.FromFile("copy", RepoPaths.Fixture("syndicated-ani-copy.txt"));

        var found = DuplicateDetector.Find([Original.Value, copy]);

        var edited = Assert.Single(found, d => TextOf(d.First, Original.Value).Contains("3 July 2025", StringComparison.Ordinal));
        Assert.Contains(new DiffSegment(DiffOp.Removed, "3"), edited.Diff);
        Assert.Contains(new DiffSegment(DiffOp.Added, "4"), edited.Diff);
        var discrepancy = Assert.Single(edited.Discrepancies);
        Assert.Equal(DiscrepancyKind.Date, discrepancy.Kind);
        Assert.True(edited.Similarity is > 0.5 and < 1);

        var dateline = found.Single(d => d.First.Paragraph.Number == 1);
        Assert.Contains(dateline.Discrepancies, x => x.Kind == DiscrepancyKind.Name && x.Second.Contains("Islamabad", StringComparison.Ordinal));
        Assert.Contains(dateline.Discrepancies, x => x.Kind == DiscrepancyKind.Date && x.Second.Contains("December 3", StringComparison.Ordinal));

        Assert.All(found.Where(d => d.First.Paragraph.Number is not (1 or 11)), d => Assert.True(d.Identical));
    }

    [Fact]
    public void A_paragraph_syndicated_widely_keeps_its_closest_copies_and_counts_them_all()
    {
        // Twelve word-for-word copies of one paragraph, published a day apart: 66 pairs in all, each as good as
        // the next. Each copy keeps its MaxCopiesShown earliest counterparts, so the original is linked from all.
        var sources = Enumerable.Range(1, 12).Select(day => Sources.FromText($"site-{day:00}", $"""
            Headline of site {day}

            {Original.Value.Body.Paragraphs.First(p => p.Text.StartsWith("Moscow became the first", StringComparison.Ordinal)).Text}
            """, $"2025-12-{day:00}")).ToArray();

        var found = DuplicateDetector.Find(sources, DuplicateOptions.Default with { MaxCopiesShown = 4 });

        Assert.All(found, d => Assert.Equal((11, 11), (d.CopiesOfFirst, d.CopiesOfSecond)));
        Assert.Equal(Enumerable.Range(2, 11).Select(day => $"site-{day:00}"), found.Where(d => d.First.Source.Value == "site-01").Select(d => d.Second.Source.Value));
        // Kept: every pair with one of the four earliest on either side (4·11 − 6 pairs among those four).
        Assert.Equal(4 * 11 - 6, found.Count);
        Assert.All(found, d => Assert.True(string.CompareOrdinal(d.First.Source.Value, "site-04") <= 0));
    }

    [Fact]
    public void A_paragraph_lifted_into_another_article_is_found_despite_added_words()
    {
        var original = Sources.FromFile("aljazeera", RepoPaths.Seed("004"), "2025-07");
        var opinion = Sources.FromFile("opinion", RepoPaths.Fixture("lifted-paragraph.txt"));

        var found = Assert.Single(DuplicateDetector.Find([original, opinion]));

        Assert.StartsWith("Former US-backed Mujahideen fighters", TextOf(found.First, original), StringComparison.Ordinal);
        Assert.Equal(2, found.Second.Paragraph.Number);
        Assert.Contains(found.Diff, d => d.Op == DiffOp.Added && d.Text.Contains("never forgotten", StringComparison.Ordinal));
    }

    [Fact]
    public void Articles_on_the_same_topic_in_other_words_are_not_duplicates()
    {
        var seeds = Directory.GetFiles(RepoPaths.Seeds).Order(StringComparer.Ordinal)
            .Select((f, i) => Sources.FromFile($"seed-{i}", f))
            .Append(Sources.FromFile("same-topic", RepoPaths.Fixture("same-topic-different-words.txt")))
            .ToArray();

        Assert.Empty(DuplicateDetector.Find(seeds));
    }

    [Fact]
    public void A_phrase_shared_by_more_than_MaxPostings_paragraphs_pairs_each_only_with_the_earliest()
    {
        // Twenty articles, a day apart, share one sentence and otherwise differ. With MaxPostings above twenty
        // every pair of them is a candidate (190); below it, each is compared only with the earliest paragraph
        // using the shingles (19), which bounds the work and still finds the original of a wide syndication.
        // A low MinSimilarity makes the shared sentence alone enough to count, so the candidates show.
        var sources = Enumerable.Range(0, 20).Select(i => Sources.FromText($"s{i:00}",
            $"Headline number {i} of many\n\nThe minister said in a statement on Thursday that talks would continue. " +
            $"Paragraph {i} then goes on about topic {i * 7919} with words like w{i}a w{i}b w{i}c w{i}d w{i}e w{i}f w{i}g.\n",
            $"2025-03-{i + 1:00}")).ToArray();

        Assert.Equal(190, DuplicateDetector.Find(sources, new DuplicateOptions(MaxPostings: 64, MinSimilarity: 0.3, MaxCopiesShown: 20)).Count);
        var capped = DuplicateDetector.Find(sources, new DuplicateOptions(MaxPostings: 10, MinSimilarity: 0.3));
        Assert.Equal(19, capped.Count);
        Assert.All(capped, d => Assert.Equal("s00", d.First.Source.Value));
        Assert.Empty(DuplicateDetector.Find(sources, new DuplicateOptions(MaxPostings: 10)));
    }

    [Fact]
    public void A_copy_written_largely_in_stock_phrases_is_still_found_and_scored_on_its_whole_text()
    {
        static string Article(int i) =>
            $"Headline number {i} of many\n\nThe minister said in a statement on Thursday that talks would continue. " +
            $"Paragraph {i} then goes on about topic {i * 7919} with words like w{i}a w{i}b w{i}c w{i}d w{i}e w{i}f w{i}g.\n";
        var sources = Enumerable.Range(0, 20).Select(i => Sources.FromText($"s{i}", Article(i)))
            .Append(Sources.FromText("copy-of-s3", "Other site furniture\n\n" + Article(3).Split("\n\n")[1]))
            .ToArray();

        var found = Assert.Single(DuplicateDetector.Find(sources, new DuplicateOptions(MaxPostings: 10)));

        // Neither is dated, so they are ordered by id.
        Assert.Equal(("copy-of-s3", "s3"), (found.First.Source.Value, found.Second.Source.Value));
        Assert.Equal(1.0, found.Similarity);
    }

    /// <summary>The text of a passage's paragraph: results name paragraphs by id, the test's sources hold them.</summary>
    private static string TextOf(PassageRef passage, Source source)
    {
        Assert.Equal(source.Id, passage.Source.Value);
        return source.Body.Paragraphs[passage.Paragraph.Number - 1].Text;
    }
}
