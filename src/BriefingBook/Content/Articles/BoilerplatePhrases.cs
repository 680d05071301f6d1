using System.Reflection;

namespace BriefingBook.Content.Articles;

/// <summary>
/// Phrases that web pages put around articles, in the dozen-odd most common languages of the web. They are
/// data (<c>Data/boilerplate-phrases.txt</c>, embedded in the assembly), so a language is added by editing
/// that file. Whole-line phrases are matched case-insensitively and punctuation-trimmed, never inside prose,
/// so an article that talks about "advertisement" keeps its text.
/// </summary>
internal static class BoilerplatePhrases
{
    private const string Resource = "BriefingBook.Content.Articles.Data.boilerplate-phrases.txt";

    private static readonly Dictionary<string, List<string>> Sections = Load();

    /// <summary>Lines that are page furniture wherever they appear.</summary>
    public static readonly HashSet<string> Lines = new(Section("lines"), StringComparer.OrdinalIgnoreCase);

    /// <summary>Lines after which the page is usually other stories, comments or sharing.</summary>
    public static readonly HashSet<string> Stops = new(Section("stops"), StringComparer.OrdinalIgnoreCase);

    /// <summary>Line openings that mark disclaimers, notices and page furniture.</summary>
    public static readonly PhraseSet Prefixes = new(Section("prefixes"));

    /// <summary>Line openings of a credit ("Source: TASS News Agency"), kept as metadata, not body.</summary>
    public static readonly PhraseSet CreditPrefixes = new(Section("credits"));

    /// <summary>Line openings of a byline ("By Jane Doe", "Par Jean Dupont").</summary>
    public static readonly PhraseSet BylinePrefixes = new(Section("bylines"));

    /// <summary>Cookie-wall, consent and legal-footer words, anywhere in a line.</summary>
    public static readonly PhraseSet Legal = new(Section("legal"));

    /// <summary>Legal words and subscription or newsletter pitches together, anywhere in a line.</summary>
    public static readonly PhraseSet LegalOrPromotion = new([.. Section("legal"), .. Section("promotion")]);

    /// <summary>Marks of a picture caption or credit, anywhere in a line.</summary>
    public static readonly PhraseSet Captions = new(Section("captions"));

    /// <summary>Words of an author's bio line.</summary>
    public static readonly PhraseSet Bios = new(Section("bios"));

    private static string[] Section(string name) => [.. Sections.GetValueOrDefault(name) ?? []];

    private static Dictionary<string, List<string>> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"missing embedded resource {Resource}");
        using var reader = new StreamReader(stream);
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        while (reader.ReadLine() is { } line)
        {
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#')) continue;
            if (text.StartsWith('[') && text.EndsWith(']'))
            {
                current = sections[text[1..^1]] = [];
                continue;
            }

            // "de  Weiterlesen": an optional language code, then the phrase.
            var gap = text.IndexOfAny([' ', '\t']);
            var phrase = gap is >= 2 and <= 3 && text[..gap].All(char.IsAsciiLetterLower) ? text[gap..].Trim() : text;
            current?.Add(phrase.ToLowerInvariant());
        }

        return sections;
    }
}
