using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace NewsPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "editions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    file_name = table.Column<string>(type: "text", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    paper = table.Column<string>(type: "text", nullable: true),
                    page_number = table.Column<int>(type: "integer", nullable: true),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    date_basis = table.Column<string>(type: "text", nullable: true),
                    raw_text = table.Column<string>(type: "text", nullable: false),
                    ingested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_editions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "entities",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    aliases = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_entities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "articles",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    edition_id = table.Column<long>(type: "bigint", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    subtitles = table.Column<List<string>>(type: "text[]", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    source = table.Column<string>(type: "text", nullable: true),
                    dateline = table.Column<string>(type: "text", nullable: true),
                    reporters = table.Column<List<string>>(type: "text[]", nullable: false),
                    event_date = table.Column<DateOnly>(type: "date", nullable: true),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    complete = table.Column<bool>(type: "boolean", nullable: false),
                    continued = table.Column<string>(type: "text", nullable: true),
                    body = table.Column<string>(type: "text", nullable: false),
                    paragraphs = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_articles", x => x.id);
                    table.ForeignKey(
                        name: "FK_articles_editions_edition_id",
                        column: x => x.edition_id,
                        principalTable: "editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ingested_files",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    path = table.Column<string>(type: "text", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    error = table.Column<string>(type: "text", nullable: true),
                    edition_id = table.Column<long>(type: "bigint", nullable: true),
                    articles = table.Column<int>(type: "integer", nullable: false),
                    metrics = table.Column<int>(type: "integer", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    parse_ms = table.Column<double>(type: "double precision", nullable: false),
                    store_ms = table.Column<double>(type: "double precision", nullable: false),
                    index_ms = table.Column<double>(type: "double precision", nullable: false),
                    total_ms = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ingested_files", x => x.id);
                    table.ForeignKey(
                        name: "FK_ingested_files_editions_edition_id",
                        column: x => x.edition_id,
                        principalTable: "editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "article_entities",
                columns: table => new
                {
                    article_id = table.Column<long>(type: "bigint", nullable: false),
                    entity_id = table.Column<long>(type: "bigint", nullable: false),
                    mentions = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_article_entities", x => new { x.article_id, x.entity_id });
                    table.ForeignKey(
                        name: "FK_article_entities_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_article_entities_entities_entity_id",
                        column: x => x.entity_id,
                        principalTable: "entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "metrics",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    article_id = table.Column<long>(type: "bigint", nullable: false),
                    span = table.Column<string>(type: "text", nullable: false),
                    offset = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<decimal>(type: "numeric", nullable: false),
                    unit = table.Column<string>(type: "text", nullable: false),
                    base_value = table.Column<decimal>(type: "numeric", nullable: true),
                    base_unit = table.Column<string>(type: "text", nullable: true),
                    measure = table.Column<string>(type: "text", nullable: true),
                    subject = table.Column<string>(type: "text", nullable: true),
                    subject_entity_id = table.Column<long>(type: "bigint", nullable: true),
                    period = table.Column<string>(type: "text", nullable: true),
                    kind = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_metrics", x => x.id);
                    table.ForeignKey(
                        name: "FK_metrics_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_metrics_entities_subject_entity_id",
                        column: x => x.subject_entity_id,
                        principalTable: "entities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_article_entities_entity_id",
                table: "article_entities",
                column: "entity_id");

            migrationBuilder.CreateIndex(
                name: "IX_articles_body_trgm",
                table: "articles",
                column: "body")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_articles_edition_id_position",
                table: "articles",
                columns: new[] { "edition_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_articles_kind",
                table: "articles",
                column: "kind");

            migrationBuilder.CreateIndex(
                name: "IX_articles_published_on",
                table: "articles",
                column: "published_on");

            migrationBuilder.CreateIndex(
                name: "IX_articles_source",
                table: "articles",
                column: "source");

            migrationBuilder.CreateIndex(
                name: "IX_editions_file_name",
                table: "editions",
                column: "file_name");

            migrationBuilder.CreateIndex(
                name: "IX_editions_sha256",
                table: "editions",
                column: "sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_entities_kind_name",
                table: "entities",
                columns: new[] { "kind", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ingested_files_edition_id",
                table: "ingested_files",
                column: "edition_id");

            migrationBuilder.CreateIndex(
                name: "IX_ingested_files_path",
                table: "ingested_files",
                column: "path");

            migrationBuilder.CreateIndex(
                name: "IX_ingested_files_sha256",
                table: "ingested_files",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "IX_metrics_article_id",
                table: "metrics",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "IX_metrics_kind_status",
                table: "metrics",
                columns: new[] { "kind", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_metrics_measure",
                table: "metrics",
                column: "measure");

            migrationBuilder.CreateIndex(
                name: "IX_metrics_subject_entity_id",
                table: "metrics",
                column: "subject_entity_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "article_entities");

            migrationBuilder.DropTable(
                name: "ingested_files");

            migrationBuilder.DropTable(
                name: "metrics");

            migrationBuilder.DropTable(
                name: "articles");

            migrationBuilder.DropTable(
                name: "entities");

            migrationBuilder.DropTable(
                name: "editions");
        }
    }
}
