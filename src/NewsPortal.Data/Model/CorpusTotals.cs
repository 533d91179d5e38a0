namespace NewsPortal.Data.Model;

/// <summary>The corpus' totals in one row (id 1), maintained like <see cref="EntityStat"/>.</summary>
public sealed class CorpusTotals
{
    public const int RowId = 1;

    public int Id { get; set; }
    public int Editions { get; set; }
    public int Articles { get; set; }
    public int Figures { get; set; }
    public int FilesProcessed { get; set; }
    public int FilesFailed { get; set; }
    /// <summary>Grows with every fold that changed something: a cache of anything derived from the corpus keys on it.</summary>
    public long Version { get; set; }
}
