using System.Text.RegularExpressions;

namespace BriefingBook.Editing;

/// <summary>
/// Reads the values a sentence states for a report's fields: its first resolved date, a place ("in Kabul",
/// "at Saint Petersburg") and a count ("three nations", "20 years", "billions").
/// </summary>
public static partial class ValueReader
{
    private static readonly HashSet<string> NotPlaces = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    public static ReportedValues Read(string sentence, IReadOnlyList<DateMention> dates)
    {
        var date = dates.FirstOrDefault(d => d.Date is not null);
        string? place = null;
        foreach (Match m in Place().Matches(sentence))
        {
            if (NotPlaces.Contains(m.Groups["p"].Value.Split(' ')[0])) continue;
            place = m.Groups["p"].Value;
            break;
        }

        string? count = null;
        foreach (Match m in Count().Matches(sentence))
        {
            if (dates.Any(d => m.Index < d.Start + d.Text.Length && d.Start < m.Index + m.Length)) continue;
            count = m.Value;
            break;
        }

        return new ReportedValues(date, place, count);
    }

    [GeneratedRegex(@"\b(?:in|at)\s+(?<p>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Place();

    [GeneratedRegex(@"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens|hundreds|thousands|millions|billions)\s+(?:of\s+)?\p{Ll}+", RegexOptions.CultureInvariant)]
    private static partial Regex Count();
}
