using System.Reflection;

namespace BriefingBook.Diagnostics;

/// <summary>
/// Every diagnostic code, in one place. A code is never reused for another problem and never renumbered: CI
/// annotations and editors' notes refer to it. Each is documented in docs/diagnostics.md (a test holds the two
/// together, both ways).
/// </summary>
public static class DiagnosticCodes
{
    // BB01xx: references and ids.
    public static readonly DiagnosticCode UnknownActor = new("BB0101", "unknown actor");
    public static readonly DiagnosticCode UnknownSource = new("BB0102", "unknown source");
    public static readonly DiagnosticCode UnknownEvent = new("BB0103", "unknown event");
    public static readonly DiagnosticCode UnknownNote = new("BB0104", "unknown note");
    public static readonly DiagnosticCode SelfAffiliation = new("BB0105", "actor affiliated with itself");
    public static readonly DiagnosticCode SelfRelation = new("BB0106", "event related to itself");
    public static readonly DiagnosticCode ActorListedTwice = new("BB0107", "actor listed twice");
    public static readonly DiagnosticCode SharedName = new("BB0108", "name used by two actors");
    public static readonly DiagnosticCode GarbledWithoutFlag = new("BB0109", "rests_on_garbled without a flag");
    public static readonly DiagnosticCode InvalidId = new("BB0110", "invalid id");
    public static readonly DiagnosticCode DuplicateId = new("BB0111", "duplicate id");
    public static readonly DiagnosticCode UnknownSeed = new("BB0112", "unknown seed file");
    public static readonly DiagnosticCode SeedDescribedTwice = new("BB0113", "seed described twice");
    public static readonly DiagnosticCode DuplicateReliabilityRow = new("BB0114", "duplicate reliability row");
    public static readonly DiagnosticCode DuplicateShortLabel = new("BB0115", "short label used twice");

    // BB02xx: front matter, YAML and field values.
    public static readonly DiagnosticCode NoFrontMatter = new("BB0201", "no front matter");
    public static readonly DiagnosticCode UnclosedFrontMatter = new("BB0202", "front matter not closed");
    public static readonly DiagnosticCode TabIndentation = new("BB0203", "tab in YAML indentation");
    public static readonly DiagnosticCode YamlOverLimits = new("BB0204", "YAML refused by its bounds");
    public static readonly DiagnosticCode MalformedYaml = new("BB0205", "malformed YAML");
    public static readonly DiagnosticCode FrontMatterNotFields = new("BB0206", "front matter is not fields");
    public static readonly DiagnosticCode UnknownField = new("BB0207", "unknown field");
    public static readonly DiagnosticCode MissingField = new("BB0208", "missing required field");
    public static readonly DiagnosticCode EmptyField = new("BB0209", "empty field");
    public static readonly DiagnosticCode NotSingleLine = new("BB0210", "field not a single line");
    public static readonly DiagnosticCode ControlCharacter = new("BB0211", "invisible control character");
    public static readonly DiagnosticCode InvisibleCharacter = new("BB0212", "invisible character in a name");
    public static readonly DiagnosticCode NotWebAddress = new("BB0213", "not an http(s) address");
    public static readonly DiagnosticCode NotFieldBlock = new("BB0214", "not a block of fields");
    public static readonly DiagnosticCode NotBoolean = new("BB0215", "not true or false");
    public static readonly DiagnosticCode InvalidDate = new("BB0216", "invalid date");
    public static readonly DiagnosticCode NotList = new("BB0217", "not a list");
    public static readonly DiagnosticCode EmptyList = new("BB0218", "empty list");
    public static readonly DiagnosticCode WrongListItem = new("BB0219", "list item of the wrong shape");
    public static readonly DiagnosticCode NotOneOf = new("BB0220", "value not among the allowed ones");
    public static readonly DiagnosticCode InvalidLanguage = new("BB0221", "invalid language tag");
    public static readonly DiagnosticCode InvalidSize = new("BB0222", "invalid size limit");
    public static readonly DiagnosticCode DatingRequired = new("BB0223", "dating required");
    public static readonly DiagnosticCode RoleEndsBeforeStart = new("BB0224", "role ends before it starts");
    public static readonly DiagnosticCode ShortLabelTooLong = new("BB0225", "short label too long");

    // BB03xx: quotes and editors' notes.
    public static readonly DiagnosticCode QuoteNotFound = new("BB0301", "quote not found");
    public static readonly DiagnosticCode QuoteAcrossParagraphs = new("BB0302", "quote across paragraphs");
    public static readonly DiagnosticCode QuoteInBoilerplate = new("BB0303", "quote outside the article body");
    public static readonly DiagnosticCode ConflictNeedsTwoClaims = new("BB0304", "conflict with fewer than two claims");
    public static readonly DiagnosticCode FlagOnSeveralSources = new("BB0305", "flag quoting several sources");

    // BB04xx: seeds and other input files.
    public static readonly DiagnosticCode NoContentFolder = new("BB0401", "no content folder");
    public static readonly DiagnosticCode NoSeedsFolder = new("BB0402", "no seeds folder");
    public static readonly DiagnosticCode NoBookFile = new("BB0403", "no book.yml");
    public static readonly DiagnosticCode SeedWithoutEntry = new("BB0404", "seed without a source entry");
    public static readonly DiagnosticCode FileTooLarge = new("BB0405", "file over its size limit");
    public static readonly DiagnosticCode SymbolicLink = new("BB0406", "symbolic link refused");
    public static readonly DiagnosticCode NotRegularFile = new("BB0407", "not a regular file");
    public static readonly DiagnosticCode UnreadableFile = new("BB0408", "file cannot be read");
    public static readonly DiagnosticCode NotUtf8 = new("BB0409", "not UTF-8");
    public static readonly DiagnosticCode BinaryFile = new("BB0410", "binary file");
    public static readonly DiagnosticCode BodyBounds = new("BB0411", "article bounds not found");

    // BB05xx: themes and templates.
    public static readonly DiagnosticCode UnknownTheme = new("BB0501", "unknown theme");
    public static readonly DiagnosticCode MissingLayout = new("BB0502", "theme without a required layout");
    public static readonly DiagnosticCode TemplateSyntax = new("BB0503", "template error");
    public static readonly DiagnosticCode TemplateUnknownValue = new("BB0504", "template names an unknown value");
    public static readonly DiagnosticCode TemplateRender = new("BB0505", "template failed while rendering");
    public static readonly DiagnosticCode HandlebarsSyntax = new("BB0506", "Handlebars syntax in a template");
    public static readonly DiagnosticCode HandlebarsFile = new("BB0507", "Handlebars template left over");

    // BB06xx: output safety.
    public static readonly DiagnosticCode UnsafeLink = new("BB0601", "link scheme not allowed");

    /// <summary>Every code, in order: the SARIF log's rules and the docs test read this.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } =
        [.. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (DiagnosticCode)f.GetValue(null)!)
            .OrderBy(c => c.Id, StringComparer.Ordinal)];
}
