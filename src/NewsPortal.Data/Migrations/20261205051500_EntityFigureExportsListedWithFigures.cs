using Microsoft.EntityFrameworkCore.Migrations;
using NewsPortal.Data.Aggregates;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class EntityFigureExportsListedWithFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The measure triggers copy what they list into entity_figure_exports themselves; entity_figures' insert trigger goes.
            migrationBuilder.Sql(MeasureLog.InstallListingKindsAndExports);
            migrationBuilder.Sql(EntityFigureExportColumns.DropListingTrigger);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(MeasureLog.InstallListingKinds);
            migrationBuilder.Sql(EntityFigureExportColumns.ListingTrigger);
        }
    }
}
