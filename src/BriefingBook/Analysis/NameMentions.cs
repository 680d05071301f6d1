using System.Text.RegularExpressions;
using BriefingBook.Content.Model;

namespace BriefingBook.Analysis;

/// <summary>
/// Which actors each source names, by name or alias, as whole words (a possessive "Russia's" counts).
/// One alternation of every name, longest first so "Islamic Emirate of Afghanistan" wins over
/// "Afghanistan", compiled once and run once over each body.
/// </summary>
public sealed class NameMentions
{
    private readonly Regex? _names;
    private readonly Dictionary<string, string> _actorByName;

    public NameMentions(IEnumerable<Actor> actors)
    {
        _actorByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in actors)
        {
            foreach (var name in actor.Aliases.Prepend(actor.Name))
                _actorByName.TryAdd(Fold(name), actor.Id);
        }

        if (_actorByName.Count == 0) return;
        var alternation = string.Join("|", _actorByName.Keys.OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).Select(Regex.Escape));
        _names = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The ids of the actors named in <paramref name="text"/>.</summary>
    public IReadOnlySet<string> ActorsIn(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (_names is null) return found;
        foreach (Match m in _names.Matches(Fold(text)))
        {
            if (_actorByName.TryGetValue(m.Value, out var id)) found.Add(id);
        }

        return found;
    }

    // Curly apostrophes in scraped text ("Russia’s") must match straight ones in editors' aliases.
    private static string Fold(string text) => text.Replace('’', '\'').Replace('‘', '\'');
}
