using System.Globalization;
using System.Text;
using BriefingBook.Analysis.Duplicates;
using BriefingBook.Content.Model;
using BriefingBook.Tests.Support;
using CsCheck;

namespace BriefingBook.Tests.Analysis;

/// <summary>
/// A long-lived <see cref="DuplicateSession"/> against a fresh <see cref="DuplicateDetector.Find"/>: over random
/// sequences of sources added, removed, edited (a paragraph dropped, a paragraph lifted from another story, a
/// figure changed, the date moved) and syndicated (a copy under another id), after every step the session's
/// result equals a fresh Find of the same sources, field for field and in order, and refers to the current
/// source objects. Run with the default options and with small caps, so that wordings cross
/// <see cref="DuplicateOptions.MaxPostings"/> and <see cref="DuplicateOptions.RareTexts"/> in both directions
/// and passages lose and regain their place among the <see cref="DuplicateOptions.MaxCopiesShown"/> kept.
/// </summary>
public sealed class DuplicateSessionTests
{
    /// <summary>Our seeds, the detector's fixtures and the wire stories: copies, formulas and unrelated prose.</summary>
    private static readonly Lazy<string[]> Pool = new(() =>
    [
        .. Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal),
        .. Directory.GetFiles(RepoPaths.Fixture(""), "*.txt").Order(StringComparer.Ordinal),
        .. Directory.GetFiles(RepoPaths.Fixture("wire"), "*.txt").Order(StringComparer.Ordinal),
    ]);

    private static readonly DuplicateOptions SmallCaps = DuplicateOptions.Default with { MaxPostings = 3, RareTexts = 1, MaxCopiesShown = 2 };

    /// <summary>One step: what to do, to which source (an index taken modulo what there is), and a number for the edit.</summary>
    private static readonly Gen<(int Op, int Which, int Other, int Day)[]> Steps =
        Gen.Select(Gen.Int[0, 6], Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, 9]).Array[1, 14];

    [Fact]
    public void After_every_step_the_session_equals_a_fresh_find() =>
        Steps.Sample(steps => Replay(steps, DuplicateOptions.Default), iter: 40, threads: 1, print: Print);

    [Fact]
    public void After_every_step_the_session_equals_a_fresh_find_when_wordings_cross_the_caps() =>
        Steps.Sample(steps => Replay(steps, SmallCaps), iter: 60, threads: 1, print: Print);

    [Fact]
    public void A_syndicated_story_added_then_removed_comes_and_goes_with_its_pairs()
    {
        var original = Text(Pool.Value[0]);
        var book = new Book();
        book.Put("original", original, "2025-12-02");
        for (var i = 1; i <= 5; i++) book.Put($"copy-{i}", original.Replace("Islamabad", "Kabul", StringComparison.Ordinal), $"2025-12-0{i + 2}");
        var session = new DuplicateSession(SmallCaps);

        var all = session.Update(book.Sources);
        Assert.NotEmpty(all);
        Assert.Equal(Describe(DuplicateDetector.Find(book.Sources, SmallCaps)), Describe(all));

        book.Remove("copy-3");
        var fewer = session.Update(book.Sources);
        Assert.DoesNotContain(fewer, d => d.First.Source.Value == "copy-3" || d.Second.Source.Value == "copy-3");
        Assert.Equal(Describe(DuplicateDetector.Find(book.Sources, SmallCaps)), Describe(fewer));

        book.Remove("original");
        Assert.Equal(Describe(DuplicateDetector.Find(book.Sources, SmallCaps)), Describe(session.Update(book.Sources)));
    }

    [Fact]
    public void An_unchanged_body_in_a_new_source_object_gives_the_same_pairs()
    {
        var book = new Book();
        book.Put("tribune", Text(RepoPaths.Seed("000")), "2025-12-02");
        book.Put("copy", Text(RepoPaths.Fixture("syndicated-ani-copy.txt")), null);
        var session = new DuplicateSession();
        var before = session.Update(book.Sources);

        // Results name sources by id: a new object with the same date and prose changes nothing in them.
        var renamed = book.Sources.Select(s => s.Id == "copy" ? s with { Headline = "A new headline" } : s).ToArray();
        var found = session.Update(renamed);

        Assert.NotEmpty(found);
        Assert.Equal(Describe(before), Describe(found));
        Assert.All(found, d => Assert.Equal("copy", d.Second.Source.Value));
    }

    private static void Replay((int Op, int Which, int Other, int Day)[] steps, DuplicateOptions options)
    {
        var book = new Book();
        var session = new DuplicateSession(options);
        var made = 0;
        foreach (var (op, which, other, day) in steps)
        {
            var pool = Pool.Value;
            var ids = book.Ids;
            var date = day == 0 ? null : $"2025-12-{day:00}";
            switch (op)
            {
                case 0 or 1:
                    book.Put($"s{made++}", Text(pool[which % pool.Length]), date);
                    break;
                case 2 when ids.Count > 0:
                    book.Remove(ids[which % ids.Count]);
                    break;
                case 3 when ids.Count > 0:
                {
                    // Syndicated: another site's copy of a story in the book, one figure changed.
                    var (text, _) = book.Get(ids[which % ids.Count]);
                    book.Put($"s{made++}", ChangeFigure(text, other), date);
                    break;
                }

                case 4 when ids.Count > 0:
                {
                    // A paragraph lifted from another story, or one dropped.
                    var id = ids[which % ids.Count];
                    var (text, published) = book.Get(id);
                    var paragraphs = text.Split("\n\n").ToList();
                    if (other % 2 == 0 && paragraphs.Count > 2)
                    {
                        paragraphs.RemoveAt(1 + (other % (paragraphs.Count - 1)));
                    }
                    else
                    {
                        var lifted = Text(pool[other % pool.Length]).Split("\n\n");
                        paragraphs.Add(lifted[lifted.Length / 2]);
                    }

                    book.Put(id, string.Join("\n\n", paragraphs), published);
                    break;
                }

                case 5 when ids.Count > 0:
                {
                    var id = ids[which % ids.Count];
                    var (text, published) = book.Get(id);
                    book.Put(id, other % 2 == 0 ? ChangeFigure(text, other) : text, other % 2 == 0 ? published : date);
                    break;
                }

                case 6 when ids.Count > 0:
                {
                    // The same source read again: a new object, nothing changed.
                    var id = ids[which % ids.Count];
                    var (text, published) = book.Get(id);
                    book.Put(id, text, published);
                    break;
                }

                default:
                    break;
            }

            var sources = book.Sources;
            var found = session.Update(sources);
            Assert.Equal(Describe(DuplicateDetector.Find(sources, options)), Describe(found));
            var current = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
            Assert.All(found, d =>
            {
                Assert.Contains(d.First.Source.Value, current);
                Assert.Contains(d.Second.Source.Value, current);
            });
        }
    }

    private static string Text(string path) => File.ReadAllText(path).ReplaceLineEndings("\n");

    /// <summary>The first figure of the text with one digit changed.</summary>
    private static string ChangeFigure(string text, int by)
    {
        var at = text.IndexOfAny("0123456789".ToCharArray(), text.Length / 3);
        if (at < 0) return text + "\n\nAdded in 2025 by the copying site, with 12 words of its own to compare here.";
        return string.Concat(text.AsSpan(0, at), ((char)('0' + ((text[at] - '0' + 1 + (by % 8)) % 10))).ToString(), text.AsSpan(at + 1));
    }

    private static string Print((int Op, int Which, int Other, int Day)[] steps) =>
        string.Join(", ", steps.Select(s => $"({s.Op},{s.Which},{s.Other},{s.Day})"));

    /// <summary>Every field of every pair, in order: equal strings mean equal results.</summary>
    private static string Describe(IReadOnlyList<DuplicatePassage> found)
    {
        var text = new StringBuilder();
        foreach (var d in found)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{Side(d.First)} | {Side(d.Second)} | {d.Similarity:R} {d.Kind} whole-story:{d.WholeStory} copies:{d.CopiesOfFirst}/{d.CopiesOfSecond}\n");
            foreach (var s in d.Diff) text.Append(CultureInfo.InvariantCulture, $"  {s.Op}: {s.Text}\n");
            foreach (var x in d.Discrepancies) text.Append(CultureInfo.InvariantCulture, $"  ! {x}\n");
        }

        return text.ToString();

        static string Side(PassageRef p) =>
            $"{p.Source.Value} ¶{p.Paragraph.Number}{(p.WholeBody ? " whole" : "")}";
    }

    /// <summary>The sources of a book under test, each kept as its text so it can be edited and read again.</summary>
    private sealed class Book
    {
        private readonly List<(string Id, string Text, string? Published, Source Source)> _sources = [];

        public IReadOnlyList<string> Ids => [.. _sources.Select(s => s.Id)];

        public IReadOnlyList<Source> Sources => [.. _sources.Select(s => s.Source)];

        public (string Text, string? Published) Get(string id)
        {
            var s = _sources.Single(x => x.Id == id);
            return (s.Text, s.Published);
        }

        public void Put(string id, string text, string? published)
        {
            var entry = (id, text, published, Support.Sources.FromText(id, text, published));
            var at = _sources.FindIndex(s => s.Id == id);
            if (at < 0) _sources.Add(entry);
            else _sources[at] = entry;
        }

        public void Remove(string id) => _sources.RemoveAll(s => s.Id == id);
    }
}
