using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class MeasureFamilies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "family",
                table: "metrics",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "qualifier",
                table: "metrics",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_metrics_family_measure",
                table: "metrics",
                columns: new[] { "family", "measure" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_metrics_family_measure",
                table: "metrics");

            migrationBuilder.DropColumn(
                name: "family",
                table: "metrics");

            migrationBuilder.DropColumn(
                name: "qualifier",
                table: "metrics");
        }
    }
}
