using System.Runtime.CompilerServices;
using BriefingBook.Content.Model;

namespace BriefingBook.Analysis.Mentions;

/// <summary>
/// A build session's memory of the mention scan: the matcher built from the actors' names (rebuilt only when an
/// actor entry changes) and each source's scan with it (redone only for a changed source, or for all when the
/// names changed). Held weakly by source.
/// </summary>
public sealed class MentionScans
{
    private ConditionalWeakTable<Source, object> _scans = new();
    private IReadOnlyList<Actor>? _actors;
    private NameMatcher? _matcher;

    /// <summary>The matcher for these actors: the last one if every actor is the very entry it was built from.</summary>
    public NameMatcher MatcherFor(IReadOnlyList<Actor> actors)
    {
        if (_matcher is not null && _actors is not null && _actors.Count == actors.Count && _actors.Zip(actors).All(p => ReferenceEquals(p.First, p.Second)))
            return _matcher;
        _actors = actors;
        _matcher = new NameMatcher(actors);
        _scans = new ConditionalWeakTable<Source, object>();
        return _matcher;
    }

    internal object GetOrScan(Source source, Func<Source, object> scan) => _scans.GetValue(source, s => scan(s));
}
