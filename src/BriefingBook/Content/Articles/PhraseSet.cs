using System.Text.RegularExpressions;

namespace BriefingBook.Content.Articles;

/// <summary>
/// One section of the phrase data, matched in a single pass: every line of every seed is tested against
/// every section, so a compiled alternation replaces a loop of <c>Contains</c> calls over a hundred phrases.
/// Lines are lower-cased by the caller, as the phrases are.
/// </summary>
internal sealed class PhraseSet
{
    private readonly Regex _anywhere;
    private readonly Regex _opening;

    public PhraseSet(IEnumerable<string> phrases)
    {
        // Longest first, so "subscriber" is matched rather than the "subscribe" inside it.
        Phrases = [.. phrases.Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)];
        var alternation = Phrases.Length == 0 ? "(?!)" : string.Join('|', Phrases.Select(Regex.Escape));
        _anywhere = new Regex("(?:" + alternation + ")", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _opening = new Regex("^(?:" + alternation + ")", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public string[] Phrases { get; }

    public bool Contains(ReadOnlySpan<char> lower) => _anywhere.IsMatch(lower);

    public bool Opens(ReadOnlySpan<char> lower) => _opening.IsMatch(lower);

    /// <summary>The phrase the line opens with, or null.</summary>
    public string? Opening(string lower) => _opening.Match(lower) is { Success: true } m ? m.Value : null;

    /// <summary>How many different phrases the line holds (a phrase inside a longer match does not count).</summary>
    public int Count(ReadOnlySpan<char> lower)
    {
        if (!_anywhere.IsMatch(lower)) return 0;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in _anywhere.EnumerateMatches(lower)) distinct.Add(lower.Slice(m.Index, m.Length).ToString());
        return distinct.Count;
    }
}
