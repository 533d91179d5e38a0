namespace NewsPortal.Data.Aggregates;

/// <summary>
/// The measure triggers as one set-based statement each (migration <c>MeasureLogPerPair</c>): the figures a statement
/// stores or an article takes away are matched once with the entities they are about (the rule of
/// <see cref="MeasureStatistics"/>), and that one set both lists them in entity_figures and logs one signed row per
/// entity and measure to measure_deltas, with the newest figure of the set. Before, every figure and entity was logged
/// on its own and a trigger on the log listed them, each statement planned on every run: about 20 of a page's 28 ms in
/// PostgreSQL at 20,000 articles went to writing and listing the log (docs/benchmarks.md, Ingestion).
/// The statements are planned once a session and again whenever a table they read is analyzed (ingestion analyzes
/// the tables it grows, <c>GrowingTables</c>), so they need no <c>EXECUTE</c>.
/// Since migration <c>EntityFiguresListedKinds</c> only the figures of the entities the pages read entity_figures for
/// (<see cref="EntityFigureRows.ListedKinds"/>) are listed; every entity's are still logged. Since migration
/// <c>EntityFiguresViewOfExports</c> they are listed in entity_figure_exports alone, entity_figures being a view of its key.
/// </summary>
public static class MeasureLog
{
    /// <summary>What the insert triggers list in entity_figures besides logging every pair.</summary>
    private enum Listing
    {
        /// <summary>Every entity's figures (migration MeasureLogPerPair).</summary>
        AllKinds,

        /// <summary>Only <see cref="EntityFigureRows.ListedKinds"/>' (migration EntityFiguresListedKinds).</summary>
        ListedKinds,

        /// <summary>
        /// The same, copied into entity_figure_exports by the same statement with the figures' columns it was given
        /// (migration EntityFigureExportsListedWithFigures), instead of by a trigger on entity_figures that looked each
        /// row's entity, figure and article up again.
        /// </summary>
        ListedKindsAndExports,

        /// <summary>The same, each exported row with its CSV line ready-made (migration EntityFigureExportLines).</summary>
        ListedKindsAndExportLines,

        /// <summary>
        /// Only into entity_figure_exports, whose key entity_figures is now a view of (migration EntityFiguresViewOfExports):
        /// each listed row written once instead of once in each table.
        /// </summary>
        ExportLinesOnly,
    }

    /// <summary>
    /// Lists the rows of <c>about</c> in entity_figures (as <paramref name="listing"/> says; their figures' columns are
    /// in <paramref name="metrics"/>) and logs them per pair; <paramref name="sign"/> 1 adds, -1 takes away.
    /// </summary>
    private static string ListAndLog(int sign, Listing listing, string metrics) => sign > 0
        ? $"""
            {Listed(listing, metrics)}
            INSERT INTO measure_deltas (entity_id, measure, figures, metric_id, published_on)
            SELECT DISTINCT ON (entity_id, measure) entity_id, measure, count(*) OVER (PARTITION BY entity_id, measure)::int,
                metric_id, published_on
            FROM about
            ORDER BY entity_id, measure, coalesce(published_on, '-infinity'::date) DESC, metric_id DESC
            """
        : $"""
            unlisted AS (
                DELETE FROM {(listing == Listing.ExportLinesOnly ? "entity_figure_exports" : "entity_figures")} f
                USING about a
                WHERE f.entity_id = a.entity_id AND f.measure = a.measure AND f.day = coalesce(a.published_on, '-infinity'::date)
                  AND f.article_id = a.article_id AND f."offset" = a."offset" AND f.metric_id = a.metric_id)
            INSERT INTO measure_deltas (entity_id, measure, figures, metric_id, published_on)
            SELECT entity_id, measure, -count(*)::int, max(metric_id), NULL
            FROM about
            GROUP BY entity_id, measure
            """;

