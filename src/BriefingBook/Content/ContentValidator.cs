using BriefingBook.Content.Model;
using BriefingBook.Diagnostics;

namespace BriefingBook.Content;

/// <summary>
/// The validate stage: every id an entry refers to must exist. Each unknown id is reported where it was
/// written, with the closest existing id as a suggestion. Quotes are checked later, against cleaned bodies,
/// by <see cref="Analysis.QuoteLocator"/>.
/// </summary>
public static class ContentValidator
{
    public static void Validate(BookContent content, DiagnosticBag diagnostics)
    {
        var actorIds = content.Declared.Actors;
        var sourceIds = content.Declared.Sources;
        var eventIds = content.Declared.Events;

        void Check(IdRef? reference, IReadOnlySet<string> known, DiagnosticCode code)
        {
            if (reference is null || known.Contains(reference.Id)) return;
            diagnostics.Error(code, reference.At, $"{code.Title} `{reference.Id}`{Suggestions.DidYouMean(reference.Id, known)}");
        }

        foreach (var actor in content.Actors)
        {
            foreach (var role in actor.Roles)
            {
                Check(role.Of, actorIds, DiagnosticCodes.UnknownActor);
                Check(role.Source, sourceIds, DiagnosticCodes.UnknownSource);
            }

            foreach (var affiliation in actor.Affiliations)
            {
                Check(affiliation, actorIds, DiagnosticCodes.UnknownActor);
                if (affiliation.Id == actor.Id) diagnostics.Error(DiagnosticCodes.SelfAffiliation, affiliation.At, $"`{actor.Id}` cannot be affiliated with itself");
            }
        }

        foreach (var ev in content.Events)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var actor in ev.Actors)
            {
                Check(actor, actorIds, DiagnosticCodes.UnknownActor);
                if (!seen.Add(actor.Id)) diagnostics.Warning(DiagnosticCodes.ActorListedTwice, actor.At, $"actor `{actor.Id}` is listed twice");
            }

            foreach (var related in ev.Related)
            {
                Check(related, eventIds, DiagnosticCodes.UnknownEvent);
                if (related.Id == ev.Id) diagnostics.Error(DiagnosticCodes.SelfRelation, related.At, $"`{ev.Id}` cannot be related to itself");
            }

            foreach (var report in ev.Reports)
            {
                Check(report.Source, sourceIds, DiagnosticCodes.UnknownSource);
                Check(report.First, actorIds, DiagnosticCodes.UnknownActor);
            }
        }

        // Citations name a source by its short label alone, so two sources an editor labelled alike could not
        // be told apart in running text. (Derived labels are told apart by the analysis; see SourceLabels.)
        var labelled = new Dictionary<string, Source>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in content.Sources.Where(s => s.ShortLabel is not null).OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            if (labelled.TryGetValue(source.ShortLabel!, out var first))
                diagnostics.Error(DiagnosticCodes.DuplicateShortLabel, source.ShortAt ?? source.At, $"short label `{source.ShortLabel}` is already the label of source `{first.Id}`; add what tells them apart (a time of day, a page, a section)");
            else labelled[source.ShortLabel!] = source;
        }

        foreach (var note in content.Notes)
        {
            foreach (var ev in note.Events) Check(ev, eventIds, DiagnosticCodes.UnknownEvent);
            foreach (var claim in note.Claims) Check(claim.Source, sourceIds, DiagnosticCodes.UnknownSource);
        }

        // An event that rests on one garbled sentence shows a warning badge; the flag quoting that sentence is
        // what lets the reader judge it, so the badge without a flag would be an empty claim.
        var flagged = content.Notes.Where(n => n.Kind == NoteKind.Flag).SelectMany(n => n.Events).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var ev in content.Events.Where(e => e.RestsOnGarbled && !flagged.Contains(e.Id)))
            diagnostics.Error(DiagnosticCodes.GarbledWithoutFlag, ev.At, $"`{ev.Id}` has `rests_on_garbled: true` but no flag in `content/notes/` names it: add a flag quoting the garbled sentence, with `events: [{ev.Id}]`");

        var briefing = content.Book.Briefing;
        foreach (var point in briefing.Judgements.Concat(briefing.Uncertain).Concat(briefing.Gaps))
        {
            foreach (var source in point.Sources) Check(source, sourceIds, DiagnosticCodes.UnknownSource);
            foreach (var ev in point.Events) Check(ev, eventIds, DiagnosticCodes.UnknownEvent);
            foreach (var note in point.Notes) Check(note, content.Declared.Notes, DiagnosticCodes.UnknownNote);
        }

        foreach (var stage in briefing.Stages)
        {
            foreach (var ev in stage.Events) Check(ev, eventIds, DiagnosticCodes.UnknownEvent);
        }

        foreach (var row in briefing.Reliability) Check(row.Source, sourceIds, DiagnosticCodes.UnknownSource);

        CheckAliases(content, diagnostics);
    }

    /// <summary>One name must lead to one actor, or a mention cannot be attributed.</summary>
    private static void CheckAliases(BookContent content, DiagnosticBag diagnostics)
    {
        var owner = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in content.Actors)
        {
            foreach (var name in actor.Aliases.Prepend(actor.Name).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (owner.TryGetValue(name, out var other) && other.Id != actor.Id)
                    diagnostics.Warning(DiagnosticCodes.SharedName, actor.At, $"the name `{name}` is used by both `{other.Id}` and `{actor.Id}`; mentions of it go to `{other.Id}`");
                else
                    owner.TryAdd(name, actor);
            }
        }
    }
}
