using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace NewsPortal.Search.Indexing;

/// <summary>Decides whether the index in a directory is intact, missing or damaged, before a writer touches it.</summary>
internal static class IndexInspection
{
    /// <summary>Commit data key holding <see cref="ArticleFields.SchemaVersion"/>.</summary>
    public const string SchemaKey = "newsportal.schema";

    /// <summary>Opens every segment and, with <see cref="IndexCheck.Checksums"/>, verifies its checksums: a damaged index fails here, not in the middle of a search.</summary>
    public static (IndexOpenStatus Status, string? Problem) Inspect(LuceneDirectory directory, IndexCheck check)
    {
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                bool leftovers = directory.ListAll().Any(IsIndexFile);
                return leftovers
                    ? (IndexOpenStatus.RecreatedAfterCorruption, "index files without a readable commit point")
                    : (IndexOpenStatus.Created, null);
            }
            using var reader = DirectoryReader.Open(directory);
            string? schema = reader.IndexCommit.UserData.TryGetValue(SchemaKey, out string? value) ? value : null;
            if (schema != ArticleFields.SchemaVersion)
            {
                return (IndexOpenStatus.RecreatedForNewSchema, $"index schema {schema ?? "(none)"}, this version writes {ArticleFields.SchemaVersion}");
            }
            if (check == IndexCheck.Checksums)
            {
                foreach (var leaf in reader.Leaves)
                {
                    leaf.AtomicReader.CheckIntegrity();
                }
            }
            return (IndexOpenStatus.Opened, null);
        }
        catch (LockObtainFailedException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Damaged files surface as CorruptIndexException, IndexFormatTooOld/NewException, EndOfStreamException
            // or worse; whatever it is, the index cannot be trusted and is rebuilt from the database.
            return (IndexOpenStatus.RecreatedAfterCorruption, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static bool IsIndexFile(string name) =>
        name.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal) || name.StartsWith('_');

    /// <summary>Deletes the index's files (commit points and segments); the folder is the index's alone.</summary>
    public static void Wipe(LuceneDirectory directory)
    {
        foreach (string file in directory.ListAll().Where(IsIndexFile))
        {
            directory.DeleteFile(file);
        }
    }
}
