using System.Globalization;
using System.Text.RegularExpressions;
using BriefingBook.Content.Dates;
using BriefingBook.Content.Model;
using BriefingBook.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace BriefingBook.Content.FrontMatter;

/// <summary>
/// Typed, located access to one YAML mapping. Every accessor reports its own problems (wrong type,
/// missing, invalid date) into the bag and returns null, so loading carries on and finds every error.
/// </summary>
public sealed partial class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;

    internal YamlMap(string file, int lineOffset, YamlMappingNode node, DiagnosticBag diagnostics, SourceLocation fallback)
    {
        File = file;
        _lineOffset = lineOffset;
        _node = node;
        _diagnostics = diagnostics;
        At = node.Start.Line > 0 ? Locate(node) : fallback;
    }

    public string File { get; }

    /// <summary>Where this mapping starts (for "missing field" errors).</summary>
    public SourceLocation At { get; }

    public SourceLocation Locate(YamlNode node) => new(File, (int)node.Start.Line + _lineOffset);

    public SourceLocation LocateKey(string key) => Find(key) is { } pair ? Locate(pair.Key) : At;

    /// <summary>Reports every key not in <paramref name="allowed"/>, with the closest allowed key as a suggestion.</summary>
    public void AllowOnly(IReadOnlyCollection<string> allowed)
    {
        foreach (var (key, _) in _node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (allowed.Contains(name)) continue;
            var hint = Suggestions.DidYouMean(name, allowed);
            _diagnostics.Error(DiagnosticCodes.UnknownField, Locate(key), $"unknown field `{name}`{(hint.Length > 0 ? hint : $"; allowed fields are {string.Join(", ", allowed.Select(a => $"`{a}`"))}")}");
        }
    }

    /// <summary>Reports a problem found while interpreting this mapping (a rule across fields).</summary>
    public void Error(DiagnosticCode code, SourceLocation at, string message) => _diagnostics.Error(code, at, message);

    public string? Text(string key, bool required = false)
    {
        var value = Value(key, required);
        if (value is null) return null;
        if (value is not YamlScalarNode scalar)
        {
            _diagnostics.Error(DiagnosticCodes.NotSingleLine, Locate(value), $"`{key}` must be a single line of text");
            return null;
        }

        var text = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required) _diagnostics.Error(DiagnosticCodes.EmptyField, Locate(value), $"`{key}` is empty");
            return null;
        }

        CheckCharacters(key, text, Locate(value));
        return text;
    }

    /// <summary>
    /// Control characters have no place in a field, and bidi overrides reorder what a reviewer sees
    /// ("Trojan source"): both are errors. Zero-width characters make two names look alike: a warning in
    /// the fields that name things. Quotes are left alone, since they must match the seed as it is.
    /// </summary>
    private void CheckCharacters(string key, string text, SourceLocation at)
    {
        if (key is "quote") return;
        foreach (var c in text)
        {
            if ((char.IsControl(c) && c is not '\n' and not '\t' and not '\r') || VisibleText.IsBidiControl(c))
            {
                _diagnostics.Error(DiagnosticCodes.ControlCharacter, at, $"`{key}` holds the invisible control character {VisibleText.Escape(c.ToString())}: remove it");
                return;
            }

            if (NameFields.Contains(key) && char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                _diagnostics.Warning(DiagnosticCodes.InvisibleCharacter, at, $"`{key}` holds the invisible character {VisibleText.Escape(c.ToString())}, so `{text}` looks like a name it is not: remove it");
                return;
            }
        }
    }

    private static readonly HashSet<string> NameFields =
        ["name", "aliases", "title", "headline", "outlet", "via", "author", "seed", "source", "of", "first", "actors", "affiliations", "events", "related", "kind", "theme"];

    /// <summary>
    /// A link target: an absolute <c>http</c> or <c>https</c> URL. Anything else (<c>javascript:</c>,
    /// <c>data:</c>, a relative path) is an error at the value: a source's address is shown as a link.
    /// </summary>
    public string? Url(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null) return null;
        if (LinkPolicy.IsWebAddress(text)) return text;
        _diagnostics.Error(DiagnosticCodes.NotWebAddress, LocateValue(key), $"`{key}` must be an http:// or https:// address, not `{text}`");
        return null;
    }

    /// <summary>A field written in editors' Markdown (one paragraph or a block scalar); its links are checked against <see cref="LinkPolicy"/>.</summary>
    public string? Markdown(string key)
    {
        var text = Text(key);
        if (text is null || Find(key) is not { } pair) return text;
        // A block scalar (`key: |`) starts on the line after its key.
        var first = Locate(pair.Value).Line + (pair.Value is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded } ? 1 : 0);
        EditorsMarkdown.Check(File, text, first, _diagnostics);
        return text;
    }

    /// <summary>A nested block of fields, or null (with an error if it is something else).</summary>
    public YamlMap? Map(string key)
    {
        var value = Value(key, required: false);
        if (value is null) return null;
        if (value is YamlMappingNode mapping) return new YamlMap(File, _lineOffset, mapping, _diagnostics, Locate(mapping));
        _diagnostics.Error(DiagnosticCodes.NotFieldBlock, Locate(value), $"`{key}` must be a block of `key: value` fields");
        return null;
    }

    public bool Flag(string key)
    {
        var text = Text(key);
        switch (text?.ToLowerInvariant())
        {
            case null or "false" or "no": return false;
            case "true" or "yes": return true;
            default:
                _diagnostics.Error(DiagnosticCodes.NotBoolean, LocateKey(key), $"`{key}` must be true or false, not `{text}`");
                return false;
        }
    }

    public PartialDate? Date(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null) return null;
        var date = PartialDate.TryParse(text, out var error);
        if (date is null) _diagnostics.Error(DiagnosticCodes.InvalidDate, LocateValue(key), $"invalid date in `{key}`: {error}");
        return date;
    }

    public IdRef? Id(string key, bool required = false)
    {
        var text = Text(key, required);
        return text is null ? null : new IdRef(text, LocateValue(key));
    }

    /// <summary>A list of ids, written either as a YAML list or as one id.</summary>
    public IReadOnlyList<IdRef> Ids(string key, bool required = false) =>
        [.. Scalars(key, required).Select(s => new IdRef(s.Value!.Trim(), Locate(s)))];

    public IReadOnlyList<string> Texts(string key) => [.. Scalars(key, false).Select(s => s.Value!.Trim())];

    public IReadOnlyList<YamlMap> Maps(string key, bool required = false)
    {
        var value = Value(key, required);
        if (value is null) return [];
        if (value is not YamlSequenceNode sequence)
        {
            _diagnostics.Error(DiagnosticCodes.NotList, Locate(value), $"`{key}` must be a list (lines starting with `- `)");
            return [];
        }

        var maps = new List<YamlMap>();
        foreach (var item in sequence)
        {
            if (item is YamlMappingNode mapping)
                maps.Add(new YamlMap(File, _lineOffset, mapping, _diagnostics, Locate(item)));
            else
                _diagnostics.Error(DiagnosticCodes.WrongListItem, Locate(item), $"each item of `{key}` must be a block of `key: value` fields");
        }

        if (required && maps.Count == 0 && sequence.Children.Count == 0)
            _diagnostics.Error(DiagnosticCodes.EmptyList, Locate(value), $"`{key}` needs at least one item");
        return maps;
    }

    public T? Choice<T>(string key, bool required = false) where T : struct, Enum
    {
        var text = Text(key, required);
        if (text is null) return null;
        // An exact name only: Enum.TryParse would also take numbers and comma lists (`person, state`).
        var names = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToArray();
        foreach (var name in Enum.GetNames<T>())
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase)) return Enum.Parse<T>(name);
        }

        _diagnostics.Error(DiagnosticCodes.NotOneOf, LocateValue(key), $"`{key}` must be one of {string.Join(", ", names)}, not `{text}`{Suggestions.DidYouMean(text, names)}");
        return null;
    }

    private IEnumerable<YamlScalarNode> Scalars(string key, bool required)
    {
        var value = Value(key, required);
        switch (value)
        {
            case null:
                yield break;
            case YamlScalarNode { Value: { Length: > 0 } } single:
                CheckCharacters(key, single.Value, Locate(single));
                yield return single;
                yield break;
            case YamlSequenceNode sequence:
                if (required && sequence.Children.Count == 0)
                    _diagnostics.Error(DiagnosticCodes.EmptyList, Locate(sequence), $"`{key}` needs at least one item");
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } } scalar)
                    {
                        CheckCharacters(key, scalar.Value, Locate(scalar));
                        yield return scalar;
                    }
                    else
                        _diagnostics.Error(DiagnosticCodes.WrongListItem, Locate(item), $"each item of `{key}` must be a single value");
                }

                yield break;
            default:
                // A block where a list belongs is a mistake whether or not the field is required.
                _diagnostics.Error(DiagnosticCodes.NotList, Locate(value), $"`{key}` must be a list of values (`[a, b]` or lines starting with `- `), not a block of fields");
                yield break;
        }
    }

    private SourceLocation LocateValue(string key) => Find(key) is { } pair ? Locate(pair.Value) : At;

    private YamlNode? Value(string key, bool required)
    {
        var pair = Find(key);
        if (pair is null || IsNullScalar(pair.Value.Value))
        {
            if (required) _diagnostics.Error(DiagnosticCodes.MissingField, pair is null ? At : Locate(pair.Value.Key), $"missing required field `{key}`");
            return null;
        }

        return pair.Value.Value;
    }

    private static bool IsNullScalar(YamlNode node) => node is YamlScalarNode { Value: null or "" or "~" or "null" };

    private KeyValuePair<YamlNode, YamlNode>? Find(string key)
    {
        foreach (var pair in _node.Children)
        {
            if (pair.Key is YamlScalarNode { Value: { } name } && name == key) return pair;
        }

        return null;
    }

    /// <summary>True when <paramref name="id"/> is a lowercase slug such as <c>sergey-lavrov</c>.</summary>
    public static bool IsSlug(string id) => Slug().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
