using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class EntityFigureExportsByArticle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Ingestion wrote each listed figure into a random leaf of a key holding whole rows; now at the end of its
            // entity's and measure's range, and into a narrow index by date for the pages.
            migrationBuilder.Sql(Aggregates.EntityFigureExports.KeyByArticle);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Aggregates.EntityFigureExports.KeyByDay);
        }
    }
}
