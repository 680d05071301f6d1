using System.Text;
using BriefingBook.Analysis;
using BriefingBook.Content;

namespace BriefingBook.Editing;

/// <summary>
/// <c>suggest --write</c>: turns the proposals into files an editor reviews as a diff. New files (the source
/// entry, new events, new actors) are created; an existing event only gets a report appended to its
/// <c>reports</c> list, and nothing else existing is touched. Near misses of known names are left to the
/// editor (adding an alias rewrites an actor). Every quote is a sentence of the cleaned body, so the files
/// pass <c>check</c> as written.
/// </summary>
public static class SuggestionWriter
{
    /// <summary>Writes the files; returns what was written and what was left, one line each, paths relative to the book.</summary>
    public static IReadOnlyList<string> Write(ArticleSuggestion suggestion, AnalysedBook book, BookPaths paths)
    {
        var done = new List<string>();
        var s = suggestion.Source;
        var sourceId = s.ExistingId ?? s.Id;
        if (s.ExistingId is null)
        {
            var o = new StringBuilder("---\n");
            o.Append($"seed: {Yaml(s.Seed)}\nheadline: {Yaml(s.Headline)}\n");
            if (s.Outlet is not null) o.Append($"outlet: {Yaml(s.Outlet)}\n");
            if (s.Via is not null) o.Append($"via: {Yaml(s.Via)}\n");
            if (s.Author is not null) o.Append($"author: {Yaml(s.Author)}\n");
            // With no date at all, the year of the latest event it reports is no better; an editor must date it.
            o.Append($"published: {Yaml(s.Published?.ToText() ?? "TODO")}\n");
            if (s.Published is { Approximate: true }) o.Append("approximate: true\n");
            o.Append($"dating: {Yaml(s.Dating)}\n---\n");
            o.Append(s.HeadlineGuessed ? "The page has no headline; the one above is the article's first words: rewrite it.\n" : "");
            o.Append("Proposed by `briefingbook suggest`: write the summary and any oddities of the page here.\n");
            done.Add(Create(paths, $"content/sources/{s.Id}.md", o.ToString()));
        }

        var newActors = suggestion.Actors.Where(a => a.Match == ActorMatch.New).ToList();
        foreach (var a in newActors)
        {
            var text = $"---\nname: {Yaml(a.Name)}\nkind: {a.Kind.ToString().ToLowerInvariant()}\n---\n"
                + $"Proposed by `briefingbook suggest` (kind guessed) from line {a.Sentence.Line} of `{s.Seed}`: “{a.Sentence.Text}”\n";
            done.Add(Create(paths, $"content/actors/{a.NewId}.md", text));
        }

        foreach (var e in suggestion.Events)
        {
            if (e.EventId is null)
            {
                var o = new StringBuilder("---\n");
                o.Append($"title: {Yaml(e.Title)}\n");
                o.Append($"date: {Yaml(e.Date!.ToText())}\n");
                if (e.Date.Approximate) o.Append("approximate: true\n");
                if (e.Dating is not null) o.Append($"dating: {Yaml(e.Dating)}\n");
                if (e.Values.Place is not null) o.Append($"place: {Yaml(e.Values.Place)}\n");
                o.Append($"actors: [{string.Join(", ", e.Actors)}]\nreports:\n");
                o.Append(Report(e, sourceId, "  "));
                o.Append($"---\nProposed by `briefingbook suggest` from line {e.Sentence.Line} of `{s.Seed}`: check the title, date and actors, then write the summary.\n");
                done.Add(Create(paths, $"content/events/{e.NewId}.md", o.ToString()));
                continue;
            }

            var ev = book.EventsById[e.EventId];
            var path = Path.Combine(paths.Root, ev.At.File);
            var appended = AppendReport(File.ReadAllText(path, Encoding.UTF8), e, sourceId);
            if (appended is null)
            {
                done.Add($"left {ev.At.File}: its `reports` is not a block list, so the report was not appended; add it by hand");
                continue;
            }

            File.WriteAllText(path, appended, new UTF8Encoding(false));
            done.Add($"appended a report to {ev.At.File}");
        }

        foreach (var a in suggestion.Actors.Where(a => a.Match == ActorMatch.NearMiss))
            done.Add($"left content/actors/{a.ActorId}.md: if “{a.Name}” is “{a.CloseTo}”, add it to `aliases`");
        return done;
    }

    /// <summary>The file with one report added at the end of its front matter's <c>reports</c> block list, or null when there is none.</summary>
    public static string? AppendReport(string text, EventProposal e, string sourceId)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        if (lines.Count == 0 || lines[0].Trim() != "---") return null;
        var close = lines.FindIndex(1, l => l.Trim() == "---");
        var key = lines.FindIndex(1, l => l.TrimEnd() == "reports:");
        if (close < 0 || key < 0 || key > close) return null;
        var end = key + 1;
        var last = key;
        while (end < close && (lines[end].Trim().Length == 0 || lines[end].StartsWith(' ') || lines[end].StartsWith('-')))
        {
            if (lines[end].Trim().Length > 0) last = end;
            end++;
        }

        if (last == key) return null;
        var item = lines[key + 1];
        var indent = item[..(item.Length - item.TrimStart().Length)];
        lines.Insert(last + 1, Report(e, sourceId, indent).TrimEnd('\n'));
        return string.Join('\n', lines);
    }

    private static string Report(EventProposal e, string sourceId, string indent)
    {
        var o = new StringBuilder();
        o.Append($"{indent}- source: {sourceId}\n");
        o.Append($"{indent}  quote: {Yaml(e.Quote)}\n");
        if (e.Values.Date is { Date: { } date } d)
        {
            o.Append($"{indent}  date: {Yaml(date.ToText())}\n");
            if (d.Relative) o.Append($"{indent}  note: {Yaml($"Dated from “{d.Text}”, {d.Reading}.")}\n");
        }

        if (e.Values.Place is not null) o.Append($"{indent}  place: {Yaml(e.Values.Place)}\n");
        if (e.Values.Count is not null) o.Append($"{indent}  count: {Yaml(e.Values.Count)}\n");
        return o.ToString();
    }

    private static string Create(BookPaths paths, string relative, string text)
    {
        var path = Path.Combine(paths.Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Never overwrite: ids were chosen to be free, so an existing file means someone wrote it meanwhile.
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            writer.Write(text);
        }

        return $"wrote {relative}";
    }

    /// <summary>A YAML double-quoted scalar: safe for any one-line text.</summary>
    private static string Yaml(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
