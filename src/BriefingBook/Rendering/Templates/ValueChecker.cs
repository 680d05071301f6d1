using BriefingBook.Diagnostics;
using Scriban;
using Scriban.Syntax;

namespace BriefingBook.Rendering.Templates;

/// <summary>
/// Checks every name a layout uses against the view record it is rendered with (<see cref="LayoutModels"/>),
/// without rendering: <c>{{ nmae }}</c>, <c>{{ for e in evnts }}</c> or <c>{{ e.titel }}</c> is an error at the
/// template's line, as it would be while rendering (the context is strict), but found by <c>check</c> before
/// any page is built. It follows Scriban's scoping: a <c>for</c> binds its variable to the list's items, a
/// <c>with</c> makes a value's members bare names, an assignment names its value, and an
/// <c>include "name" a b</c> checks the partial in the caller's scope with <c>$1</c>, <c>$2</c> bound to the
/// arguments' types (once per distinct scope). A missing partial is an error at the include, with a suggestion.
/// </summary>
internal sealed class ValueChecker
{
    private static readonly IReadOnlyList<Type> Any = [typeof(object)];
    private static readonly HashSet<string> Builtins = ["array", "empty", "blank", "include", "include_join", "date", "html", "math", "object", "regex", "string", "timespan", "plural"];
    private static readonly HashSet<string> ListMembers = ["size", "first", "last", "empty?"];

    private readonly IReadOnlyDictionary<string, (string File, Template Template)> _partials;
    private readonly IReadOnlySet<string> _broken;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _checked = new(StringComparer.Ordinal);
    private readonly HashSet<(string, int, string)> _reported = [];
    private bool _ok = true;
    private string _file = "";
    private int _depth;

