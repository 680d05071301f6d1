using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BriefingBook.Analysis.Duplicates;

/// <summary>
/// The shingle index in memory: a hash table from wording to the passages using it. Most wordings are used by
/// one passage, so a posting list keeps its first id inline and allocates only from the second on. Bounded by
/// the book: one entry per (passage, shingle).
/// </summary>
public sealed class MemoryDuplicateIndex : IDuplicateIndex
{
    private readonly Dictionary<ulong, PostingList> _postings = [];
    private readonly Dictionary<int, ulong> _fingerprints = [];
    private readonly Dictionary<string, IndexedPassage[]> _sources = new(StringComparer.Ordinal);

    public void Add(string sourceId, IReadOnlyList<IndexedPassage> passages)
    {
        Remove(sourceId);
        _sources[sourceId] = [.. passages];
        foreach (var passage in passages)
        {
            _fingerprints[passage.Id] = passage.Fingerprint;
            foreach (var wording in passage.Wordings)
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_postings, wording, out _);
                list.Add(passage.Id);
            }
        }
    }

    public void Remove(string sourceId)
    {
        if (!_sources.Remove(sourceId, out var passages)) return;
        foreach (var passage in passages)
        {
            _fingerprints.Remove(passage.Id);
            foreach (var wording in passage.Wordings)
            {
                ref var list = ref CollectionsMarshal.GetValueRefOrNullRef(_postings, wording);
                if (Unsafe.IsNullRef(ref list)) continue;
                list.Remove(passage.Id);
                if (list.Count == 0) _postings.Remove(wording);
            }
        }
    }

    public void Postings(ulong wording, List<int> into)
    {
        into.Clear();
        if (!_postings.TryGetValue(wording, out var list)) return;
        if (list.Count > 0) into.Add(list.First);
        for (var i = 0; i < list.Count - 1; i++) into.Add(list.Rest![i]);
    }

    public int Uses(ulong wording) => _postings.TryGetValue(wording, out var list) ? list.Count : 0;

    public int TextsUsing(ulong wording, int atMost)
    {
        if (!_postings.TryGetValue(wording, out var list) || list.Count == 0 || atMost <= 0) return 0;
        Span<ulong> texts = stackalloc ulong[Math.Min(atMost, 64)];
        var seen = 0;
        for (var i = 0; i < list.Count && seen < texts.Length; i++)
        {
            var text = _fingerprints[i == 0 ? list.First : list.Rest![i - 1]];
            if (!texts[..seen].Contains(text)) texts[seen++] = text;
        }

        // Past 64, count the rest with a set (no caller asks for that many today).
        if (seen < atMost && seen == texts.Length)
        {
            var all = new HashSet<ulong>();
            for (var i = 0; i < list.Count; i++) all.Add(_fingerprints[i == 0 ? list.First : list.Rest![i - 1]]);
            return Math.Min(all.Count, atMost);
        }

        return seen;
    }

    /// <summary>The ids using one wording: the first inline, the rest in an array grown by doubling.</summary>
    private struct PostingList
    {
        public int Count;
        public int First;
        public int[]? Rest;

        public void Add(int id)
        {
            if (Count == 0)
            {
                First = id;
            }
            else
            {
                Rest ??= new int[2];
                if (Count - 1 == Rest.Length) Array.Resize(ref Rest, Rest.Length * 2);
                Rest[Count - 1] = id;
            }

            Count++;
        }

        /// <summary>Removes one use of <paramref name="id"/>; order is not kept (no reader depends on it).</summary>
        public void Remove(int id)
        {
            if (First == id)
            {
                if (Count > 1) First = Rest![Count - 2];
            }
            else
            {
                var at = Array.IndexOf(Rest!, id, 0, Count - 1);
                if (at < 0) return;
                Rest![at] = Rest[Count - 2];
            }

            Count--;
        }
    }
}
