using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Conflicts;

/// <summary>
/// Classifies what puts each event in question, so that a badge says what it means. "Sources disagree" only where
/// two or more sources give different values for the event (a report conflict across sources) or an editors'
/// conflict note about it quotes two or more of the sources that report it. A conflict within one source is a
/// self-contradiction; a conflict note whose other sources do not report the event contradicts it from outside;
/// a flag is a flag. Every event's list is ordered by kind, then field or note id.
/// </summary>
public static class EventDisputes
{
    public static Dictionary<string, IReadOnlyList<EventDispute>> Find(BookContent content, IReadOnlyList<ReportConflict> conflicts)
    {
        var found = new Dictionary<string, List<EventDispute>>(StringComparer.Ordinal);
        var events = new Dictionary<string, Event>(StringComparer.Ordinal);
        foreach (var ev in content.Events) events.TryAdd(ev.Id, ev);
        void Add(string eventId, EventDispute dispute)
        {
            if (!found.TryGetValue(eventId, out var list)) found[eventId] = list = [];
            list.Add(dispute);
        }

        foreach (var conflict in conflicts)
        {
            var sources = conflict.Values.Select(v => v.Source).Distinct().ToArray();
            Add(conflict.Event.Value, new EventDispute(sources.Length >= 2 ? DisputeKind.SourcesDisagree : DisputeKind.ContradictsItself, sources)
            {
                Field = conflict.Field,
            });
        }

        foreach (var note in content.Notes)
        {
            var named = note.Claims.Select(c => new SourceId(c.Source.Id)).Distinct().ToArray();
            foreach (var id in note.Events.Select(e => e.Id).Distinct(StringComparer.Ordinal))
            {
                if (!events.TryGetValue(id, out var ev)) continue;
                Add(id, new EventDispute(Classify(note, named, ev), named) { Note = new NoteId(note.Id) });
            }
        }

        return found.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<EventDispute>)[.. kv.Value.OrderBy(d => d.Kind).ThenBy(d => d.Field ?? "", StringComparer.Ordinal).ThenBy(d => d.Note?.Value ?? "", StringComparer.Ordinal)],
            StringComparer.Ordinal);
    }

    private static DisputeKind Classify(Note note, SourceId[] named, Event ev)
    {
        if (note.Kind == NoteKind.Flag) return DisputeKind.Flagged;
        if (named.Length < 2) return DisputeKind.ContradictsItself;
        var reporting = ev.Reports.Select(r => r.Source.Id).ToHashSet(StringComparer.Ordinal);
        return named.Count(s => reporting.Contains(s.Value)) >= 2 ? DisputeKind.SourcesDisagree : DisputeKind.ContradictedElsewhere;
    }
}
