using Microsoft.EntityFrameworkCore.Migrations;
using NewsPortal.Data.Aggregates;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class EntityFiguresViewOfExports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // entity_figures held the keys of entity_figure_exports: the measure triggers write the exports alone, and
            // entity_figures becomes a view of their key.
            migrationBuilder.Sql(MeasureLog.InstallExportLinesOnly);
            migrationBuilder.Sql(EntityFigureRows.ViewOfExports);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(EntityFigureRows.TableAgain);
            migrationBuilder.Sql(MeasureLog.InstallListedKindsAndExportLinesAgain);
        }
    }
}
