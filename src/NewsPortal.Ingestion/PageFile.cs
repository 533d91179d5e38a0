using System.Security.Cryptography;

namespace NewsPortal.Ingestion;

/// <summary>The bytes of one page dump, under the name its edition is known by.</summary>
public sealed record PageFile(string Path, byte[] Content)
{
    /// <summary>The file name without folders: an edition is replaced by a later file of the same name.</summary>
    public string Name { get; } = System.IO.Path.GetFileName(Path);

    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Content));
}
