using System.Text.Json;
using BriefingBook.Editing;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Editing;

/// <summary>
/// <c>suggest</c> on scrapes written for these tests (page furniture around an article), each dropped into a
/// copy of the repository's book, asserting the JSON an editor's tool would read.
/// </summary>
public sealed class SuggestTests
{
    [Fact]
    public void Another_outlets_report_of_an_existing_event_names_that_event_first_with_a_verbatim_quote_its_date_and_actors()
    {
        using var site = TestSite.CopyOfRealBook();
        var (json, raw) = Suggest(site, "suggest-existing-event-other-outlet.txt");
        // The book's event for Russia accepting the ambassador's credentials, whatever the editors call it.
        var book = site.Check().Book!;
        var expected = book.Content.Events.First(e => e.Reports.Any(r => r.Quote.Contains("first country to accept the credentials", StringComparison.Ordinal)));

        var first = json.GetProperty("events")[0];
        Assert.Equal(expected.Id, first.GetProperty("id").GetString());
        var quote = first.GetProperty("quote").GetString()!;
        Assert.StartsWith("Russia earlier this month became the first country to accept the credentials", quote, StringComparison.Ordinal);
        Assert.Contains(quote, raw, StringComparison.Ordinal);
        // The article gives the month only ("earlier this month", against its own date); the book has the day.
        Assert.Equal("2025-07", first.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal("month", first.GetProperty("date").GetProperty("precision").GetString());
        Assert.Equal("day", expected.Date.Precision.ToString().ToLowerInvariant());
        Assert.True(first.GetProperty("score").GetDouble() >= json.GetProperty("threshold").GetDouble());
        Assert.Contains("russia", Strings(first.GetProperty("actors")));
        // The other side is whichever actor the editors file the Taliban government under (the event's own actors).
        Assert.Contains(Strings(first.GetProperty("actors")), a => a != "russia" && expected.Actors.Any(x => x.Id == a));
        Assert.Contains(Strings(first.GetProperty("reasons")), r => r.Contains("overlaps the event's 3 July 2025", StringComparison.Ordinal));

        var source = json.GetProperty("source");
        Assert.Equal("Moscow formally accepts the Taliban envoy's credentials", source.GetProperty("headline").GetString());
        Assert.Equal("Steppe Herald", source.GetProperty("outlet").GetString());
        Assert.Equal(JsonValueKind.Null, source.GetProperty("via").ValueKind);
        Assert.Equal("2025-07-21", source.GetProperty("published").GetProperty("value").GetString());
        Assert.Equal("day", source.GetProperty("published").GetProperty("precision").GetString());
        Assert.Contains("Published 21 July 2025", source.GetProperty("dating").GetString(), StringComparison.Ordinal);

        var actors = json.GetProperty("actors").EnumerateArray().ToList();
        Assert.Contains(actors, a => a.GetProperty("id").GetString() == "russia" && a.GetProperty("match").GetString() == "known");
        Assert.Contains(actors, a => a.GetProperty("id").GetString() == "taliban");
        Assert.DoesNotContain(actors, a => a.GetProperty("match").GetString() == "new");
    }

    [Fact]
    public void A_new_event_with_relative_dates_is_dated_against_the_articles_own_date_and_says_so()
    {
        using var site = TestSite.CopyOfRealBook();
        var (json, _) = Suggest(site, "suggest-new-event-relative-date.txt");

        var published = json.GetProperty("source").GetProperty("published");
        Assert.Equal("2026-03-09", published.GetProperty("value").GetString());
        Assert.True(published.GetProperty("approximate").GetBoolean());
        Assert.Contains("Updated: 9 March 2026", json.GetProperty("source").GetProperty("dating").GetString(), StringComparison.Ordinal);

        var events = json.GetProperty("events").EnumerateArray().ToList();
        Assert.All(events, e => Assert.Equal(JsonValueKind.Null, e.GetProperty("id").ValueKind));
        var signed = Assert.Single(events, e => e.GetProperty("quote").GetString()!.Contains("signed a memorandum on Friday", StringComparison.Ordinal));
        Assert.Equal("2026-03-06", signed.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal("Friday", signed.GetProperty("date").GetProperty("text").GetString());
        Assert.Contains("the Friday before the article's date", signed.GetProperty("date").GetProperty("reading").GetString(), StringComparison.Ordinal);
        Assert.Equal(["afghanistan", "taliban", "uzbekistan"], Strings(signed.GetProperty("actors")));

        var visit = Assert.Single(events, e => e.GetProperty("quote").GetString()!.Contains("last October", StringComparison.Ordinal));
        Assert.Equal("2025-10", visit.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal("month", visit.GetProperty("date").GetProperty("precision").GetString());
        Assert.Contains("resolved against the article's date", visit.GetProperty("date").GetProperty("reading").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("last October", visit.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void New_people_and_organisations_are_proposed_and_near_misses_of_known_names_are_named()
    {
        using var site = TestSite.CopyOfRealBook();
        var (json, _) = Suggest(site, "suggest-new-person-near-miss.txt");

        var actors = json.GetProperty("actors").EnumerateArray().ToList();
        var person = Assert.Single(actors, a => a.GetProperty("name").GetString() == "Nargis Rahimi");
        Assert.Equal(JsonValueKind.Null, person.GetProperty("id").ValueKind);
        Assert.Equal("person", person.GetProperty("kind").GetString());
        Assert.StartsWith("Nargis Rahimi, a researcher", person.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        var institute = Assert.Single(actors, a => a.GetProperty("name").GetString() == "Kabul Policy Institute");
        Assert.Equal("organisation", institute.GetProperty("kind").GetString());
        // "Rahimi" alone is the same person, not another actor.
        Assert.DoesNotContain(actors, a => a.GetProperty("name").GetString() == "Rahimi");

        var near = Assert.Single(actors, a => a.GetProperty("match").GetString() == "near_miss");
        Assert.Equal("Sergei Lavrov", near.GetProperty("name").GetString());
        Assert.Equal("sergey-lavrov", near.GetProperty("id").GetString());
        Assert.Equal("Sergey Lavrov", near.GetProperty("close_to").GetString());
    }

    [Fact]
    public void A_name_written_without_its_space_is_a_near_miss_of_the_spaced_name()
    {
        using var site = TestSite.Minimal();
        site.Write("content/actors/zhao-xing.md", "---\nname: Zhao Xing\nkind: person\n---\n");
        site.Write("seeds/appointment.txt",
            "Embassy news\n\nOn September 13th, China appointed Zhaoxing as its ambassador to Afghanistan, the embassy said in a statement.\n\n"
            + "The special envoy welcomed the appointment and said talks would continue in the new year.\n");

        var (json, _) = Suggest(site, null, "appointment.txt");

        var near = Assert.Single(json.GetProperty("actors").EnumerateArray(), a => a.GetProperty("match").GetString() == "near_miss");
        Assert.Equal("Zhaoxing", near.GetProperty("name").GetString());
        Assert.Equal("zhao-xing", near.GetProperty("id").GetString());
    }

    [Fact]
    public void An_unrelated_article_on_the_same_topic_matches_no_event()
    {
        using var site = TestSite.CopyOfRealBook();
        var (json, _) = Suggest(site, "suggest-unrelated-same-topic.txt");

        Assert.Empty(json.GetProperty("events").EnumerateArray());
        var actors = json.GetProperty("actors").EnumerateArray().ToList();
        Assert.Contains(actors, a => a.GetProperty("id").GetString() == "taliban");
        // Sentence-initial words ("Traders", "Flour", "Aid") are not names.
        Assert.DoesNotContain(actors, a => a.GetProperty("name").GetString() is "Traders" or "Flour" or "Aid");
    }

    private static (JsonElement Json, string Raw) Suggest(TestSite site, string? fixture, string? seedName = null)
    {
        if (fixture is not null)
        {
            File.Copy(RepoPaths.Fixture(fixture), Path.Combine(site.Root, "seeds", fixture));
            seedName = fixture;
        }

        var result = site.Check();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var source = result.Book!.Content.Sources.Single(s => s.Seed.FileName == seedName);
        var suggestion = ArticleSuggester.Suggest(result.Book, source);
        using var doc = JsonDocument.Parse(SuggestionJson.Write(suggestion));
        return (doc.RootElement.Clone(), source.Seed.Text);
    }

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
