using Microsoft.EntityFrameworkCore.Migrations;
using NewsPortal.Data.Aggregates;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class EntityFigureExportLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Each exported row carries its CSV line instead of the columns PostgreSQL formatted at every export.
            migrationBuilder.Sql(Aggregates.EntityFigureExports.InstallFromColumns);
            migrationBuilder.Sql(MeasureLog.InstallListingKindsAndExportLines);
            migrationBuilder.Sql("ANALYZE entity_figure_exports;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Aggregates.EntityFigureExports.UninstallToColumns);
            migrationBuilder.Sql(MeasureLog.InstallListingKindsAndExports);
            migrationBuilder.Sql("ANALYZE entity_figure_exports;");
        }
    }
}