    /// <summary>The CTEs after <c>about</c> that write entity_figures (and entity_figure_exports), comma-separated, the last without one.</summary>
    private static string Listed(Listing listing, string metrics) => listing switch
    {
        Listing.AllKinds => """
            listed AS (
                INSERT INTO entity_figures (entity_id, measure, day, article_id, "offset", metric_id)
                SELECT entity_id, measure, coalesce(published_on, '-infinity'::date), article_id, "offset", metric_id
                FROM about
                ORDER BY 1, 2, 3, 4, 5, 6)
            """,
        Listing.ListedKinds => $"""
            listed AS (
                INSERT INTO entity_figures (entity_id, measure, day, article_id, "offset", metric_id)
                SELECT a.entity_id, a.measure, coalesce(a.published_on, '-infinity'::date), a.article_id, a."offset", a.metric_id
                FROM about a
                JOIN entities e ON e.id = a.entity_id AND e.kind IN ({EntityFigureRows.ListedKindList})
                ORDER BY 1, 2, 3, 4, 5, 6)
            """,
        Listing.ExportLinesOnly => $"""
            listed_rows AS (
                SELECT a.entity_id, a.measure, coalesce(a.published_on, '-infinity'::date) AS day, a.article_id, a."offset", a.metric_id
                FROM about a
                JOIN entities e ON e.id = a.entity_id AND e.kind IN ({EntityFigureRows.ListedKindList})),
            exported AS (
                {EntityFigureExports.Copied("listed_rows", metrics)})
            """,
        _ => $"""
            listed_rows AS (
                SELECT a.entity_id, a.measure, coalesce(a.published_on, '-infinity'::date) AS day, a.article_id, a."offset", a.metric_id
                FROM about a
                JOIN entities e ON e.id = a.entity_id AND e.kind IN ({EntityFigureRows.ListedKindList})),
            listed AS (
                INSERT INTO entity_figures (entity_id, measure, day, article_id, "offset", metric_id)
                SELECT entity_id, measure, day, article_id, "offset", metric_id
                FROM listed_rows
                ORDER BY 1, 2, 3, 4, 5, 6),
            exported AS (
                {(listing == Listing.ListedKindsAndExports
                    ? EntityFigureExportColumns.Copied("listed_rows", metrics)
                    : EntityFigureExports.Copied("listed_rows", metrics))})
            """,
    };

    /// <summary>
    /// fold_measure_deltas as migration MeasureLogPerPair made it: each pair's total and newest figure from two reads of the
    /// log joined on the pair. Planned from the log's statistics, which autovacuum may take right after a fold (no rows,
    /// many pages), the join became a nested loop over the whole log: 85,000 rows folded in 155 s instead of 1 s, and a
    /// fold at 47,000 articles outlasted ingestion's 30 s command timeout (migration MeasureFoldInOnePass).
    /// </summary>
    internal const string FoldJoiningTotalsAndNewest = """
        -- The log holds one row per pair and statement: a pair's newest figure is the newest of its positive rows (one
        -- sort, not an ordered aggregate per pair: 684 of those cost 5 ms for a page). Only pairs whose count fell to
        -- nothing or whose newest figure is gone are visited one by one.
        CREATE OR REPLACE FUNCTION fold_measure_deltas() RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            pair record;
        BEGIN
            FOR pair IN
                WITH d AS (DELETE FROM measure_deltas RETURNING *),
                total AS (SELECT entity_id, measure, sum(figures)::int AS figures FROM d GROUP BY entity_id, measure),
                newest AS (
                    SELECT DISTINCT ON (entity_id, measure) entity_id, measure, metric_id, published_on
                    FROM d WHERE figures > 0
                    ORDER BY entity_id, measure, coalesce(published_on, '-infinity'::date) DESC, metric_id DESC),
                g AS (
                    SELECT t.entity_id, t.measure, t.figures, n.metric_id AS latest_id, n.published_on AS latest_on
                    FROM total t LEFT JOIN newest n ON n.entity_id = t.entity_id AND n.measure = t.measure),
        """ + "\n" + FoldUpsertAndRevisit;

