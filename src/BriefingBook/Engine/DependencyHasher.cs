using System.Runtime.CompilerServices;

namespace BriefingBook.Engine;

/// <summary>
/// Builds an output item's <see cref="Fingerprint"/> from what it depends on: the entries it shows (by their
/// <see cref="FactVersions"/>, so an unchanged entry costs one lookup, however long its text) and derived values
/// (counts, anchors, similarity scores) fed in directly. Order matters, as it does on the page. Not
/// cryptographic: a session trusts its own inputs, and every published build renders everything.
/// </summary>
public sealed class DependencyHasher
{
    private const ulong PrimeA = 0x9E3779B185EBCA87UL;
    private const ulong PrimeB = 0xC2B2AE3D27D4EB4FUL;

    private readonly FactVersions _versions;
    private ulong _a = 0x243F6A8885A308D3UL;
    private ulong _b = 0x13198A2E03707344UL;

    public DependencyHasher(FactVersions versions) => _versions = versions;

    /// <summary>An entry (source, actor, event, note, the book's settings, the theme), by identity.</summary>
    public DependencyHasher On(object? fact) => Add(fact is null ? 0 : _versions.Of(fact));

    public DependencyHasher On<T>(IEnumerable<T> facts)
        where T : class
    {
        var n = 0L;
        foreach (var fact in facts)
        {
            On(fact);
            n++;
        }

        return Add(n);
    }

    public DependencyHasher Add(long value)
    {
        unchecked
        {
            _a = RotateLeft((_a ^ (ulong)value) * PrimeA, 31);
            _b = RotateLeft(_b + ((ulong)value * PrimeB), 27) * PrimeA;
        }

        return this;
    }

    public DependencyHasher Add(bool value) => Add(value ? 1 : 2);

    public DependencyHasher Add(double value) => Add(BitConverter.DoubleToInt64Bits(value));

    public DependencyHasher Add(string? value)
    {
        if (value is null) return Add(-1);
        Add(value.Length);
        // Four characters per step.
        var span = value.AsSpan();
        var i = 0;
        for (; i + 4 <= span.Length; i += 4)
            Add((long)span[i] | ((long)span[i + 1] << 16) | ((long)span[i + 2] << 32) | ((long)span[i + 3] << 48));
        for (; i < span.Length; i++) Add(span[i]);
        return this;
    }

    /// <summary>A digest worked out once for many items (every source's label), in place of what it covers.</summary>
    public DependencyHasher Add(Fingerprint digest) => Add(unchecked((long)digest.High)).Add(unchecked((long)digest.Low));

    public Fingerprint Result()
    {
        unchecked
        {
            var a = _a ^ (_b >> 29);
            var b = _b ^ (_a >> 31);
            return new Fingerprint(a * PrimeB, b * PrimeA);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong RotateLeft(ulong x, int r) => (x << r) | (x >> (64 - r));
}
