using Microsoft.EntityFrameworkCore.Migrations;
using NewsPortal.Data.Aggregates;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class MeasureLogPerPair : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The new fold reads rows logged per figure (by the old triggers, not folded yet) as well as per pair.
            migrationBuilder.Sql(MeasureLog.Install);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(MeasureStatistics.PerFigure);
            migrationBuilder.Sql(EntityFigureRows.Install);
        }
    }
}
