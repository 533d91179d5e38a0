using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsPortal.Data.Model;

namespace NewsPortal.Data.EntityConfigurations;

internal sealed class MetricConfiguration : IEntityTypeConfiguration<Metric>
{
    public void Configure(EntityTypeBuilder<Metric> builder)
    {
        builder.ToTable("metrics");
        builder.Property(m => m.Span).IsRequired();
        builder.Property(m => m.Unit).IsRequired();
        // Unbounded numeric: reported figures run from 0.1% to trillions of 元.
        builder.Property(m => m.Value).HasColumnType("numeric");
        builder.Property(m => m.BaseValue).HasColumnType("numeric");
        builder.Property(m => m.Kind).HasConversion<string>();
        builder.Property(m => m.Status).HasConversion<string>();

        builder.HasIndex(m => m.Measure);
        // The figures page offers every period: a skip scan of this index rather than a scan of the table.
        builder.HasIndex(m => m.Period);
        builder.HasIndex(m => new { m.Family, m.Measure });
        builder.HasIndex(m => m.SubjectEntityId);
        builder.HasIndex(m => new { m.Kind, m.Status });

        // Deleting an entity keeps the figure and its printed subject, only the link goes.
        builder.HasOne(m => m.SubjectEntity)
            .WithMany()
            .HasForeignKey(m => m.SubjectEntityId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}
