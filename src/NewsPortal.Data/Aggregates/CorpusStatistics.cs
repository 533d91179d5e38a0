namespace NewsPortal.Data.Aggregates;

/// <summary>
/// How entity_stats and corpus_totals stay current without a hot row in every ingestion transaction: triggers on
/// editions, articles, article_entities and ingested_files append signed changes to stat_deltas (an insert-only
/// log, so concurrent ingesters never wait on each other), and <see cref="FoldSql"/> adds them up into the two
/// tables; ingestion runs it after each flush. The migration ScaleAggregates installs it and fills both tables
/// from what is already stored.
/// </summary>
public static class CorpusStatistics
{
    /// <summary>Folds the logged changes into entity_stats and corpus_totals, and into entity_measure_stats (<see cref="MeasureStatistics"/>).</summary>
    public const string FoldSql = "SELECT fold_stat_deltas(), fold_measure_deltas()";

    /// <summary>Fills the new columns and both tables from what is stored (run before their indexes exist).</summary>
    internal const string Backfill = """
        UPDATE articles a SET figure_count = m.n
        FROM (SELECT article_id, count(*)::int AS n FROM metrics GROUP BY article_id) m
        WHERE m.article_id = a.id;

        UPDATE article_entities ae SET published_on = a.published_on
        FROM articles a
        WHERE a.id = ae.article_id AND a.published_on IS NOT NULL;

        INSERT INTO entity_stats (entity_id, kind, articles, mentions, figures)
        SELECT ae.entity_id, e.kind, count(*), sum(ae.mentions), sum(a.figure_count)
        FROM article_entities ae
        JOIN entities e ON e.id = ae.entity_id
        JOIN articles a ON a.id = ae.article_id
        GROUP BY ae.entity_id, e.kind;

        INSERT INTO corpus_totals (id, editions, articles, figures, files_processed, files_failed, version)
        SELECT 1,
            (SELECT count(*) FROM editions),
            (SELECT count(*) FROM articles),
            (SELECT count(*) FROM metrics),
            (SELECT count(*) FROM ingested_files WHERE status = 'Processed'),
            (SELECT count(*) FROM ingested_files WHERE status = 'Failed'),
            1;
        """;

