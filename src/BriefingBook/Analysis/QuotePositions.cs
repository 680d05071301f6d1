using System.Runtime.CompilerServices;
using BriefingBook.Content.Model;

namespace BriefingBook.Analysis;

/// <summary>
/// Where each quote was found in each source, remembered by a build session: an unchanged source (the same object)
/// and the same quoted words are the same answer, so a rebuild after one edit folds and searches almost nothing.
/// Held weakly by source, so sources of old builds go with their answers.
/// </summary>
public sealed class QuotePositions
{
    private readonly ConditionalWeakTable<Source, Dictionary<string, (int Paragraph, int Start, int Length)?>> _bySource = new();

    internal bool TryGet(Source source, string quote, out (int Paragraph, int Start, int Length)? found)
    {
        found = null;
        return _bySource.TryGetValue(source, out var quotes) && quotes.TryGetValue(quote, out found);
    }

    internal void Put(Source source, string quote, (int Paragraph, int Start, int Length)? found) =>
        _bySource.GetOrCreateValue(source)[quote] = found;
}
