namespace BriefingBook.Editing;

/// <summary>
/// The text of a new entry: every field of the content model (docs/content-model.md, and the loaders, which
/// are the truth), with what it takes in a comment. Required fields are left empty, so an entry nobody filled
/// in fails <c>check</c> at each line still to write; optional ones are commented out.
/// </summary>
public static class EntryTemplates
{
    public static string For(EntryKind kind) => kind switch
    {
        EntryKind.Actor => Actor,
        EntryKind.Event => Event,
        EntryKind.Source => Source("", "", null, null, null, "", false, ""),
        _ => Note,
    };

    private const string Actor = """
        ---
        # An actor: a person, state, organisation or group (docs/content-model.md).
        name: ""                             # required: the name the book shows
        kind: person                         # required: person | state | organisation | group
        # aliases: []                        # optional: other names the sources use, as [a, b]
        # roles:                             # optional: offices held, each a block of fields
        #   - title: ""                      #   required: the office
        #     of:                            #   optional: actor id
        #     from:                          #   optional: date (2021-09, 2025, 1979-12..1989-02)
        #     to:                            #   optional: date
        #     source:                        #   optional: id of the source that states it
        # affiliations: []                   # optional: actor ids
        ---
        Profile in Markdown: who they are, as the sources describe them.

        """;

    private const string Event = """
        ---
        # An event, tied to the passages that report it (docs/content-model.md).
        title: ""                            # required: one line
        date:                                # required: 2025-07-03, 2025-04, 2025, 1980s, 1979-12..1989-02
        # approximate: false                 # optional: true when the date is inferred
        # dating: ""                         # optional: how the date was fixed, when no source states it plainly
        # place: ""                          # optional
        # key: false                         # optional: true lists it among the key dates on the home page
        # rests_on_garbled: false            # optional: true when the only evidence is one garbled sentence
        #                                    #   (then a flag note must name the event)
        actors: []                           # required: at least one actor id, as [a, b]
        reports:                             # required: at least one
          - source:                          #   required: source id
            quote: ""                        #   required: verbatim from the source's article body, within one paragraph
            # date:                          #   optional: the date this source gives
            # place: ""                      #   optional: the place this source gives
            # count: ""                      #   optional: a number this source gives
            # first:                         #   optional: actor id of who this source says was first
            # note: ""                       #   optional: the editors' note on this report (Markdown)
        # related: []                        # optional: event ids, listed under "See also"
        ---
        Summary of the event in Markdown.

        """;

    private const string Note = """
        ---
        # A reporting note: sources that disagree (conflict) or a defect in one source (flag) (docs/content-model.md).
        kind: conflict                       # required: conflict | flag
        title: ""                            # required: one line
        # events: []                         # optional: event ids the note concerns
        claims:                              # required: a conflict needs two or more; a flag quotes one source only
          - source:                          #   required: source id
            quote: ""                        #   required: verbatim from the source's article body
            # says: ""                       #   optional: what the passage claims, in the editors' words
        ---
        The editors' reading of the disagreement or the defect, in Markdown.

        """;

    /// <summary>A source entry, with what is known of its seed filled in (empty strings for what is not).</summary>
    public static string Source(string seed, string headline, string? outlet, string? via, string? author, string published, bool approximate, string dating)
    {
        // A comment needs white space before its `#`, however long the value.
        static string Commented(string field, string comment) => field + new string(' ', Math.Max(2, 37 - field.Length)) + "# " + comment + "\n";
        string Field(string key, string? value, string comment, bool required) =>
            Commented(value is null && !required ? $"# {key}: \"\"" : $"{key}: {Yaml(value ?? "")}", comment);

        return "---\n"
            + "# A source: one seed article, described (docs/content-model.md). Never more than the seed says.\n"
            + Field("seed", seed, "required: the file in seeds/", true)
            + Field("headline", headline, "required: as printed" + (seed.Length > 0 ? " (guessed from the text: check it)" : ""), true)
            + Field("outlet", outlet, "optional: who published the page we scraped", false)
            + Field("via", via, "optional: wire or origin agency, when the text names one", false)
            + Field("short", null, "optional: the short citation label used in running text, at most 60 characters (default: outlet or wire and the date, e.g. \"Tribune/ANI, 2 Dec 2025\")", false)
            + Field("author", author, "optional: byline as printed", false)
            + Field("published", published, "required: 2025-12-02, 2025-12, 2025" + (seed.Length > 0 && published.Length > 0 ? " (read from the text: check it)" : ""), true)
            + Commented(approximate ? "approximate: true" : "# approximate: false", "optional: true when the date is inferred")
            + Field("dating", dating.Length == 0 ? null : dating, "required when approximate or not a full day: how it was dated", false)
            + "# url: https://…                    # optional: only if known; never guessed\n"
            + "# body_first: \"\"                    # optional: the start of the article body's first line, if the rules miss it\n"
            + "# body_last: \"\"                     # optional: the start of its last line\n"
            + "# extract: rules                    # optional: rules | readability\n"
            + "---\n"
            + "The editors' summary in Markdown: what the article reports, and any oddities of the page.\n";
    }

    /// <summary>A YAML double-quoted scalar: safe for any one-line text.</summary>
    internal static string Yaml(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
