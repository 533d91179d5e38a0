using Microsoft.EntityFrameworkCore.Migrations;
using NewsPortal.Data.Aggregates;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class EntityFiguresListedKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The triggers list only districts' and clusters' figures; the rows of every other kind go.
            migrationBuilder.Sql(MeasureLog.InstallListingKinds);
            migrationBuilder.Sql(EntityFigureRows.KeepListedKinds);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(MeasureLog.Install);
            migrationBuilder.Sql(EntityFigureRows.AddUnlistedKinds);
        }
    }
}
