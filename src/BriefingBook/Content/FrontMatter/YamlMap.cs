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
            _diagnostics.Error(Locate(key), $"unknown field `{name}`{(hint.Length > 0 ? hint : $"; allowed fields are {string.Join(", ", allowed.Select(a => $"`{a}`"))}")}");
        }
    }

    /// <summary>Reports a problem found while interpreting this mapping (a rule across fields).</summary>
    public void Error(SourceLocation at, string message) => _diagnostics.Error(at, message);

    public string? Text(string key, bool required = false)
    {
        var value = Value(key, required);
        if (value is null) return null;
        if (value is not YamlScalarNode scalar)
        {
            _diagnostics.Error(Locate(value), $"`{key}` must be a single line of text");
            return null;
        }

        var text = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required) _diagnostics.Error(Locate(value), $"`{key}` is empty");
            return null;
        }

        return text;
    }

    public bool Flag(string key)
    {
        var text = Text(key);
        switch (text?.ToLowerInvariant())
        {
            case null or "false" or "no": return false;
            case "true" or "yes": return true;
            default:
                _diagnostics.Error(LocateKey(key), $"`{key}` must be true or false, not `{text}`");
                return false;
        }
    }

    public PartialDate? Date(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null) return null;
        var date = PartialDate.TryParse(text, out var error);
        if (date is null) _diagnostics.Error(LocateValue(key), $"invalid date in `{key}`: {error}");
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
            _diagnostics.Error(Locate(value), $"`{key}` must be a list (lines starting with `- `)");
            return [];
        }

        var maps = new List<YamlMap>();
        foreach (var item in sequence)
        {
            if (item is YamlMappingNode mapping)
                maps.Add(new YamlMap(File, _lineOffset, mapping, _diagnostics, Locate(item)));
            else
                _diagnostics.Error(Locate(item), $"each item of `{key}` must be a block of `key: value` fields");
        }

        if (required && maps.Count == 0 && sequence.Children.Count == 0)
            _diagnostics.Error(Locate(value), $"`{key}` needs at least one item");
        return maps;
    }

    public T? Choice<T>(string key, bool required = false) where T : struct, Enum
    {
        var text = Text(key, required);
        if (text is null) return null;
        if (Enum.TryParse<T>(text, ignoreCase: true, out var result) && !int.TryParse(text, CultureInfo.InvariantCulture, out _)) return result;
        var names = Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToArray();
        _diagnostics.Error(LocateValue(key), $"`{key}` must be one of {string.Join(", ", names)}, not `{text}`{Suggestions.DidYouMean(text, names)}");
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
                yield return single;
                yield break;
            case YamlSequenceNode sequence:
                if (required && sequence.Children.Count == 0)
                    _diagnostics.Error(Locate(sequence), $"`{key}` needs at least one item");
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } } scalar)
                        yield return scalar;
                    else
                        _diagnostics.Error(Locate(item), $"each item of `{key}` must be a single value");
                }

                yield break;
            default:
                // A block where a list belongs is a mistake whether or not the field is required.
                _diagnostics.Error(Locate(value), $"`{key}` must be a list of values");
                yield break;
        }
    }

    private SourceLocation LocateValue(string key) => Find(key) is { } pair ? Locate(pair.Value) : At;

    private YamlNode? Value(string key, bool required)
    {
        var pair = Find(key);
        if (pair is null || IsNullScalar(pair.Value.Value))
        {
            if (required) _diagnostics.Error(pair is null ? At : Locate(pair.Value.Key), $"missing required field `{key}`");
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
