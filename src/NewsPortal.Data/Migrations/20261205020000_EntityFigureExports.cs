using Microsoft.EntityFrameworkCore.Migrations;
using NewsPortal.Data.Aggregates;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class EntityFigureExports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The table and its triggers, then the rows of the districts and clusters already listed.
            migrationBuilder.Sql(EntityFigureExportColumns.Install);
            migrationBuilder.Sql(EntityFigureExportColumns.Rebuild);
            migrationBuilder.Sql("ANALYZE entity_figure_exports;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(EntityFigureExportColumns.Uninstall);
        }
    }
}
