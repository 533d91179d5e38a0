namespace NewsPortal.Data.Aggregates;

/// <summary>
/// How entity_measure_stats stays current, the way <see cref="CorpusStatistics"/> keeps entity_stats: triggers on
/// metrics, article_entities and articles append one signed row per figure and entity to measure_deltas (an
/// insert-only log), and <c>fold_measure_deltas()</c>, run with the other fold (<see cref="CorpusStatistics.FoldSql"/>),
/// adds them up. A figure is about an entity when its article names the entity, or when the entity is its subject in
/// an article that does not name it; it counts once either way. Links and figures are written with their article and
/// go with it (the cascade from its edition), which is what the triggers follow: a figure inserted counts for the
/// links already stored, a link inserted for the figures already stored, an article deleted takes back all of its own.
/// The newest figure of a pair is kept as it comes in; when the fold finds that figure gone, it looks the pair up again.
/// A figure's date is its link's copy of the article's date (article_entities.published_on, as ingestion writes it)
/// or, for a subject its article does not name, the article's.
/// The migration EntityMeasureStats installs it and fills the table from what is stored (<see cref="Rebuild"/>).
/// </summary>
public static class MeasureStatistics
{
    /// <summary>
    /// Fills entity_measure_stats from the stored figures, replacing what it held: the migration's backfill, and what a
    /// later migration that rewrites figures' measures or subjects in bulk runs after it.
    /// </summary>
    public const string Rebuild = """
        DELETE FROM measure_deltas;
        DELETE FROM entity_measure_stats;
        INSERT INTO entity_measure_stats (entity_id, measure, figures, latest_metric_id, latest_published_on)
        SELECT entity_id, measure, count(*)::int,
            (array_agg(id ORDER BY coalesce(published_on, '-infinity'::date) DESC, id DESC))[1],
            (array_agg(published_on ORDER BY coalesce(published_on, '-infinity'::date) DESC, id DESC))[1]
        FROM (
            SELECT l.entity_id, m.measure, m.id, l.published_on
            FROM article_entities l JOIN metrics m ON m.article_id = l.article_id
            WHERE m.measure IS NOT NULL
            UNION ALL
            SELECT m.subject_entity_id, m.measure, m.id, a.published_on
            FROM metrics m JOIN articles a ON a.id = m.article_id
            WHERE m.measure IS NOT NULL AND m.subject_entity_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM article_entities l WHERE l.article_id = m.article_id AND l.entity_id = m.subject_entity_id)
        ) about
        GROUP BY entity_id, measure;
        """;

    /// <summary>The delta rows of newly stored figures (transition table <c>new_rows</c>): one per entity the article
    /// names, and one for a subject it does not name.</summary>
    private const string FigureDeltas = """
        INSERT INTO measure_deltas (entity_id, measure, figures, metric_id, published_on)
            SELECT l.entity_id, n.measure, 1, n.id, l.published_on
            FROM new_rows n JOIN article_entities l ON l.article_id = n.article_id
            WHERE n.measure IS NOT NULL
            UNION ALL
            SELECT n.subject_entity_id, n.measure, 1, n.id, a.published_on
            FROM new_rows n JOIN articles a ON a.id = n.article_id
            WHERE n.measure IS NOT NULL AND n.subject_entity_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM article_entities l WHERE l.article_id = n.article_id AND l.entity_id = n.subject_entity_id)
        """;

    /// <summary>The delta rows of newly stored links (transition table <c>new_rows</c>): the article's figures, except
    /// those already counted for the linked entity as their subject.</summary>
    private const string LinkDeltas = """
        INSERT INTO measure_deltas (entity_id, measure, figures, metric_id, published_on)
            SELECT n.entity_id, m.measure, 1, m.id, n.published_on
            FROM new_rows n JOIN metrics m ON m.article_id = n.article_id
            WHERE m.measure IS NOT NULL AND m.subject_entity_id IS DISTINCT FROM n.entity_id
        """;

    /// <summary>The article trigger as EntityMeasureStats installed it: one -1 row per figure and entity (replaced by <see cref="MeasureLog"/>).</summary>
    private const string ArticleDeletedPerFigure = """
        -- Before the row goes, while its links and figures (deleted by the cascade after it) can still be read.
        CREATE OR REPLACE FUNCTION measure_deltas_article_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO measure_deltas (entity_id, measure, figures, metric_id, published_on)
                SELECT l.entity_id, m.measure, -1, m.id, l.published_on
                FROM article_entities l JOIN metrics m ON m.article_id = l.article_id
                WHERE l.article_id = OLD.id AND m.measure IS NOT NULL
                UNION ALL
                SELECT m.subject_entity_id, m.measure, -1, m.id, OLD.published_on
                FROM metrics m
                WHERE m.article_id = OLD.id AND m.measure IS NOT NULL AND m.subject_entity_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM article_entities l WHERE l.article_id = OLD.id AND l.entity_id = m.subject_entity_id);
            RETURN OLD;
        END $$;
        """;

