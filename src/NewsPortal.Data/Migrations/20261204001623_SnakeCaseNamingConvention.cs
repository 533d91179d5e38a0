using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <summary>
    /// EFCore.NamingConventions names keys and indexes in lower case (pk_, fk_, ix_) where EF named them PK_, FK_, IX_.
    /// Tables and columns were snake_case already, so this only renames: ALTER ... RENAME is a catalogue change,
    /// where the generated drop-and-add would rebuild every primary key and re-check every foreign key.
    /// The two expression indexes of ScaleAggregates follow the same convention.
    /// </summary>
    public partial class SnakeCaseNamingConvention : Migration
    {
        private static readonly (string Table, string Name)[] Constraints =
        [
            ("article_entities", "PK_article_entities"),
            ("articles", "PK_articles"),
            ("corpus_totals", "PK_corpus_totals"),
            ("editions", "PK_editions"),
            ("entities", "PK_entities"),
            ("entity_stats", "PK_entity_stats"),
            ("ingested_files", "PK_ingested_files"),
            ("metrics", "PK_metrics"),
            ("article_entities", "FK_article_entities_articles_article_id"),
            ("article_entities", "FK_article_entities_entities_entity_id"),
            ("articles", "FK_articles_editions_edition_id"),
            ("entity_stats", "FK_entity_stats_entities_entity_id"),
            ("ingested_files", "FK_ingested_files_editions_edition_id"),
            ("metrics", "FK_metrics_articles_article_id"),
            ("metrics", "FK_metrics_entities_subject_entity_id"),
        ];

        private static readonly string[] Indexes =
        [
            "IX_article_entities_entity_id_published_on_article_id",
            "IX_articles_edition_id_position",
            "IX_articles_kind",
            "IX_articles_newest",
            "IX_articles_published_on",
            "IX_articles_source",
            "IX_editions_file_name",
            "IX_editions_newest",
            "IX_editions_sha256",
            "IX_entities_kind_name",
            "IX_entities_name",
            "IX_entity_stats_kind_articles_mentions",
            "IX_ingested_files_edition_id",
            "IX_ingested_files_path",
            "IX_ingested_files_sha256",
            "IX_ingested_files_status_started_at",
            "IX_metrics_article_id",
            "IX_metrics_family_measure",
            "IX_metrics_kind_status",
            "IX_metrics_measure",
            "IX_metrics_period",
            "IX_metrics_subject_entity_id",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rename(migrationBuilder, from: name => name, to: LowerPrefix);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rename(migrationBuilder, from: LowerPrefix, to: name => name);

        // Renaming a primary key constraint renames its index too.
        private static void Rename(MigrationBuilder migrationBuilder, Func<string, string> from, Func<string, string> to)
        {
            foreach (var (table, name) in Constraints)
            {
                migrationBuilder.Sql($"""ALTER TABLE {table} RENAME CONSTRAINT "{from(name)}" TO "{to(name)}";""");
            }

            foreach (var name in Indexes)
            {
                migrationBuilder.Sql($"""ALTER INDEX "{from(name)}" RENAME TO "{to(name)}";""");
            }
        }

        private static string LowerPrefix(string name) => name[..3].ToLowerInvariant() + name[3..];
    }
}
