using Microsoft.EntityFrameworkCore.Migrations;
using NewsPortal.Data.Aggregates;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class MeasureFoldInOnePass : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // One sort of the log gives each pair's total and newest figure: no join of the log to itself for the
            // planner to make a nested loop of when the log's statistics say it is empty.
            migrationBuilder.Sql(MeasureLog.FoldInOnePass);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(MeasureLog.FoldJoiningTotalsAndNewest);
        }
    }
}