    /// <summary>The fold as EntityMeasureStats installed it, visiting every pair it folds (replaced by <see cref="MeasureLog"/>).</summary>
    private const string FoldPerFigure = """
        -- Concurrent folds take disjoint rows of the log (DELETE ... RETURNING) and lock pairs in key order. A pair
        -- whose count falls to nothing goes; a pair whose newest figure was deleted (and not replaced by a newer one
        -- in the same fold) is looked up again.
        CREATE OR REPLACE FUNCTION fold_measure_deltas() RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            pair record;
        BEGIN
            FOR pair IN
                WITH d AS (DELETE FROM measure_deltas RETURNING *),
                g AS (
                    SELECT entity_id, measure, sum(figures)::int AS figures,
                        (array_agg(metric_id ORDER BY coalesce(published_on, '-infinity'::date) DESC, metric_id DESC) FILTER (WHERE figures > 0))[1] AS latest_id,
                        (array_agg(published_on ORDER BY coalesce(published_on, '-infinity'::date) DESC, metric_id DESC) FILTER (WHERE figures > 0))[1] AS latest_on
                    FROM d GROUP BY entity_id, measure)
                INSERT INTO entity_measure_stats AS s (entity_id, measure, figures, latest_metric_id, latest_published_on)
                SELECT g.entity_id, g.measure, g.figures, coalesce(g.latest_id, 0), g.latest_on
                FROM g JOIN entities e ON e.id = g.entity_id
                ORDER BY g.entity_id, g.measure
                ON CONFLICT (entity_id, measure) DO UPDATE SET
                    figures = s.figures + excluded.figures,
                    latest_metric_id = CASE WHEN excluded.latest_metric_id <> 0
                        AND (coalesce(excluded.latest_published_on, '-infinity'::date), excluded.latest_metric_id)
                            > (coalesce(s.latest_published_on, '-infinity'::date), s.latest_metric_id)
                        THEN excluded.latest_metric_id ELSE s.latest_metric_id END,
                    latest_published_on = CASE WHEN excluded.latest_metric_id <> 0
                        AND (coalesce(excluded.latest_published_on, '-infinity'::date), excluded.latest_metric_id)
                            > (coalesce(s.latest_published_on, '-infinity'::date), s.latest_metric_id)
                        THEN excluded.latest_published_on ELSE s.latest_published_on END
                RETURNING s.entity_id, s.measure, s.figures, s.latest_metric_id
            LOOP
                IF pair.figures <= 0 THEN
                    DELETE FROM entity_measure_stats WHERE entity_id = pair.entity_id AND measure = pair.measure;
                ELSIF NOT EXISTS (SELECT 1 FROM metrics WHERE id = pair.latest_metric_id) THEN
                    UPDATE entity_measure_stats s SET latest_metric_id = n.metric_id, latest_published_on = n.published_on
                    FROM newest_figure_about(pair.entity_id, pair.measure, pair.figures) n
                    WHERE s.entity_id = pair.entity_id AND s.measure = pair.measure;
                END IF;
            END LOOP;
        END $$;
        """;

