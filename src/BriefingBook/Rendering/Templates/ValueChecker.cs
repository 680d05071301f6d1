using BriefingBook.Diagnostics;

namespace BriefingBook.Rendering.Templates;

/// <summary>
/// Checks every value a layout names against the view record it is rendered with (<see cref="LayoutModels"/>),
/// without rendering: <c>{{nmae}}</c>, <c>{{#each evnts}}</c> or <c>{{author.nmae}}</c> is an error at the
/// template's line, where Handlebars.Net would write an empty string. It follows contexts as Handlebars does:
/// <c>#each</c> enters the list's items, <c>#with</c> the value, <c>#if</c> and <c>#unless</c> keep the context,
/// <c>{{else}}</c> of <c>#each</c>/<c>#with</c> is back outside, <c>../</c> climbs, and a partial is checked in
/// the context of each call (<c>{{> date from}}</c> with a date, <c>{{> copy}}</c> inside <c>#each possible</c>
/// with a copied passage). A partial no layout calls is not checked for values (nothing says what it gets).
/// Runs only on templates the syntax checker passed.
/// </summary>
internal sealed class ValueChecker
{
    private static readonly HashSet<string> Literals = ["true", "false", "null", "undefined"];
    private static readonly HashSet<string> Helpers = ["plural", "lookup", "log"];
    private static readonly Dictionary<string, Type> DataValues = new(StringComparer.Ordinal)
    {
        ["@index"] = typeof(int),
        ["@first"] = typeof(bool),
        ["@last"] = typeof(bool),
        ["@key"] = typeof(string),
    };

    private readonly IReadOnlyDictionary<string, (string File, string Text)> _partials;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _checked = new(StringComparer.Ordinal);
    private readonly HashSet<(string, int, string)> _reported = [];
    private bool _ok = true;

    private ValueChecker(IReadOnlyDictionary<string, (string File, string Text)> partials, DiagnosticBag diagnostics)
    {
        _partials = partials;
        _diagnostics = diagnostics;
    }

    /// <summary>Checks each layout (name → file as diagnostics show it, text) and the partials it calls; true when every value resolves.</summary>
    public static bool Check(
        IReadOnlyDictionary<string, (string File, string Text)> layouts,
        IReadOnlyDictionary<string, (string File, string Text)> partials,
        DiagnosticBag diagnostics)
    {
        var checker = new ValueChecker(partials, diagnostics);
        foreach (var (layout, (file, text)) in layouts.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            if (!LayoutModels.ByLayout.TryGetValue(layout, out var models)) continue;
            checker.Walk(file, text, new Scope(models, null, false, Scope.NoLocals, $"layout `{layout}`"), 0);
        }

        return checker._ok;
    }

    private void Walk(string file, string text, Scope root, int depth)
    {
        var current = root;
        var blocks = new Stack<(Scope Inside, Scope Outside)>();
        foreach (var tag in TemplateTags.Read(text))
        {
            if (tag.Problem is not null) return;
            var t = tag.Text;
            if (t.Length == 0 || t[0] == '!') continue;
            void Value(string path) => Resolve(path, current, file, tag.Line);

            if (tag.Triple || t[0] == '&')
            {
                Value(tag.Triple ? t : t[1..].Trim());
                continue;
            }

            switch (t[0])
            {
                case '>':
                    CallPartial(TemplateTags.Words(t[1..]), current, file, tag.Line, depth);
                    continue;
                case '#' when t.Length > 1 && t[1] == '>':
                    CallPartial(TemplateTags.Words(t[2..]), current, file, tag.Line, depth);
                    blocks.Push((current, current));
                    continue;
                case '#':
                {
                    var words = TemplateTags.Words(t[1..]);
                    var inside = Block(words, current, file, tag.Line);
                    blocks.Push((inside, current));
                    current = inside;
                    continue;
                }

                case '^':
                    foreach (var word in TemplateTags.Words(t[1..])) Value(word);
                    blocks.Push((current, current));
                    continue;
                case '/':
                    if (blocks.Count > 0) current = blocks.Pop().Outside;
                    continue;
            }

            var parts = TemplateTags.Words(t);
            if (parts.Count == 0) continue;
            if (parts[0] == "else")
            {
                // The inverse of #each and #with runs in the outer context; `{{else if x}}` tests x there.
                if (blocks.Count > 0) current = blocks.Peek().Outside;
                foreach (var word in parts.Skip(2)) Value(word);
                continue;
            }

            foreach (var word in Helpers.Contains(parts[0]) ? parts.Skip(1) : parts) Value(word);
        }
    }

