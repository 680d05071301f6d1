using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingBook.Content.FrontMatter;

/// <summary>
/// Reads YAML as a stream of events, before YamlDotNet builds a tree of it, and refuses what no editor
/// writes but an attacker might: nesting deeper than <see cref="MaxDepth"/> (100,000 brackets overflow the
/// stack of a recursive tree builder, which kills the process), an alias inside its own anchor (a cycle),
/// aliases that expand to more than <see cref="MaxNodes"/> values ("billion laughs"), and a second document
/// in one file (silently ignored otherwise). The event parser itself keeps an explicit stack, so this pass
/// is safe on any input.
/// </summary>
internal static class YamlGuard
{
    public const int MaxDepth = 64;
    public const int MaxNodes = 100_000;

    /// <summary>Null when the YAML is within bounds; otherwise the problem and its 1-based line within <paramref name="yaml"/>.</summary>
    public static (string Message, int Line)? Check(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var open = new Stack<(string? Anchor, long NodesBefore)>();
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        long nodes = 0;
        var documents = 0;
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            var line = (int)e.Start.Line;
            switch (e)
            {
                case DocumentStart:
                    if (++documents > 1)
                        return ("a second YAML document (after `---` or `...`) is not allowed: one file holds one set of fields", line);
                    break;
                case MappingStart or SequenceStart:
                    var anchor = e is NodeEvent { Anchor.IsEmpty: false } n ? n.Anchor.Value : null;
                    open.Push((anchor, nodes));
                    nodes++;
                    if (open.Count > MaxDepth)
                        return (string.Create(CultureInfo.InvariantCulture, $"the YAML is nested more than {MaxDepth} levels deep"), line);
                    break;
                case MappingEnd or SequenceEnd:
                    var (closed, before) = open.Pop();
                    if (closed is not null) sizes[closed] = nodes - before;
                    break;
                case Scalar scalar:
                    nodes++;
                    if (!scalar.Anchor.IsEmpty) sizes[scalar.Anchor.Value] = 1;
                    break;
                case AnchorAlias alias:
                    if (open.Any(o => o.Anchor == alias.Value.Value))
                        return ($"the alias `*{alias.Value.Value}` refers to the block it is in: a YAML alias cannot contain itself", line);
                    nodes += sizes.GetValueOrDefault(alias.Value.Value, 1);
                    break;
            }

            if (nodes > MaxNodes)
                return (string.Create(CultureInfo.InvariantCulture, $"the YAML expands to more than {MaxNodes:N0} values (through aliases?)"), line);
        }

        return null;
    }
}
