using System.Globalization;
using BriefingBook.Analysis.Conflicts;
using BriefingBook.Analysis.Duplicates;
using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Notes;

/// <summary>
/// Gathers, per source, the notes the analysis found: duplicated passages (and the possible conflicts their
/// edits suggest), corroborated events, report conflicts, the editors' conflicts and flags, and, last, the
/// passages alike only in a wire formula. Each list is ordered conflicts first, then flags, duplicates,
/// corroboration and template matches: what most needs a reader's attention.
/// </summary>
public static class ReportingNotes
{
    public static Dictionary<string, IReadOnlyList<SourceNote>> BySource(
        BookContent content,
        IReadOnlyList<DuplicatePassage> duplicates,
        IReadOnlyList<ReportConflict> conflicts,
        IReadOnlyList<ClaimMatch> claims,
        IReadOnlyList<DuplicatePassage> templates,
        IReadOnlyDictionary<string, string>? labels = null)
    {
        var notes = new Dictionary<string, List<SourceNote>>(StringComparer.Ordinal);
        // Summaries are running text: other sources are named by their short labels, not their headlines.
        var headline = content.Sources.ToDictionary(s => s.Id, s => labels?.GetValueOrDefault(s.Id) ?? s.Headline, StringComparer.Ordinal);
        void Add(string source, SourceNote note)
        {
            if (!notes.TryGetValue(source, out var list)) notes[source] = list = [];
            list.Add(note);
        }

        foreach (var d in duplicates)
        {
            foreach (var (here, there) in new[] { (d.First, d.Second), (d.Second, d.First) })
            {
                var summary = $"Paragraph {N(here.Paragraph.Number)} is near-verbatim in {headline[there.Source.Value]} (paragraph {N(there.Paragraph.Number)}, {Percent(d.Similarity)} similar)"
                    + (d.Identical ? ", word for word." : ".");
                Add(here.Source.Value, new SourceNote(SourceNoteKind.Duplicate, [there.Source.Value], summary) { Passage = d });
                foreach (var x in d.Discrepancies)
                {
                    // Which words differ, read from this source's side: "says “on 4 July” where … says “on 3 July”".
                    var (mine, theirs) = ReferenceEquals(here, d.First) ? (x.First, x.Second) : (x.Second, x.First);
                    Add(here.Source.Value, new SourceNote(SourceNoteKind.Conflict, [there.Source.Value],
                        $"Possible conflict ({x.Kind.ToString().ToLowerInvariant()}): paragraph {N(here.Paragraph.Number)} says “{mine}” where its copy in {headline[there.Source.Value]} (paragraph {N(there.Paragraph.Number)}) says “{theirs}”.")
                    { Passage = d, Possible = true });
                }
            }
        }

        foreach (var d in templates)
        {
            foreach (var (here, there) in new[] { (d.First, d.Second), (d.Second, d.First) })
            {
                Add(here.Source.Value, new SourceNote(SourceNoteKind.Template, [there.Source.Value],
                    $"Paragraph {N(here.Paragraph.Number)} and paragraph {N(there.Paragraph.Number)} of {headline[there.Source.Value]} use the same wire formula ({Percent(d.Similarity)} alike); its wording is common to many stories, so this is not a copy.")
                { Passage = d });
            }
        }

        foreach (var ev in content.Events)
        {
            var ids = ev.Reports.Select(r => r.Source.Id).Where(headline.ContainsKey).Distinct(StringComparer.Ordinal).ToArray();
            if (ids.Length < 2) continue;
            foreach (var id in ids)
            {
                var others = ids.Where(o => o != id).ToArray();
                Add(id, new SourceNote(SourceNoteKind.Corroboration, others,
                    $"“{ev.Title}” is also reported by {string.Join("; ", others.Select(o => headline[o]))}.")
                { Event = new EventId(ev.Id) });
            }
        }

        var eventsById = new Dictionary<string, Event>(StringComparer.Ordinal);
        foreach (var ev in content.Events) eventsById.TryAdd(ev.Id, ev);
        foreach (var c in conflicts)
        {
            var ev = eventsById[c.Event.Value];
            var ids = c.SourceIds.Where(headline.ContainsKey).ToArray();
            var values = string.Join("; ", c.Values.Select(v => $"{(headline.TryGetValue(v.Source.Value, out var h) ? h : v.Source.Value)} gives {v.Value}"));
            foreach (var id in ids)
            {
                Add(id, new SourceNote(SourceNoteKind.Conflict, [.. ids.Where(o => o != id)],
                    $"Reports of “{ev.Title}” disagree on {c.Field}: {values}.")
                { Event = c.Event, ReportConflict = c });
            }
        }

        var notesById = new Dictionary<string, Note>(StringComparer.Ordinal);
        foreach (var note in content.Notes) notesById.TryAdd(note.Id, note);
        foreach (var group in claims.GroupBy(c => c.Note))
        {
            var note = notesById[group.Key.Value];
            var ids = group.Select(c => c.Source.Value).Distinct(StringComparer.Ordinal).ToArray();
            var kind = note.Kind == NoteKind.Flag ? SourceNoteKind.Flag : SourceNoteKind.Conflict;
            foreach (var id in ids)
                Add(id, new SourceNote(kind, [.. ids.Where(o => o != id)], note.Title) { EditorNote = new NoteId(note.Id) });
        }

        return notes.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<SourceNote>)[.. kv.Value.OrderBy(n => n.Kind)],
            StringComparer.Ordinal);
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Percent(double share) => Math.Floor(share * 100).ToString(CultureInfo.InvariantCulture) + "%";
}
