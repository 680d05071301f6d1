using BriefingBook.Content.Model;

namespace BriefingBook.Editing;

/// <summary>
/// Guesses what kind of actor a new name is, from the words of the name and the words around it: an
/// organisation's name usually says what it is ("Ministry", "Council", "Bank"), a person's is usually
/// introduced by a title ("Foreign Minister", "analyst") or is two or three plain words, and a single plain
/// word is most often a state. It is a guess for an editor to confirm, and is labelled so.
/// </summary>
public static class KindGuess
{
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Ministry", "Council", "Court", "Bank", "Agency", "Organisation", "Organization", "Committee", "Commission",
        "Party", "Forum", "Chamber", "Union", "University", "Institute", "Office", "Department", "Embassy",
        "Government", "Parliament", "Assembly", "Company", "Corporation", "Service", "Centre", "Center",
        "Foundation", "Duma", "Senate", "Cabinet", "Secretariat", "Fund", "Authority", "Kremlin", "Times",
        "Herald", "News", "Post", "Press", "Tribune", "Review", "Journal", "Bureau", "Emirate", "Republic", "Kingdom",
        "Federation", "States", "Nations", "Directorate", "Board", "Unit", "Division", "Command", "Headquarters",
    };

    private static readonly HashSet<string> GroupWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Front", "Movement", "Alliance", "Army", "Group", "Brigade", "Forces", "Network", "Taliban", "Mujahideen", "Coalition",
    };

    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Minister", "Spokesperson", "Spokesman", "Spokeswoman", "Envoy", "Ambassador", "Chairman",
        "Chairwoman", "Secretary", "Senator", "Governor", "Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "Chief",
        "Director", "Leader", "King", "Queen", "Sheikh", "Mullah", "Commander", "General", "Deputy", "Acting",
        "Foreign", "Interior", "Defence", "Defense", "Prime", "Special", "Head", "Premier", "Mayor", "Judge",
    };

    private static readonly string[] PersonContext =
    [
        "analyst", "researcher", "spokesperson", "spokesman", "official", "minister", "envoy", "ambassador",
        "diplomat", "professor", "expert", "leader", "director", "correspondent", "said", "told", "says", "president",
    ];

    /// <summary>Whether the word names a kind of institution ("Ministry", "Emirate", "Front"), which "of" continues: "Ministry of Foreign Affairs".</summary>
    public static bool IsInstitution(string word) => OrganisationWords.Contains(word) || GroupWords.Contains(word);

    /// <summary>Whether the word is a title ("Minister", "Acting") that precedes a person's name but is not part of it.</summary>
    public static bool IsTitle(string word) => TitleWords.Contains(word);

    public static ActorKind Guess(string name, string sentence)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(GroupWords.Contains)) return ActorKind.Group;
        if (words.Any(OrganisationWords.Contains)) return ActorKind.Organisation;
        var at = sentence.IndexOf(name, StringComparison.Ordinal);
        var around = at < 0 ? "" : sentence[Math.Max(0, at - 40)..Math.Min(sentence.Length, at + name.Length + 40)].ToLowerInvariant();
        var introduced = PersonContext.Any(w => around.Contains(w, StringComparison.Ordinal));
        if (words.Length is >= 2 and <= 4 && words.All(w => !w.All(char.IsUpper))) return ActorKind.Person;
        if (words.Length == 1 && introduced && at > 0 && TitleWords.Any(t => sentence[..at].TrimEnd().EndsWith(t, StringComparison.OrdinalIgnoreCase))) return ActorKind.Person;
        return words.Length == 1 && !words[0].All(char.IsUpper) ? ActorKind.State : ActorKind.Organisation;
    }
}