    internal const string Install = $$"""
        CREATE TABLE measure_deltas (
            entity_id bigint NOT NULL,
            measure text NOT NULL,
            figures integer NOT NULL,
            metric_id bigint NOT NULL,
            published_on date);

        CREATE FUNCTION measure_deltas_metrics() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {{FigureDeltas}};
            RETURN NULL;
        END $$;
        CREATE TRIGGER metrics_measured AFTER INSERT ON metrics
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION measure_deltas_metrics();

        -- A figure whose subject the new link names counted as "subject elsewhere" and now counts through the link.
        CREATE FUNCTION measure_deltas_links() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {{LinkDeltas}};
            RETURN NULL;
        END $$;
        CREATE TRIGGER article_entities_measured AFTER INSERT ON article_entities
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION measure_deltas_links();

        {{ArticleDeletedPerFigure}}
        CREATE TRIGGER articles_unmeasured BEFORE DELETE ON articles
            FOR EACH ROW EXECUTE FUNCTION measure_deltas_article_deleted();

        -- The newest figure of a pair: the latest date (undated last), then the highest id. A pair with many figures walks
        -- the entity's articles newest first (the (entity_id, published_on, article_id) index) and stops at the first
        -- date that has one (27 ms instead of 1.1 s for a cluster's most common measure); a pair with few reads them all,
        -- which the planner does from the measure's side (a walk would pass most of the entity's articles for nothing).
        CREATE FUNCTION newest_figure_about(entity bigint, of_measure text, figures integer)
        RETURNS TABLE (metric_id bigint, published_on date) LANGUAGE plpgsql STABLE AS $$
        #variable_conflict use_column
        BEGIN
            IF figures >= 200 THEN
                RETURN QUERY
                SELECT c.id, c.published_on FROM (
                    (SELECT m.id, l.published_on
                     FROM article_entities l
                     CROSS JOIN LATERAL (SELECT f.id FROM metrics f WHERE f.article_id = l.article_id AND f.measure = of_measure
                                         ORDER BY f.id DESC LIMIT 1) m
                     WHERE l.entity_id = entity AND l.published_on IS NOT NULL
                     ORDER BY l.published_on DESC, m.id DESC
                     LIMIT 1)
                    UNION ALL
                    (SELECT m.id, l.published_on
                     FROM article_entities l
                     CROSS JOIN LATERAL (SELECT f.id FROM metrics f WHERE f.article_id = l.article_id AND f.measure = of_measure
                                         ORDER BY f.id DESC LIMIT 1) m
                     WHERE l.entity_id = entity AND l.published_on IS NULL
                     ORDER BY m.id DESC
                     LIMIT 1)
                    UNION ALL
                    (SELECT m.id, a.published_on
                     FROM metrics m JOIN articles a ON a.id = m.article_id
                     WHERE m.subject_entity_id = entity AND m.measure = of_measure
                       AND NOT EXISTS (SELECT 1 FROM article_entities l WHERE l.article_id = m.article_id AND l.entity_id = entity)
                     ORDER BY coalesce(a.published_on, '-infinity'::date) DESC, m.id DESC
                     LIMIT 1)
                ) c
                ORDER BY coalesce(c.published_on, '-infinity'::date) DESC, c.id DESC
                LIMIT 1;
            ELSE
                RETURN QUERY
                SELECT about.id, about.published_on FROM (
                    SELECT m.id, l.published_on
                    FROM article_entities l JOIN metrics m ON m.article_id = l.article_id
                    WHERE l.entity_id = entity AND m.measure = of_measure
                    UNION ALL
                    SELECT m.id, a.published_on
                    FROM metrics m JOIN articles a ON a.id = m.article_id
                    WHERE m.subject_entity_id = entity AND m.measure = of_measure
                      AND NOT EXISTS (SELECT 1 FROM article_entities l WHERE l.article_id = m.article_id AND l.entity_id = entity)
                ) about
                ORDER BY coalesce(about.published_on, '-infinity'::date) DESC, about.id DESC
                LIMIT 1;
            END IF;
        END $$;

        {{FoldPerFigure}}
        """;

    /// <summary>
    /// The insert triggers that join a big table (both measure triggers, and entity_stats' link trigger), their
    /// statement planned on every run (<c>EXECUTE</c>): PL/pgSQL keeps the plan of a trigger's statement for the whole
    /// session, and a plan made while <c>metrics</c> held a thousand rows scans all of it for every later insert of
    /// links, so a long ingestion slowed as the corpus grew (0 → 20,000 articles: 84 → 45 pages/s, back to full speed
    /// after a restart). Installed by migration <c>MeasureDeltasReplanned</c>.
    /// </summary>
    internal const string ReplannedDeltas = $$"""
        CREATE OR REPLACE FUNCTION measure_deltas_metrics() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            EXECUTE $sql$ {{FigureDeltas}} $sql$;
            RETURN NULL;
        END $$;

        CREATE OR REPLACE FUNCTION measure_deltas_links() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            EXECUTE $sql$ {{LinkDeltas}} $sql$;
            RETURN NULL;
        END $$;

        -- entity_stats' link trigger (CorpusStatistics) joins articles the same way.
        CREATE OR REPLACE FUNCTION stat_deltas_links() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            EXECUTE $sql$
                INSERT INTO stat_deltas (entity_id, articles, mentions, figures)
                SELECT n.entity_id, count(*), sum(n.mentions), sum(a.figure_count)
                FROM new_rows n JOIN articles a ON a.id = n.article_id
                GROUP BY n.entity_id
            $sql$;
            RETURN NULL;
        END $$;
        """;

    /// <summary>The triggers and fold as they were before <see cref="MeasureLog"/> (migration MeasureLogPerPair's Down); entity_figures' listing trigger goes back with <see cref="EntityFigureRows.Install"/>.</summary>
    internal const string PerFigure = ReplannedDeltas + "\n" + ArticleDeletedPerFigure + "\n" + FoldPerFigure;

    internal const string Uninstall = """
        DROP TRIGGER IF EXISTS articles_unmeasured ON articles;
        DROP TRIGGER IF EXISTS article_entities_measured ON article_entities;
        DROP TRIGGER IF EXISTS metrics_measured ON metrics;
        DROP FUNCTION IF EXISTS fold_measure_deltas();
        DROP FUNCTION IF EXISTS newest_figure_about(bigint, text, integer);
        DROP FUNCTION IF EXISTS measure_deltas_article_deleted();
        DROP FUNCTION IF EXISTS measure_deltas_links();
        DROP FUNCTION IF EXISTS measure_deltas_metrics();
        DROP TABLE IF EXISTS measure_deltas;
        """;
}