    private ValueChecker(IReadOnlyDictionary<string, (string File, Template Template)> partials, IReadOnlySet<string> broken, DiagnosticBag diagnostics)
    {
        _partials = partials;
        _broken = broken;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// Checks each layout (name → file as diagnostics show it, parsed template) and the partials it includes;
    /// true when every name resolves. Partials named in <paramref name="broken"/> exist but did not parse (their
    /// errors are reported already): an include of one is not checked further.
    /// </summary>
    public static bool Check(
        IReadOnlyDictionary<string, (string File, Template Template)> layouts,
        IReadOnlyDictionary<string, (string File, Template Template)> partials,
        IReadOnlySet<string> broken,
        DiagnosticBag diagnostics)
    {
        var checker = new ValueChecker(partials, broken, diagnostics);
        foreach (var (layout, (file, template)) in layouts.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            if (!LayoutModels.ByLayout.TryGetValue(layout, out var models)) continue;
            checker._file = file;
            checker.Walk(template.Page, new CheckScope(null, models, $"layout `{layout}` ({string.Join(" or ", models.Select(m => m.Name))})"));
        }

        return checker._ok;
    }

    /// <summary>Walks statements and expressions; returns the types an expression may have (<see cref="Any"/> when unknown), or null after reporting.</summary>
    private IReadOnlyList<Type>? Walk(ScriptNode? node, CheckScope scope)
    {
        switch (node)
        {
            case null:
                return Any;
            case ScriptForStatement loop:
            {
                var items = Walk(loop.Iterator, scope);
                var element = items is null || loop.Iterator is null ? Any : Elements(items, loop.Iterator, scope);
                var inside = new CheckScope(scope, [], scope.Where) { InLoop = true };
                if (loop.Variable is ScriptVariable variable) inside.Names[variable.Name] = element;
                Walk(loop.Body, inside);
                Walk(loop.Else, scope);
                return Any;
            }

            case ScriptWithStatement with:
            {
                var types = Walk(with.Name, scope) ?? Any;
                Walk(with.Body, new CheckScope(scope, types, $"`with {with.Name}` in {scope.Where}") { InLoop = scope.InLoop });
                return Any;
            }

            case ScriptAssignExpression assign:
            {
                var value = Walk(assign.Value, scope) ?? Any;
                if (assign.Target is ScriptVariable target) Bind(scope, target.Name, value);
                else Walk(assign.Target, scope);
                return value;
            }

            case ScriptCaptureStatement capture:
                Walk(capture.Body, scope);
                if (capture.Target is ScriptVariable captured) Bind(scope, captured.Name, [typeof(string)]);
                return Any;
            case ScriptVariableGlobal { Name: "include" } bare when bare.Parent is not ScriptFunctionCall:
                Report(bare.Span.Start.Line + 1, "include", $"`include` needs a partial's name as a quoted text first (`include \"date\" from`), in {scope.Where}");
                return null;
            case ScriptVariableGlobal { Name: "plural" } bare when bare.Parent is not ScriptFunctionCall:
                PluralArguments(bare, 0);
                return [typeof(string)];
            case ScriptVariable variable:
                return Name(variable, variable.Name, scope);
            case ScriptMemberExpression member:
                return Member(member, scope);
            case ScriptIndexerExpression { Target: ScriptVariableLocal { Name: "$" }, Index: ScriptLiteral { Value: int number } } argument:
                return Name(argument, "$" + number, scope);
            case ScriptIndexerExpression indexer:
            {
                var target = Walk(indexer.Target, scope);
                Walk(indexer.Index, scope);
                if (target is null) return null;
                return target.Contains(typeof(object)) ? Any : target.Select(ViewMembers.ElementOf).OfType<Type>().Distinct().ToArray() is { Length: > 0 } items ? items : Any;
            }

            case ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "plural" } } call:
                foreach (var argument in call.Arguments) Walk(argument, scope);
                PluralArguments(call, call.Arguments.Count);
                return [typeof(string)];
            case ScriptFunctionCall call when call.Target is ScriptVariableGlobal { Name: "include" }:
                Include(call, scope);
                return [typeof(Markup)];
            case ScriptPipeCall pipe:
                Walk(pipe.From, scope);
                Walk(pipe.To, scope);
                return Any;
            case ScriptLiteral literal:
                return literal.Value is string ? [typeof(string)] : Any;
            default:
                foreach (var child in node.Children) Walk(child, scope);
                return Any;
        }
    }

    /// <summary>An assignment names its value for the rest of the template (Scriban's globals), or of the partial.</summary>
    private static void Bind(CheckScope scope, string name, IReadOnlyList<Type> types)
    {
        var at = scope;
        while (at.Parent is not null && !at.IsPartial) at = at.Parent;
        at.Names[name] = types;
    }

    /// <summary>A bare name, or a partial's argument (<c>$1</c> is Scriban's <c>$[1]</c>).</summary>
    private IReadOnlyList<Type>? Name(ScriptExpression variable, string name, CheckScope scope)
    {
        var line = variable.Span.Start.Line + 1;
        if (name == "for" || name == "tablerow")
        {
            if (InLoop(scope)) return Any;
            Report(line, name, $"`{name}.index` and the like are only set inside a `for` loop, in {scope.Where}");
            return null;
        }

        var known = new List<string>();
        for (var at = scope; at is not null; at = at.Parent)
        {
            if (at.Names.TryGetValue(name, out var types)) return types;
            known.AddRange(at.Names.Keys);
            foreach (var type in at.Members)
            {
                if (type == typeof(object)) return Any;
                if (ViewMembers.Of(type) is not { } members) continue;
                if (members.TryGetValue(name, out var member)) return [member.Type];
                known.AddRange(members.Keys);
            }
        }

        if (Builtins.Contains(name)) return Any;
        if (name == "$" && InPartial(scope)) return Any;
        if (name.StartsWith('$'))
        {
            Report(line, name, $"`{name}` is not set in {scope.Where}: a partial's arguments are `$1`, `$2`… in the order the include passes them");
            return null;
        }

        Report(line, name, $"unknown value `{name}` in {scope.Where}{Suggestions.DidYouMean(name, known.Concat(Builtins).Distinct())}");
        return null;
    }

    private IReadOnlyList<Type>? Member(ScriptMemberExpression expression, CheckScope scope)
    {
        var target = Walk(expression.Target, scope);
        if (target is null) return null;
        if (target.Contains(typeof(object))) return Any;
        var name = expression.Member?.Name ?? "";
        var next = new List<Type>();
        var known = new List<string>();
        foreach (var type in target)
        {
            if (ViewMembers.ElementOf(type) is { } element)
            {
                known.AddRange(ListMembers);
                if (name is "first" or "last") next.Add(element);
                else if (ListMembers.Contains(name)) next.Add(typeof(object));
                continue;
            }

            if (type.IsPrimitive || type == typeof(string) || type == typeof(Markup)) continue; // text and numbers have no members
            if (ViewMembers.Of(type) is not { } members)
            {
                next.Add(typeof(object)); // some other .NET value: Scriban decides at render time
                continue;
            }

            known.AddRange(members.Keys);
            if (members.TryGetValue(name, out var member) && !next.Contains(member.Type)) next.Add(member.Type);
        }

        if (next.Count > 0) return next;
        var line = expression.Span.Start.Line + 1;
        Report(line, expression.ToString(), $"unknown value `{expression}` in {scope.Where}: `{expression.Target}` is {Describe(target[0])}, which has no `{name}`{Suggestions.DidYouMean(name, known.Distinct())}");
        return null;
    }

    private IReadOnlyList<Type> Elements(IReadOnlyList<Type> types, ScriptExpression iterator, CheckScope scope)
    {
        if (types.Contains(typeof(object))) return Any;
        var items = types.Select(ViewMembers.ElementOf).OfType<Type>().Distinct().ToArray();
        if (items.Length > 0) return items;
        Report(iterator.Span.Start.Line + 1, iterator.ToString(), $"`{iterator}` in {scope.Where} is {Describe(types[0])}, not a list: `for` needs a list");
        return Any;
    }

    private void Include(ScriptFunctionCall call, CheckScope scope)
    {
        var line = call.Span.Start.Line + 1;
        var arguments = call.Arguments.Select(a => Walk(a, scope) ?? Any).ToList();
        if (call.Arguments.Count == 0 || call.Arguments[0] is not ScriptLiteral { Value: string name })
        {
            Report(line, "include", $"`include` needs a partial's name as a quoted text first (`include \"date\" from`), in {scope.Where}");
            return;
        }

        if (_broken.Contains(name)) return;
        if (!_partials.TryGetValue(name, out var partial))
        {
            Report(line, name, $"no partial `{name}` (partials are the `.sbn` files in the theme's `partials/` or the book's `layouts/partials/`){Suggestions.DidYouMean(name, _partials.Keys)}");
            return;
        }

        var inside = new CheckScope(scope, [], $"partial `{name}` (included from {_file}:{line})") { InLoop = scope.InLoop, IsPartial = true };
        for (var i = 1; i < arguments.Count; i++) inside.Names["$" + i] = arguments[i];
        // A partial is checked once per scope shape, and one that includes itself stops somewhere.
        if (_depth > 16 || !_checked.Add(name + "|" + inside.Signature)) return;
        var file = _file;
        _file = partial.File;
        _depth++;
        Walk(partial.Template.Page, inside);
        _depth--;
        _file = file;
    }

    /// <summary><c>plural</c> takes a number and a noun, and maybe the plural; a piped value is its first argument.</summary>
    private void PluralArguments(ScriptNode call, int count)
    {
        if (call.Parent is ScriptPipeCall pipe && pipe.To == call) count++;
        if (count is 2 or 3) return;
        Report(call.Span.Start.Line + 1, "plural", $"`plural` given {count} argument{(count == 1 ? "" : "s")}: write {{{{ plural count \"event\" }}}} or {{{{ plural count \"child\" \"children\" }}}}");
    }

    private static bool InPartial(CheckScope? scope)
    {
        for (; scope is not null; scope = scope.Parent)
        {
            if (scope.IsPartial) return true;
        }

        return false;
    }

    private static bool InLoop(CheckScope? scope)
    {
        for (; scope is not null; scope = scope.Parent)
        {
            if (scope.InLoop) return true;
        }

        return false;
    }

    private static string Describe(Type type) =>
        type == typeof(string) ? "text"
        : type == typeof(int) ? "a number"
        : type == typeof(bool) ? "true or false"
        : ViewMembers.ElementOf(type) is { } item ? $"a list of {(ViewMembers.IsView(item) ? item.Name : Describe(item))}"
        : ViewMembers.IsView(type) ? $"a {type.Name}"
        : type.Name;

    private void Report(int line, string what, string message)
    {
        _ok = false;
        if (_reported.Add((_file, line, what))) _diagnostics.Error(new SourceLocation(_file, line), "template error: " + message);
    }
}
