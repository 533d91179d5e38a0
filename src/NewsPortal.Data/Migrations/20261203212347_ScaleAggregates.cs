using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NewsPortal.Data.Aggregates;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class ScaleAggregates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_article_entities_entity_id",
                table: "article_entities");

            migrationBuilder.AddColumn<int>(
                name: "figure_count",
                table: "articles",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "published_on",
                table: "article_entities",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "corpus_totals",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    editions = table.Column<int>(type: "integer", nullable: false),
                    articles = table.Column<int>(type: "integer", nullable: false),
                    figures = table.Column<int>(type: "integer", nullable: false),
                    files_processed = table.Column<int>(type: "integer", nullable: false),
                    files_failed = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_corpus_totals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "entity_stats",
                columns: table => new
                {
                    entity_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    articles = table.Column<int>(type: "integer", nullable: false),
                    mentions = table.Column<int>(type: "integer", nullable: false),
                    figures = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entity_stats", x => x.entity_id);
                    table.ForeignKey(
                        name: "FK_entity_stats_entities_entity_id",
                        column: x => x.entity_id,
                        principalTable: "entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Before the new indexes exist: filling 100,000 articles' links is then one pass over the table.
            migrationBuilder.Sql(CorpusStatistics.Backfill);

            migrationBuilder.CreateIndex(
                name: "IX_metrics_period",
                table: "metrics",
                column: "period");

            migrationBuilder.CreateIndex(
                name: "IX_ingested_files_status_started_at",
                table: "ingested_files",
                columns: new[] { "status", "started_at" });

            migrationBuilder.CreateIndex(
                name: "IX_article_entities_entity_id_published_on_article_id",
                table: "article_entities",
                columns: new[] { "entity_id", "published_on", "article_id" });

            migrationBuilder.CreateIndex(
                name: "IX_entity_stats_kind_articles_mentions",
                table: "entity_stats",
                columns: new[] { "kind", "articles", "mentions" },
                descending: new[] { false, true, true });

            migrationBuilder.Sql(CorpusStatistics.Install);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CorpusStatistics.Uninstall);

            migrationBuilder.DropTable(
                name: "corpus_totals");

            migrationBuilder.DropTable(
                name: "entity_stats");

            migrationBuilder.DropIndex(
                name: "IX_metrics_period",
                table: "metrics");

            migrationBuilder.DropIndex(
                name: "IX_ingested_files_status_started_at",
                table: "ingested_files");

            migrationBuilder.DropIndex(
                name: "IX_article_entities_entity_id_published_on_article_id",
                table: "article_entities");

            migrationBuilder.DropColumn(
                name: "figure_count",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "published_on",
                table: "article_entities");

            migrationBuilder.CreateIndex(
                name: "IX_article_entities_entity_id",
                table: "article_entities",
                column: "entity_id");
        }
    }
}
