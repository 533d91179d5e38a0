using Microsoft.EntityFrameworkCore.Migrations;
using NewsPortal.Data.Aggregates;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class TriggerJoinsByKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A statement storing several pages' rows had its triggers planned as hash joins over whole tables.
            migrationBuilder.Sql(MeasureLog.JoinNewRowsByKey);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(MeasureLog.JoinNewRowsAsPlanned);
        }
    }
}