    internal const string Install = """
        CREATE TABLE stat_deltas (
            entity_id bigint,
            editions integer NOT NULL DEFAULT 0,
            articles integer NOT NULL DEFAULT 0,
            mentions integer NOT NULL DEFAULT 0,
            figures integer NOT NULL DEFAULT 0,
            files_processed integer NOT NULL DEFAULT 0,
            files_failed integer NOT NULL DEFAULT 0);

        CREATE FUNCTION stat_deltas_editions() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                INSERT INTO stat_deltas (editions) SELECT count(*) FROM new_rows;
            ELSE
                INSERT INTO stat_deltas (editions) SELECT -count(*) FROM old_rows;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER editions_counted AFTER INSERT ON editions
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stat_deltas_editions();
        CREATE TRIGGER editions_uncounted AFTER DELETE ON editions
            REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stat_deltas_editions();

        CREATE FUNCTION stat_deltas_articles() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO stat_deltas (articles, figures) SELECT count(*), coalesce(sum(figure_count), 0) FROM new_rows;
            RETURN NULL;
        END $$;
        CREATE TRIGGER articles_counted AFTER INSERT ON articles
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stat_deltas_articles();

        -- Before the row goes, while its entity links (deleted by the cascade after it) can still be read.
        CREATE FUNCTION stat_deltas_article_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO stat_deltas (articles, figures) VALUES (-1, -OLD.figure_count);
            INSERT INTO stat_deltas (entity_id, articles, mentions, figures)
                SELECT entity_id, -1, -mentions, -OLD.figure_count FROM article_entities WHERE article_id = OLD.id;
            RETURN OLD;
        END $$;
        CREATE TRIGGER articles_uncounted BEFORE DELETE ON articles
            FOR EACH ROW EXECUTE FUNCTION stat_deltas_article_deleted();

        CREATE FUNCTION stat_deltas_links() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO stat_deltas (entity_id, articles, mentions, figures)
                SELECT n.entity_id, count(*), sum(n.mentions), sum(a.figure_count)
                FROM new_rows n JOIN articles a ON a.id = n.article_id
                GROUP BY n.entity_id;
            RETURN NULL;
        END $$;
        CREATE TRIGGER article_entities_counted AFTER INSERT ON article_entities
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stat_deltas_links();

        CREATE FUNCTION stat_deltas_files() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO stat_deltas (files_processed, files_failed)
                SELECT count(*) FILTER (WHERE status = 'Processed'), count(*) FILTER (WHERE status = 'Failed') FROM new_rows;
            RETURN NULL;
        END $$;
        CREATE TRIGGER ingested_files_counted AFTER INSERT ON ingested_files
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stat_deltas_files();

        -- Concurrent folds take disjoint rows of the log (DELETE ... RETURNING) and lock entity rows in id order.
        CREATE FUNCTION fold_stat_deltas() RETURNS void LANGUAGE sql AS $$
            WITH d AS (DELETE FROM stat_deltas RETURNING *),
            entity AS (
                INSERT INTO entity_stats AS s (entity_id, kind, articles, mentions, figures)
                SELECT g.entity_id, e.kind, g.articles, g.mentions, g.figures
                FROM (SELECT entity_id, sum(articles)::int AS articles, sum(mentions)::int AS mentions, sum(figures)::int AS figures
                      FROM d WHERE entity_id IS NOT NULL GROUP BY entity_id) g
                JOIN entities e ON e.id = g.entity_id
                ORDER BY g.entity_id
                ON CONFLICT (entity_id) DO UPDATE SET
                    articles = s.articles + excluded.articles,
                    mentions = s.mentions + excluded.mentions,
                    figures = s.figures + excluded.figures
                RETURNING 1)
            UPDATE corpus_totals t SET
                editions = t.editions + x.editions,
                articles = t.articles + x.articles,
                figures = t.figures + x.figures,
                files_processed = t.files_processed + x.files_processed,
                files_failed = t.files_failed + x.files_failed,
                version = t.version + 1
            FROM (SELECT coalesce(sum(editions), 0)::int AS editions, coalesce(sum(articles), 0)::int AS articles,
                         coalesce(sum(figures), 0)::int AS figures, coalesce(sum(files_processed), 0)::int AS files_processed,
                         coalesce(sum(files_failed), 0)::int AS files_failed, count(*) AS changes
                  FROM d WHERE entity_id IS NULL) x
            WHERE t.id = 1 AND (x.changes > 0 OR EXISTS (SELECT 1 FROM entity));
        $$;

        -- The newest articles first (undated last) as one ascending-comparable key, so that a page is found by
        -- seeking to a key rather than by counting rows off the front.
        CREATE INDEX "IX_articles_newest" ON articles ((coalesce(published_on, '-infinity'::date)) DESC, id DESC);
        CREATE INDEX "IX_editions_newest" ON editions ((published_on IS NULL), published_on DESC, ingested_at DESC);
        """;

    internal const string Uninstall = """
        DROP INDEX IF EXISTS "IX_editions_newest";
        DROP INDEX IF EXISTS "IX_articles_newest";
        DROP TRIGGER IF EXISTS ingested_files_counted ON ingested_files;
        DROP TRIGGER IF EXISTS article_entities_counted ON article_entities;
        DROP TRIGGER IF EXISTS articles_uncounted ON articles;
        DROP TRIGGER IF EXISTS articles_counted ON articles;
        DROP TRIGGER IF EXISTS editions_uncounted ON editions;
        DROP TRIGGER IF EXISTS editions_counted ON editions;
        DROP FUNCTION IF EXISTS fold_stat_deltas();
        DROP FUNCTION IF EXISTS stat_deltas_files();
        DROP FUNCTION IF EXISTS stat_deltas_links();
        DROP FUNCTION IF EXISTS stat_deltas_article_deleted();
        DROP FUNCTION IF EXISTS stat_deltas_articles();
        DROP FUNCTION IF EXISTS stat_deltas_editions();
        DROP TABLE IF EXISTS stat_deltas;
        """;
}
