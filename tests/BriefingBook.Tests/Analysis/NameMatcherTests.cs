using BriefingBook.Analysis.Mentions;
using BriefingBook.Content.Model;
using BriefingBook.Diagnostics;

namespace BriefingBook.Tests.Analysis;

public sealed class NameMatcherTests
{
    private static readonly SourceLocation At = new("content/actors/x.md", 1);

    private static Actor Actor(string id, string name, params string[] aliases) =>
        new(id, At, name, ActorKind.State, aliases, [], [], null);

    private static string[] Found(NameMatcher matcher, string text) =>
        [.. matcher.Find(text).Select(m => $"{m.ActorId}:{text.Substring(m.Start, m.Length)}")];

    [Fact]
    public void The_longest_name_wins_where_names_overlap()
    {
        var matcher = new NameMatcher([
            Actor("afghanistan", "Afghanistan"),
            Actor("taliban", "Taliban", "Islamic Emirate of Afghanistan"),
            Actor("islamic-state", "Islamic State")]);

        Assert.Equal(
            ["taliban:Islamic Emirate of Afghanistan", "afghanistan:Afghanistan"],
            Found(matcher, "the recognition of the Islamic Emirate of Afghanistan is a first for Afghanistan"));
    }

    [Fact]
    public void A_shorter_name_inside_a_longer_one_is_not_matched_twice()
    {
        var matcher = new NameMatcher([Actor("russia", "Russia"), Actor("mfa", "Russian Foreign Ministry"), Actor("supreme", "Russian Supreme Court")]);

        Assert.Equal(["mfa:Russian Foreign Ministry", "russia:Russia"], Found(matcher, "The Russian Foreign Ministry said Russia would act."));
    }

    [Fact]
    public void Possessives_count_with_straight_or_curly_apostrophes()
    {
        var matcher = new NameMatcher([Actor("russia", "Russia"), Actor("taliban", "Taliban")]);

        Assert.Equal(["russia:Russia", "taliban:Taliban"], Found(matcher, "Russia’s view of the Taliban's rule"));
    }

    [Fact]
    public void Names_are_not_found_inside_longer_words_but_are_at_hyphens()
    {
        var matcher = new NameMatcher([Actor("iran", "Iran"), Actor("russia", "Russia"), Actor("afghanistan", "Afghanistan")]);

        Assert.Empty(Found(matcher, "Iranian and pro-Russian groups"));
        Assert.Equal(["afghanistan:Afghanistan", "russia:Russia"], Found(matcher, "Afghanistan-Russia relations"));
    }

    [Fact]
    public void Acronyms_match_only_in_capitals_other_names_in_any_case()
    {
        var matcher = new NameMatcher([Actor("united-states", "United States", "US"), Actor("taliban", "Taliban")]);

        Assert.Equal(["united-states:US", "taliban:taliban"], Found(matcher, "Tell us what the US thinks of the taliban"));
    }

    [Fact]
    public void White_space_and_dashes_in_the_text_are_folded_like_quotes()
    {
        var matcher = new NameMatcher([Actor("kabulov", "Zamir Kabulov"), Actor("isis-k", "ISIS-K")]);

        Assert.Equal(["kabulov:Zamir\n  Kabulov", "isis-k:ISIS–K"], Found(matcher, "Zamir\n  Kabulov warned of ISIS–K."));
    }

    [Fact]
    public void Every_occurrence_is_found_in_order_with_positions_in_the_original_text()
    {
        var matcher = new NameMatcher([Actor("russia", "Russia", "Moscow")]);
        const string text = "Moscow said Russia, and Moscow alone, decides.";

        var found = matcher.Find(text);

        Assert.Equal([0, 12, 24], found.Select(m => m.Start));
        Assert.All(found, m => Assert.Equal("russia", m.ActorId));
    }

    [Fact]
    public void A_name_shared_by_two_actors_goes_to_the_first()
    {
        var matcher = new NameMatcher([Actor("kremlin", "Kremlin", "Moscow"), Actor("russia", "Russia", "Moscow")]);

        Assert.Equal(["kremlin:Moscow"], Found(matcher, "Moscow decides."));
    }
}
