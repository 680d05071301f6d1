using BriefingBook.Content.Articles;
using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Mentions;

/// <summary>
/// Finds every actor's names and aliases in a text in one pass: an Aho–Corasick automaton over the folded,
/// lower-cased names, so the cost is linear in the length of the text (plus the matches), however many
/// names the book has. Text is folded as quotes are (<see cref="MatchableText"/>: curly apostrophes, dashes
/// and runs of white space), so "Russia’s" and "Zamir  Kabulov" match.
/// <para>
/// Rules: a match must start and end at word boundaries (no "Iran" in "Iranian", but "Russia's" and
/// "Afghanistan-Russia" count); among overlapping matches the leftmost wins, then the longest ("Islamic
/// Emirate of Afghanistan" over "Afghanistan"); names with no lower-case letter ("US", "ISIS-K") match only
/// in that case, every other name in any case. When two actors share a name, the first actor in id order
/// gets it (the validator warns about the clash).
/// </para>
/// </summary>
public sealed class NameMatcher
{
    private readonly List<Dictionary<char, int>> _goto = [];
    private readonly List<List<int>> _patternsAt = [];
    private readonly int[] _fail;
    private readonly int[] _outputLink;

    // The full transition function for ASCII (state * 128 + char), failure links already followed, so the
    // scan of ordinary English text is one array read per character; other characters use _goto and _fail.
    private readonly int[] _ascii;
    private readonly NamePattern[] _patterns;

    public NameMatcher(IEnumerable<Actor> actors)
    {
        var patterns = new List<NamePattern>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            foreach (var name in actor.Aliases.Prepend(actor.Name))
            {
                var exact = MatchableText.FoldText(name);
                var key = exact.ToLowerInvariant();
                var caseSensitive = !exact.Any(char.IsLower) && exact.Any(char.IsUpper);
                // An exact-case name and a case-free one may share a key ("US" and "Us"): both are kept.
                if (key.Length == 0 || !seen.Add(caseSensitive ? "exact:" + exact : "any:" + key)) continue;
                patterns.Add(new NamePattern(actor.Id, name, key, exact, caseSensitive));
            }
        }

        _patterns = [.. patterns];
        NewState();
        for (var p = 0; p < _patterns.Length; p++)
        {
            var state = 0;
            foreach (var c in _patterns[p].Key)
            {
                if (!_goto[state].TryGetValue(c, out var next))
                {
                    next = NewState();
                    _goto[state][c] = next;
                }

                state = next;
            }

            _patternsAt[state].Add(p);
        }

        (_fail, _outputLink) = BuildLinks();
        _ascii = new int[_goto.Count * 128];
        foreach (var state in BreadthFirst())
        {
            for (var c = 0; c < 128; c++)
            {
                _ascii[state * 128 + c] = _goto[state].TryGetValue((char)c, out var next) ? next
                    : state == 0 ? 0 : _ascii[_fail[state] * 128 + c];
            }
        }
    }

    /// <summary>States in breadth-first order, so a state's failure target is always filled in before it.</summary>
    private IEnumerable<int> BreadthFirst()
    {
        var queue = new Queue<int>([0]);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            yield return state;
            foreach (var child in _goto[state].Values) queue.Enqueue(child);
        }
    }

    public IReadOnlyList<NamePattern> Patterns => _patterns;

    /// <summary>The mentions in <paramref name="text"/>, in order, non-overlapping.</summary>
    public IReadOnlyList<Mention> Find(string text) => Find(new MatchableText(text));

    public IReadOnlyList<Mention> Find(MatchableText text)
    {
        if (_patterns.Length == 0) return [];
        var folded = text.Folded;
        var candidates = new List<(int Start, int End, int Pattern)>();
        var state = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var c = char.ToLowerInvariant(folded[i]);
            if (c < 128)
            {
                state = _ascii[state * 128 + c];
            }
            else
            {
                while (state != 0 && !_goto[state].ContainsKey(c)) state = _fail[state];
                state = _goto[state].GetValueOrDefault(c);
            }

            for (var s = _patternsAt[state].Count > 0 ? state : _outputLink[state]; s > 0; s = _outputLink[s])
            {
                foreach (var p in _patternsAt[s]) AddCandidate(folded, i + 1, p, candidates);
            }
        }

        // Leftmost, then longest, never overlapping.
        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var mentions = new List<Mention>();
        var taken = 0;
        foreach (var (start, end, p) in candidates)
        {
            if (start < taken) continue;
            var from = text.OriginalIndex(start);
            var to = text.OriginalIndex(end - 1) + 1;
            mentions.Add(new Mention(_patterns[p].ActorId, from, to - from));
            taken = end;
        }

        return mentions;
    }

    private void AddCandidate(string folded, int end, int pattern, List<(int, int, int)> candidates)
    {
        var p = _patterns[pattern];
        var start = end - p.Key.Length;
        if (start > 0 && IsWordChar(folded[start - 1])) return;
        if (end < folded.Length && IsWordChar(folded[end])) return;
        if (p.CaseSensitive && string.CompareOrdinal(folded, start, p.Exact, 0, p.Exact.Length) != 0) return;
        candidates.Add((start, end, pattern));
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private int NewState()
    {
        _goto.Add([]);
        _patternsAt.Add([]);
        return _goto.Count - 1;
    }

    /// <summary>Failure links (longest proper suffix that is a prefix of some name) and output links, breadth first.</summary>
    private (int[] Fail, int[] Output) BuildLinks()
    {
        var fail = new int[_goto.Count];
        var output = new int[_goto.Count];
        var queue = new Queue<int>();
        foreach (var child in _goto[0].Values) queue.Enqueue(child);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (c, child) in _goto[state])
            {
                var f = fail[state];
                while (f != 0 && !_goto[f].ContainsKey(c)) f = fail[f];
                fail[child] = _goto[f].TryGetValue(c, out var to) && to != child ? to : 0;
                output[child] = _patternsAt[fail[child]].Count > 0 ? fail[child] : output[fail[child]];
                queue.Enqueue(child);
            }
        }

        return (fail, output);
    }
}
