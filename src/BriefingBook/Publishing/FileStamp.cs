using System.Buffers.Binary;
using System.Security.Cryptography;

namespace BriefingBook.Publishing;

/// <summary>
/// What a published file holds, in few bytes: its length and the first 128 bits of the SHA-256 of its bytes.
/// SHA-256 because it is in the box and hardware-accelerated (about 1.5 GB/s on one core with SHA-NI), so
/// hashing a whole 10,000-source site costs well under a second; 128 bits because the hash only has to tell
/// this build's bytes from the last build's, not resist anyone.
/// </summary>
public readonly record struct FileStamp(long Length, UInt128 Hash)
{
    public static FileStamp Of(ReadOnlySpan<byte> content)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(content, digest);
        return new FileStamp(content.Length, BinaryPrimitives.ReadUInt128BigEndian(digest));
    }
}
