using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BriefingBook.Content.Dates;

namespace BriefingBook.Editing;

/// <summary>
/// <c>suggest --format json</c>: one object,
/// <c>{source: {headline, outlet, via, published: {value, precision}, dating}, events: [{id|null, title, date,
/// quote, score, reasons}], actors: [{id|null, name, kind, sentence}]}</c>, plus the fields an editor's tool
/// needs to act on them (proposed ids, lines, values, how each name matched).
/// </summary>
public static class SuggestionJson
{
    public static string Write(ArticleSuggestion suggestion)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            var s = suggestion.Source;
            json.WriteStartObject("source");
            json.WriteString("id", s.Id);
            json.WriteBoolean("existing", s.ExistingId is not null);
            json.WriteString("seed", s.Seed);
            json.WriteString("headline", s.Headline);
            json.WriteBoolean("headline_guessed", s.HeadlineGuessed);
            json.WriteString("outlet", s.Outlet);
            json.WriteString("via", s.Via);
            json.WriteString("author", s.Author);
            json.WritePropertyName("published");
            Date(json, s.Published, null, null);
            json.WriteString("dating", s.Dating);
            json.WriteEndObject();

            json.WriteNumber("threshold", suggestion.Threshold);
            json.WriteStartArray("events");
            foreach (var e in suggestion.Events)
            {
                json.WriteStartObject();
                json.WriteString("id", e.EventId);
                if (e.EventId is null) json.WriteString("proposed_id", e.NewId);
                json.WriteString("title", e.Title);
                json.WritePropertyName("date");
                Date(json, e.Date, e.Values.Date?.Text, e.Values.Date?.Reading);
                json.WriteString("quote", e.Quote);
                json.WriteNumber("line", e.Sentence.Line);
                json.WriteString("place", e.Values.Place);
                json.WriteString("count", e.Values.Count);
                json.WriteStartArray("actors");
                foreach (var a in e.Actors) json.WriteStringValue(a);
                json.WriteEndArray();
                json.WriteNumber("score", e.Score);
                json.WriteStartArray("reasons");
                foreach (var r in e.Reasons) json.WriteStringValue(r);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("actors");
            foreach (var a in suggestion.Actors)
            {
                json.WriteStartObject();
                json.WriteString("id", a.ActorId);
                json.WriteString("match", a.Match switch { ActorMatch.Known => "known", ActorMatch.NearMiss => "near_miss", _ => "new" });
                if (a.Match == ActorMatch.New) json.WriteString("proposed_id", a.NewId);
                json.WriteString("name", a.Name);
                json.WriteString("kind", a.Kind.ToString().ToLowerInvariant());
                if (a.CloseTo is not null) json.WriteString("close_to", a.CloseTo);
                json.WriteString("sentence", a.Sentence.Text);
                json.WriteNumber("line", a.Sentence.Line);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("other_names");
            foreach (var n in suggestion.OtherNames)
            {
                json.WriteStartObject();
                json.WriteString("name", n.Name);
                json.WriteString("what", n.What);
                json.WriteNumber("line", n.Sentence.Line);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Date(Utf8JsonWriter json, PartialDate? date, string? text, string? reading)
    {
        if (date is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("value", date.ToText());
        json.WriteString("precision", date.Precision.ToString().ToLowerInvariant());
        json.WriteBoolean("approximate", date.Approximate);
        if (text is not null) json.WriteString("text", text);
        if (reading is not null) json.WriteString("reading", reading);
        json.WriteEndObject();
    }
}
