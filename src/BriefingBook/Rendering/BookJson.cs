using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingBook.Analysis;
using BriefingBook.Analysis.Notes;
using BriefingBook.Content.Dates;

namespace BriefingBook.Rendering;

/// <summary>
/// <c>data/book.json</c>: the model the pages show, for other tools. URLs are site-absolute paths
/// (<c>/actors/russia/</c>) so a consumer can join them to wherever the site is published.
/// </summary>
public static class BookJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Readable non-ASCII names; the file is served as JSON, never inlined into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(AnalysedBook book)
    {
        var info = book.Content.Book;
        var root = new JsonObject
        {
            ["title"] = info.Title,
            ["subtitle"] = info.Subtitle,
            ["language"] = info.Language,
            ["briefing"] = Briefing(info.Briefing),
            ["actors"] = new JsonArray([.. book.Content.Actors.Select(a => (JsonNode)new JsonObject
            {
                ["id"] = a.Id,
                ["name"] = a.Name,
                ["aliases"] = Strings(a.Aliases),
                ["kind"] = a.Kind.ToString().ToLowerInvariant(),
                ["affiliations"] = Strings(a.Affiliations.Select(x => x.Id)),
                ["events"] = Strings(book.EventsOf(a.Id).Select(e => e.Id)),
                ["mentions"] = Strings(book.SourcesMentioning(a.Id).Select(s => s.Id)),
                ["related"] = Strings(book.Mentions.RelatedTo(a.Id).Select(r => r.ActorId)),
                ["url"] = Url(SiteUrls.Actor(a.Id)),
            })]),
            ["events"] = new JsonArray([.. book.Chronology.Select(e => (JsonNode)new JsonObject
            {
                ["id"] = e.Id,
                ["title"] = e.Title,
                ["date"] = Date(e.Date),
                ["rests_on_garbled"] = e.RestsOnGarbled,
                ["actors"] = Strings(e.Actors.Select(a => a.Id)),
                ["sources"] = Strings(e.Reports.Select(r => r.Source.Id).Distinct()),
                ["related"] = Strings(e.Related.Select(r => r.Id)),
                // True only where two or more sources reporting the event disagree; "disputes" says what else is in question.
                ["conflict"] = book.IsContested(e),
                ["disputes"] = new JsonArray([.. book.DisputesOf(e).Select(d => (JsonNode)new JsonObject
                {
                    ["kind"] = d.Kind switch
                    {
                        Analysis.Conflicts.DisputeKind.SourcesDisagree => "sources_disagree",
                        Analysis.Conflicts.DisputeKind.ContradictsItself => "contradicts_itself",
                        Analysis.Conflicts.DisputeKind.ContradictedElsewhere => "contradicted_elsewhere",
                        _ => "flagged",
                    },
                    ["field"] = d.Field,
                    ["note"] = d.Note?.Value,
                    ["sources"] = Strings(d.Sources.Select(s => s.Value)),
                })]),
                ["conflicts"] = new JsonArray([.. book.ConflictsOf(e).Select(c => (JsonNode)new JsonObject
                {
                    ["field"] = c.Field,
                    ["values"] = new JsonArray([.. c.Values.Select(v => (JsonNode)new JsonObject { ["source"] = v.Source.Value, ["value"] = v.Value })]),
                })]),
                ["reports"] = new JsonArray([.. book.QuotesOf(e).Select(q => (JsonNode)new JsonObject
                {
                    ["source"] = q.Source.Value,
                    ["quote"] = book.Report(q.Report).Quote,
                    ["url"] = Url(SiteUrls.Source(q.Source.Value)) + "#" + SiteUrls.QuoteAnchor(e, q.Report.Index),
                })]),
                ["url"] = Url(SiteUrls.Event(e.Id)),
            })]),
            ["sources"] = new JsonArray([.. book.Content.Sources.Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s.Id,
                ["seed"] = s.Seed.FileName,
                ["title"] = s.Headline,
                ["short"] = book.ShortLabel(s.Id),
                ["outlet"] = s.Outlet,
                ["via"] = s.Via,
                ["published"] = s.Published is null ? null : Date(s.Published),
                ["has_entry"] = s.HasEntry,
                ["mentions"] = Strings(book.ActorsNamedIn(s.Id).Order(StringComparer.Ordinal)),
                ["notes"] = new JsonArray([.. book.NotesOn(s.Id).Select(n => (JsonNode)Note(s.Id, n))]),
                ["url"] = Url(SiteUrls.Source(s.Id)),
            })]),
        };
        return root.ToJsonString(Options) + "\n";
    }

    /// <summary>The home page's briefing as the editors wrote it in book.yml, with ids in place of links.</summary>
    private static JsonObject Briefing(Content.Model.Briefing briefing)
    {
        static JsonArray Points(IEnumerable<Content.Model.BriefingPoint> points) => new([.. points.Select(p => (JsonNode)new JsonObject
        {
            ["text"] = p.Text,
            ["sources"] = Strings(p.Sources.Select(x => x.Id)),
            ["events"] = Strings(p.Events.Select(x => x.Id)),
            ["notes"] = Strings(p.Notes.Select(x => x.Id)),
        })]);

        return new JsonObject
        {
            ["bottom_line"] = briefing.BottomLine,
            ["judgements"] = Points(briefing.Judgements),
            ["uncertain"] = Points(briefing.Uncertain),
            ["stages"] = new JsonArray([.. briefing.Stages.Select(s => (JsonNode)new JsonObject
            {
                ["title"] = s.Title,
                ["date"] = s.Date is null ? null : Date(s.Date),
                ["text"] = s.Text,
                ["events"] = Strings(s.Events.Select(x => x.Id)),
            })]),
            ["gaps"] = Points(briefing.Gaps),
            ["reliability"] = new JsonArray([.. briefing.Reliability.Select(r => (JsonNode)new JsonObject
            {
                ["source"] = r.Source.Id,
                ["dated"] = r.Dated,
                ["defects"] = r.Defects,
                ["confidence"] = r.Confidence.ToString().ToLowerInvariant(),
            })]),
        };
    }

    /// <summary>One reporting note: kind, the other sources, a summary, and the details its kind has.</summary>
    private static JsonObject Note(string sourceId, SourceNote note)
    {
        var json = new JsonObject
        {
            ["kind"] = note.Kind.ToString().ToLowerInvariant(),
            ["sources"] = Strings(note.Sources),
            ["summary"] = note.Summary,
        };
        if (note.Possible) json["possible"] = true;
        if (note.Event is { } ev) json["event"] = ev.Value;
        if (note.ReportConflict is { } conflict) json["field"] = conflict.Field;
        if (note.EditorNote is { } editor)
        {
            json["note"] = editor.Value;
            json["url"] = Url(SiteUrls.Notes) + "#" + SiteUrls.NoteAnchor(editor.Value);
        }

        if (note.Passage is { } passage)
        {
            var (here, there) = passage.From(sourceId);
            json["paragraph"] = here.Paragraph.Number;
            json["other_paragraph"] = there.Paragraph.Number;
            json["similarity"] = Math.Round(passage.Similarity, 3);
            json["url"] = Url(SiteUrls.Source(there.Source.Value)) + "#" + SiteUrls.ParagraphAnchor(there.Paragraph);
            if (note.Kind == SourceNoteKind.Duplicate)
            {
                json["differences"] = new JsonArray([.. passage.Discrepancies.Select(d => (JsonNode)JsonValue.Create(d.Describe()))]);
                json["copies_found"] = passage.CopiesFrom(sourceId);
                if (passage.WholeStory) json["whole_story"] = true;
            }
            else if (note.Kind == SourceNoteKind.Template)
            {
                json["matches_found"] = passage.CopiesFrom(sourceId);
            }
        }

        return json;
    }

    private static JsonObject Date(PartialDate date) => new()
    {
        ["value"] = date.ToText(),
        ["display"] = date.ToDisplay(),
        ["precision"] = date.Precision.ToString().ToLowerInvariant(),
        ["approximate"] = date.Approximate,
    };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);

    private static string Url(string page) => "/" + page;
}
