using BriefingBook.Content.FrontMatter;
using BriefingBook.Content.Model;
using BriefingBook.Diagnostics;

namespace BriefingBook.Content;

/// <summary>
/// Reads the briefing fields of <c>content/book.yml</c> (see docs/content-model.md). Every shape problem is
/// reported at its line by <see cref="YamlMap"/>; ids are checked later by <see cref="ContentValidator"/>.
/// </summary>
public static class BriefingParser
{
    public static Briefing Parse(YamlMap book) => new(
        book.Text("bottom_line"),
        Points(book, "judgements"),
        Points(book, "uncertain"),
        Stages(book),
        Points(book, "gaps"),
        Reliability(book));

    private static List<BriefingPoint> Points(YamlMap book, string key)
    {
        var points = new List<BriefingPoint>();
        foreach (var item in book.Maps(key))
        {
            item.AllowOnly(Fields.BriefingPoint);
            var text = item.Text("text", required: true);
            var point = new BriefingPoint(text ?? "", item.Ids("sources"), item.Ids("events"), item.Ids("notes"), item.At);
            if (text is not null) points.Add(point);
        }

        return points;
    }

    private static List<Stage> Stages(YamlMap book)
    {
        var stages = new List<Stage>();
        foreach (var item in book.Maps("stages"))
        {
            item.AllowOnly(Fields.Stage);
            var title = item.Text("title", required: true);
            var stage = new Stage(title ?? "", item.Date("date"), item.Text("text"), item.Ids("events"), item.At);
            if (title is not null) stages.Add(stage);
        }

        return stages;
    }

    private static List<SourceReliability> Reliability(YamlMap book)
    {
        var rows = new List<SourceReliability>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in book.Maps("reliability"))
        {
            item.AllowOnly(Fields.Reliability);
            var source = item.Id("source", required: true);
            var dated = item.Text("dated", required: true);
            var defects = item.Text("defects", required: true);
            var confidence = item.Choice<DatingConfidence>("confidence", required: true);
            if (source is not null && !seen.Add(source.Id))
                item.Error(DiagnosticCodes.DuplicateReliabilityRow, source.At, $"source `{source.Id}` already has a row in `reliability`: one row per source");
            else if (source is not null && dated is not null && defects is not null && confidence is not null)
                rows.Add(new SourceReliability(source, dated, defects, confidence.Value, item.At));
        }

        return rows;
    }
}
