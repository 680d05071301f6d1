using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Content;

public sealed class SeedIntegrityTests
{
    /// <summary>Seeds are evidence: the five seed articles must stay byte for byte as they were copied in.</summary>
    [Fact]
    public void Seeds_are_unchanged_from_their_recorded_checksums()
    {
        var recorded = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "BriefingBook.Tests", "Content", "seeds.sha256"))
            .Select(l => l.Split("  ", 2))
            .ToArray();

        Assert.Equal(5, recorded.Length);
        foreach (var parts in recorded)
        {
            var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Root, parts[1]));
            Assert.Equal(parts[0], Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        }
    }
}