    /// <summary>fold_measure_deltas reading the log in one sort, whatever its statistics say (migration MeasureFoldInOnePass).</summary>
    internal const string FoldInOnePass = """
        -- The log holds one row per pair and statement: one sort of it gives each pair's total and its newest positive row
        -- (the first of the pair when positive rows come first), with no join of the log to itself. Only pairs whose count
        -- fell to nothing or whose newest figure is gone are visited one by one.
        CREATE OR REPLACE FUNCTION fold_measure_deltas() RETURNS void LANGUAGE plpgsql AS $$
        DECLARE
            pair record;
        BEGIN
            FOR pair IN
                WITH d AS (DELETE FROM measure_deltas RETURNING *),
                g AS (
                    SELECT DISTINCT ON (entity_id, measure) entity_id, measure,
                        sum(figures) OVER (PARTITION BY entity_id, measure)::int AS figures,
                        CASE WHEN figures > 0 THEN metric_id END AS latest_id,
                        CASE WHEN figures > 0 THEN published_on END AS latest_on
                    FROM d
                    ORDER BY entity_id, measure, figures > 0 DESC, coalesce(published_on, '-infinity'::date) DESC, metric_id DESC),
        """ + "\n" + FoldUpsertAndRevisit;

    /// <summary>The fold's second half, the same whichever way the log was read: each pair's total and newest figure
    /// upserted into entity_measure_stats, then the pairs whose count fell to nothing or whose newest figure is gone
    /// visited one by one.</summary>
    private const string FoldUpsertAndRevisit = """
                folded AS (
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
                    RETURNING s.entity_id, s.measure, s.figures, s.latest_metric_id)
                SELECT f.entity_id, f.measure, f.figures FROM folded f
                WHERE f.figures <= 0 OR NOT EXISTS (SELECT 1 FROM metrics m WHERE m.id = f.latest_metric_id)
            LOOP
                IF pair.figures <= 0 THEN
                    DELETE FROM entity_measure_stats WHERE entity_id = pair.entity_id AND measure = pair.measure;
                ELSE
                    UPDATE entity_measure_stats s SET latest_metric_id = n.metric_id, latest_published_on = n.published_on
                    FROM newest_figure_about(pair.entity_id, pair.measure, pair.figures) n
                    WHERE s.entity_id = pair.entity_id AND s.measure = pair.measure;
                END IF;
            END LOOP;
        END $$;
        """;

    /// <summary>The insert triggers that join a statement's new rows to the stored tables by article id.</summary>
    private static readonly string[] NewRowsTriggers = ["measure_deltas_metrics()", "measure_deltas_links()", "stat_deltas_links()"];

    /// <summary>
    /// Those triggers read the stored tables through their keys, never whole (migration TriggerJoinsByKey). A trigger's
    /// plan is made from the size of the first statement it serves and kept for the session: for a statement of many
    /// pages' rows (ingestion stores several pages a transaction) the planner chose hash joins over every article, link
    /// or figure stored (at 20,000 articles 10,000 rows read a page, and 65 ms for one statement's titles against 3 by
    /// key), though a statement's rows are always few against the tables. The statement's own rows (transition tables,
    /// CTEs) are no sequential scans and still join as the planner likes. A function's settings last while it runs, so
    /// nothing else is planned this way; CREATE OR REPLACE FUNCTION drops them, so a migration replacing one of these
    /// functions sets them again.
    /// </summary>
    internal static readonly string JoinNewRowsByKey = string.Concat(NewRowsTriggers.Select(f => $"ALTER FUNCTION {f} SET enable_seqscan = off;\n"));

    /// <summary>The Down of TriggerJoinsByKey.</summary>
    internal static readonly string JoinNewRowsAsPlanned = string.Concat(NewRowsTriggers.Select(f => $"ALTER FUNCTION {f} RESET enable_seqscan;\n"));

    internal const string DropListing = """
        DROP TRIGGER IF EXISTS measure_deltas_listed ON measure_deltas;
        DROP FUNCTION IF EXISTS entity_figures_logged();
        """;

    /// <summary>The triggers and fold as migration MeasureLogPerPair installed them: every entity's figures listed.</summary>
    internal static readonly string Install = InstallListing(Listing.AllKinds);

    /// <summary>The same, listing only the figures of <see cref="EntityFigureRows.ListedKinds"/> (migration EntityFiguresListedKinds).</summary>
    internal static readonly string InstallListingKinds = InstallListing(Listing.ListedKinds);

    /// <summary>The same, and copying them into entity_figure_exports (migration EntityFigureExportsListedWithFigures).</summary>
    internal static readonly string InstallListingKindsAndExports = InstallListing(Listing.ListedKindsAndExports);

