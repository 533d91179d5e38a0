using System.Security.Cryptography;

namespace NewsPortal.Ingestion;

/// <summary>The bytes of one page dump, under the name its edition is known by.</summary>
public sealed record PageFile(string Path, byte[] Content)
{
    /// <summary>
    /// The name its edition is known by, and replaced by a later file of: the file name without folders, or for a
    /// file in a subfolder of the inbox its path relative to the inbox (<c>2025-11-03/page1.txt</c>).
    /// </summary>
    public string Name { get; init; } = System.IO.Path.GetFileName(Path);

    /// <summary>The hash of the bytes as received; a stored page parsed again keeps its original file's.</summary>
    public string Sha256 { get; init; } = Convert.ToHexStringLower(SHA256.HashData(Content));
}
