using BriefingBook.Content.Model;

namespace BriefingBook.Analysis;

/// <summary>
/// The short label each source is cited by in running text ("Tribune/ANI, c. 2 Dec 2025"): the editors'
/// <c>short:</c> when set, else the outlet (without a leading "The") and the wire it carries, then the date in
/// its compact form. Labels are unique within a book: sources whose derived labels coincide (two stories of one
/// outlet on one day) get " (a)", " (b)", … in order of date, then id, so the order never depends on load order.
/// The full headline stays on the source's own page and in the sources index.
/// </summary>
public static class SourceLabels
{
    public static Dictionary<string, string> Of(IReadOnlyList<Source> sources)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // Editors' labels first: they are unique already (the validator reports a clash) and win over derived ones.
        foreach (var source in sources.Where(s => s.ShortLabel is not null).OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            if (taken.Add(source.ShortLabel!)) labels[source.Id] = source.ShortLabel!;
        }

        var derived = sources.Where(s => !labels.ContainsKey(s.Id))
            .GroupBy(s => s.ShortLabel ?? Derive(s), StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in derived)
        {
            var members = group.Order(EarliestFirst.Instance).ToArray();
            if (members.Length == 1 && taken.Add(group.Key))
            {
                labels[members[0].Id] = group.Key;
                continue;
            }

            for (var i = 0; i < members.Length; i++)
            {
                var label = $"{group.Key} ({Letter(i)})";
                // A clash left after lettering (an editor chose "X (a)" for another source) falls back on the id.
                if (!taken.Add(label)) taken.Add(label = $"{group.Key} ({members[i].Id})");
                labels[members[i].Id] = label;
            }
        }

        return labels;
    }

    /// <summary>Outlet and wire, or the first words of the headline when the page names neither, then the date.</summary>
    public static string Derive(Source source)
    {
        var outlet = Trimmed(source.Outlet);
        var via = Trimmed(source.Via);
        var name = (outlet, via) switch
        {
            (not null, not null) when !string.Equals(outlet, via, StringComparison.OrdinalIgnoreCase) => $"{outlet}/{via}",
            (not null, _) => outlet,
            (null, not null) => via,
            _ => FirstWords(source.Headline),
        };
        return source.Published is { } date ? $"{name}, {date.ToShortDisplay()}" : $"{name}, undated";
    }

    private static string? Trimmed(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        name = name.Trim();
        return name.StartsWith("The ", StringComparison.Ordinal) && name.Length > 4 ? name[4..] : name;
    }

    /// <summary>Three words of the headline, without the brackets that mark an editors' headline.</summary>
    private static string FirstWords(string headline)
    {
        var words = headline.Trim().Trim('[', ']').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3 ? string.Join(' ', words) : string.Join(' ', words[..3]) + "…";
    }

    private static string Letter(int i) => i < 26 ? ((char)('a' + i)).ToString() : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
