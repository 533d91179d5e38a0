using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class FigureMeasureCover : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_metrics_measure",
                table: "metrics");

            migrationBuilder.CreateIndex(
                name: "ix_metrics_measure_article_id",
                table: "metrics",
                columns: new[] { "measure", "article_id" })
                .Annotation("Npgsql:IndexInclude", new[] { "subject_entity_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_metrics_measure_article_id",
                table: "metrics");

            migrationBuilder.CreateIndex(
                name: "ix_metrics_measure",
                table: "metrics",
                column: "measure");
        }
    }
}