    /// <summary>The context inside a block: the items of <c>#each</c>, the value of <c>#with</c>, else the same.</summary>
    private Scope Block(List<string> words, Scope current, string file, int line)
    {
        var name = words.Count > 0 ? words[0] : "";
        var asAt = words.IndexOf("as");
        var args = words.Skip(1).Take((asAt < 0 ? words.Count : asAt) - 1).ToList();
        var blockParams = asAt < 0 ? [] : string.Join(' ', words.Skip(asAt + 1)).Trim('|', ' ').Split(['|', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (args.Count == 0) return current;
        var types = Resolve(args[0], current, file, line);
        switch (name)
        {
            case "each":
            {
                if (types is null) return Unknown(current, true);
                var items = types.Select(ElementOf).OfType<Type>().Distinct().ToArray();
                if (items.Length == 0)
                {
                    Report(file, line, args[0], $"`{args[0]}` in {current.Where} is {Describe(types[0])}, not a list: `{{{{#each}}}}` needs a list");
                    return Unknown(current, true);
                }

                var locals = new Dictionary<string, IReadOnlyList<Type>>(StringComparer.Ordinal);
                if (blockParams.Length > 0) locals[blockParams[0]] = items;
                if (blockParams.Length > 1) locals[blockParams[1]] = [typeof(object)];
                return new Scope(items, current, true, locals, $"an item of `{args[0]}` in {current.Where}");
            }

            case "with":
            {
                if (types is null) return Unknown(current, current.InEach);
                var locals = new Dictionary<string, IReadOnlyList<Type>>(StringComparer.Ordinal);
                if (blockParams.Length > 0) locals[blockParams[0]] = types;
                return new Scope(types, current, current.InEach, locals, $"`{args[0]}` in {current.Where}");
            }

            default:
                return current;
        }
    }

    /// <summary>After an error, the block's inside is not checked again for the same mistake.</summary>
    private static Scope Unknown(Scope current, bool inEach) => new([typeof(object)], current, inEach, Scope.NoLocals, current.Where);

    private void CallPartial(List<string> words, Scope current, string file, int line, int depth)
    {
        if (words.Count == 0 || !_partials.TryGetValue(words[0], out var partial)) return; // the syntax checker reports it
        var scope = current;
        var hash = new Dictionary<string, IReadOnlyList<Type>>(StringComparer.Ordinal);
        foreach (var word in words.Skip(1))
        {
            var eq = word.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
                hash[word[..eq]] = Resolve(word[(eq + 1)..], current, file, line) ?? [typeof(object)];
            else if (Resolve(word, current, file, line) is { } types)
                scope = new Scope(types, current, current.InEach, Scope.NoLocals, "");
            else
                return;
        }

        if (hash.Count > 0) scope = scope with { Locals = hash };
        scope = scope with { Where = $"partial `{words[0]}` (called from {file}:{line})" };
        // A partial is checked once per context shape, and a partial calling itself stops somewhere.
        if (depth > 16 || !_checked.Add(words[0] + "|" + scope.Signature)) return;
        Walk(partial.File, partial.Text, scope, depth + 1);
    }

    /// <summary>The types a value may have, or null (after reporting) when it names nothing.</summary>
    private IReadOnlyList<Type>? Resolve(string path, Scope scope, string file, int line)
    {
        if (path.Length == 0 || path[0] is '"' or '\'' || char.IsAsciiDigit(path[0]) || (path[0] == '-' && path.Length > 1) || Literals.Contains(path))
            return [typeof(object)];
        if (path.Contains('=', StringComparison.Ordinal) || path[0] == '(') return [typeof(object)]; // hash arguments and sub-expressions: not used by themes here

        var segments = Segments(path);
        IReadOnlyList<Type> types;
        var at = scope;
        var walked = new List<string>();
        if (segments[0].StartsWith('@'))
        {
            if (segments[0] == "@root")
            {
                at = scope.Root;
                types = at.Types;
            }
            else if (DataValues.TryGetValue(segments[0], out var dataType))
            {
                if (!InEach(scope))
                {
                    Report(file, line, path, $"`{segments[0]}` in {scope.Where} is only set inside `{{{{#each}}}}`");
                    return null;
                }

                types = [dataType];
            }
            else
            {
                Report(file, line, path, $"unknown data value `{segments[0]}` in {scope.Where}{Suggestions.DidYouMean(segments[0], DataValues.Keys.Append("@root"))}");
                return null;
            }

            walked.Add(segments[0]);
            segments.RemoveAt(0);
        }
        else
        {
            while (segments.Count > 0 && segments[0] is ".." or "." or "this")
            {
                if (segments[0] == "..")
                {
                    if (at.Parent is null)
                    {
                        Report(file, line, path, $"`{path}` climbs above the page's model in {scope.Where}");
                        return null;
                    }

                    at = at.Parent;
                }

                walked.Add(segments[0]);
                segments.RemoveAt(0);
            }

            types = at.Types;
            if (walked.Count == 0 && segments.Count > 0 && Local(at, segments[0]) is { } local)
            {
                types = local;
                walked.Add(segments[0]);
                segments.RemoveAt(0);
            }
        }

        foreach (var name in segments)
        {
            if (types.Contains(typeof(object))) return [typeof(object)];
            var next = new List<Type>();
            var known = new List<string>();
            foreach (var type in types)
            {
                if (ViewMembers.Of(type) is not { } members) continue;
                known.AddRange(members.Keys);
                if (members.TryGetValue(name, out var member) && !next.Contains(member.Type)) next.Add(member.Type);
            }

            if (next.Count == 0)
            {
                var what = walked.Count == 0 ? string.Join(" or ", types.Select(t => t.Name)) : $"`{string.Join('.', walked)}`";
                var message = known.Count == 0
                    ? $"unknown value `{path}` in {scope.Where}: {what} is {Describe(types[0])}, which has no `{name}`"
                    : $"unknown value `{path}` in {scope.Where}: {what} has no `{name}`{Suggestions.DidYouMean(name, known.Distinct())}";
                Report(file, line, path, message);
                return null;
            }

            walked.Add(name);
            types = next;
        }

        return types;
    }

    /// <summary><c>../../a.b</c> as <c>.., .., a, b</c>; <c>./a</c> and <c>this/a</c> as <c>., a</c>.</summary>
    private static List<string> Segments(string path)
    {
        var segments = new List<string>();
        var rest = path;
        while (true)
        {
            if (rest.StartsWith("../", StringComparison.Ordinal)) { segments.Add(".."); rest = rest[3..]; }
            else if (rest.StartsWith("./", StringComparison.Ordinal)) { segments.Add("."); rest = rest[2..]; }
            else break;
        }

        if (rest is ".." or "." or "this") segments.Add(rest);
        else if (rest.Length > 0) segments.AddRange(rest.Split('.', '/'));
        return segments;
    }

    private static IReadOnlyList<Type>? Local(Scope? scope, string name)
    {
        for (; scope is not null; scope = scope.Parent)
        {
            if (scope.Locals.TryGetValue(name, out var types)) return types;
        }

        return null;
    }

    private static bool InEach(Scope? scope)
    {
        for (; scope is not null; scope = scope.Parent)
        {
            if (scope.InEach) return true;
        }

        return false;
    }

    private static Type? ElementOf(Type type) => type == typeof(object) ? typeof(object) : ViewMembers.ElementOf(type);

    private static string Describe(Type type) =>
        type == typeof(string) ? "text"
        : type == typeof(int) ? "a number"
        : type == typeof(bool) ? "true or false"
        : ViewMembers.ElementOf(type) is { } item ? $"a list of {(ViewMembers.IsView(item) ? item.Name : Describe(item))}"
        : ViewMembers.IsView(type) ? $"a {type.Name}"
        : type.Name;

    private void Report(string file, int line, string path, string message)
    {
        _ok = false;
        if (_reported.Add((file, line, path))) _diagnostics.Error(new SourceLocation(file, line), "template error: " + message);
    }
}
