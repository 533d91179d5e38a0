namespace NewsPortal.Ingestion;

/// <summary>A seam for tests to break ingestion at a chosen point; production registers none.</summary>
public interface IIngestionFaults
{
    /// <summary>Called inside the edition's transaction after all its rows were inserted, before commit.</summary>
    void AfterRowsInserted(PageFile file);

    /// <summary>Called after a transaction holding <paramref name="files"/> editions committed.</summary>
    void AfterCommit(int files)
    {
    }
}
