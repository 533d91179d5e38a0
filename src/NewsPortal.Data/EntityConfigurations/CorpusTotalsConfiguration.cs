using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Data.Model;

namespace NewsPortal.Data.EntityConfigurations;

internal sealed class CorpusTotalsConfiguration : IEntityTypeConfiguration<CorpusTotals>
{
    public void Configure(EntityTypeBuilder<CorpusTotals> builder)
    {
        builder.ToTable("corpus_totals");
        builder.Property(t => t.Id).ValueGeneratedNever();
    }
}