    /// <summary>The same, copying them with their CSV lines (migration EntityFigureExportLines).</summary>
    internal static readonly string InstallListingKindsAndExportLines = InstallListing(Listing.ListedKindsAndExportLines);

    /// <summary>
    /// The three measure triggers listing only into entity_figure_exports (migration EntityFiguresViewOfExports): entity_figures
    /// had held the same rows under the same key (both list the districts' and clusters' figures), about an eighth of the
    /// database and of its WAL, so it is now a view of that key. Planned by key as before (<see cref="JoinNewRowsByKey"/>).
    /// </summary>
    internal static readonly string InstallExportLinesOnly = MeasureTriggers(Listing.ExportLinesOnly) + JoinNewRowsByKey;

    /// <summary>The three measure triggers as migration EntityFigureExportLines left them (the Down of EntityFiguresViewOfExports).</summary>
    internal static readonly string InstallListedKindsAndExportLinesAgain = MeasureTriggers(Listing.ListedKindsAndExportLines) + JoinNewRowsByKey;

    private static string InstallListing(Listing listed) => $$"""
        {{DropListing}}

        {{MeasureTriggers(listed)}}

        -- entity_stats' link trigger (CorpusStatistics), planned once a session like the others.
        CREATE OR REPLACE FUNCTION stat_deltas_links() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO stat_deltas (entity_id, articles, mentions, figures)
            SELECT n.entity_id, count(*), sum(n.mentions), sum(a.figure_count)
            FROM new_rows n JOIN articles a ON a.id = n.article_id
            GROUP BY n.entity_id;
            RETURN NULL;
        END $$;

        {{FoldJoiningTotalsAndNewest}}
        """;

    /// <summary>The insert triggers on metrics and article_entities and the delete trigger on articles that list and log figures.</summary>
    private static string MeasureTriggers(Listing listed) => $$"""
        -- Figures stored: each once for every entity its article names, and once for a subject it does not name.
        CREATE OR REPLACE FUNCTION measure_deltas_metrics() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            WITH about AS (
                SELECT l.entity_id, n.measure, n.id AS metric_id, l.published_on, n.article_id, n."offset"
                FROM new_rows n JOIN article_entities l ON l.article_id = n.article_id
                WHERE n.measure IS NOT NULL
                UNION ALL
                SELECT n.subject_entity_id, n.measure, n.id, a.published_on, n.article_id, n."offset"
                FROM new_rows n JOIN articles a ON a.id = n.article_id
                WHERE n.measure IS NOT NULL AND n.subject_entity_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM article_entities l WHERE l.article_id = n.article_id AND l.entity_id = n.subject_entity_id)),
            {{ListAndLog(1, listed, "new_rows")}};
            RETURN NULL;
        END $$;

        -- Links stored: the article's figures, except those already counted for the linked entity as their subject.
        CREATE OR REPLACE FUNCTION measure_deltas_links() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            WITH about AS (
                SELECT n.entity_id, m.measure, m.id AS metric_id, n.published_on, m.article_id, m."offset"
                FROM new_rows n JOIN metrics m ON m.article_id = n.article_id
                WHERE m.measure IS NOT NULL AND m.subject_entity_id IS DISTINCT FROM n.entity_id),
            {{ListAndLog(1, listed, "metrics")}};
            RETURN NULL;
        END $$;

        -- Before the article goes, while its links and figures (deleted by the cascade after it) can still be read.
        CREATE OR REPLACE FUNCTION measure_deltas_article_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            WITH about AS (
                SELECT l.entity_id, m.measure, m.id AS metric_id, l.published_on, m.article_id, m."offset"
                FROM article_entities l JOIN metrics m ON m.article_id = l.article_id
                WHERE l.article_id = OLD.id AND m.measure IS NOT NULL
                UNION ALL
                SELECT m.subject_entity_id, m.measure, m.id, OLD.published_on, m.article_id, m."offset"
                FROM metrics m
                WHERE m.article_id = OLD.id AND m.measure IS NOT NULL AND m.subject_entity_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM article_entities l WHERE l.article_id = OLD.id AND l.entity_id = m.subject_entity_id)),
            {{ListAndLog(-1, listed, "metrics")}};
            RETURN OLD;
        END $$;
        """;
}
