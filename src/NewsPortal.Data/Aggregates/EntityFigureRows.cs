using NewsPortal.Core.Pages;

namespace NewsPortal.Data.Aggregates;

/// <summary>
/// entity_figures (<see cref="Model.EntityFigure"/>) lists one by one what <see cref="MeasureStatistics"/> counts. The
/// measure triggers write it from the same set of rows they log (<see cref="MeasureLog"/>, migration MeasureLogPerPair):
/// added with the figures or links that make them, removed before their article goes. Migration EntityFigures created it
/// and filled it (<see cref="Rebuild"/>), with a trigger on the measure log that listed its rows one per figure and
/// entity (<see cref="Install"/>, which MeasureLogPerPair drops and its Down puts back).
/// </summary>
public static class EntityFigureRows
{
    /// <summary>
    /// The kinds of entity whose figures are listed (since migration EntityFiguresListedKinds): the pages read the list
    /// only for one district or one cluster and one measure (FigureFilter.OneEntityMeasure, and entity_figure_exports,
    /// which copies these rows). Listing every entity's figures had written about 220 rows a page, two thirds of them
    /// never read, in the ingesting transaction (docs/ingestion.md).
    /// </summary>
    public static IReadOnlyList<EntityKind> ListedKinds => EntityFigureExports.Kinds;

    /// <summary><see cref="ListedKinds"/> as an SQL list of the stored kind names.</summary>
    internal static string ListedKindList => string.Join(", ", ListedKinds.Select(k => $"'{k}'"));

    /// <summary>
    /// Keeps only the rows of <see cref="ListedKinds"/>: copied aside, the table emptied and filled again in key order
    /// (compact, no dead rows for the pages' index-only ranges to skip), with entity_figure_exports' insert trigger off
    /// meanwhile, since it already holds exactly these rows.
    /// </summary>
    public static readonly string KeepListedKinds = $"""
        CREATE TEMPORARY TABLE listed_entity_figures ON COMMIT DROP AS
            SELECT f.* FROM entity_figures f JOIN entities e ON e.id = f.entity_id AND e.kind IN ({ListedKindList});
        TRUNCATE entity_figures;
        ALTER TABLE entity_figures DISABLE TRIGGER entity_figures_exported;
        INSERT INTO entity_figures SELECT * FROM listed_entity_figures ORDER BY 1, 2, 3, 4, 5, 6;
        ALTER TABLE entity_figures ENABLE TRIGGER entity_figures_exported;
        ANALYZE entity_figures;
        """;

    /// <summary>Lists again the rows of every other kind (the Down of EntityFiguresListedKinds); the export trigger passes them over.</summary>
    public static readonly string AddUnlistedKinds = $"""
        INSERT INTO entity_figures (entity_id, measure, day, article_id, "offset", metric_id)
        SELECT r.* FROM ({AboutRows}) r
        JOIN entities e ON e.id = r.entity_id AND e.kind NOT IN ({ListedKindList})
        ORDER BY 1, 2, 3, 4, 5, 6;
        """;

    /// <summary>
    /// Fills entity_figures from the stored figures, replacing what it held (the same "about" rule as
    /// <see cref="MeasureStatistics.Rebuild"/>, for entities of <see cref="ListedKinds"/>).
    /// </summary>
    public static readonly string Rebuild = $"""
        DELETE FROM entity_figures;
        INSERT INTO entity_figures (entity_id, measure, day, article_id, "offset", metric_id)
        SELECT r.* FROM ({AboutRows}) r
        JOIN entities e ON e.id = r.entity_id AND e.kind IN ({ListedKindList})
        ORDER BY 1, 2, 3, 4, 5, 6;
        """;

    /// <summary>Every stored figure with a measure and each entity it is about, as entity_figures' columns.</summary>
    internal const string AboutRows = """
        SELECT l.entity_id, m.measure, coalesce(l.published_on, '-infinity'::date) AS day, m.article_id, m."offset", m.id AS metric_id
        FROM article_entities l JOIN metrics m ON m.article_id = l.article_id
        WHERE m.measure IS NOT NULL
        UNION ALL
        SELECT m.subject_entity_id, m.measure, coalesce(a.published_on, '-infinity'::date), m.article_id, m."offset", m.id
        FROM metrics m JOIN articles a ON a.id = m.article_id
        WHERE m.measure IS NOT NULL AND m.subject_entity_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM article_entities l WHERE l.article_id = m.article_id AND l.entity_id = m.subject_entity_id)
        """;

    /// <summary>The trigger. Rows go in in key order: neighbours in the key share index pages (41,140 rows, the last 1,400
    /// articles' figures: 1.55–1.66 s against 1.83–2.2 s unordered, and 0.1 s for the log insert alone, load 19).</summary>
    internal const string Install = """
        CREATE FUNCTION entity_figures_logged() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            EXECUTE $sql$
                INSERT INTO entity_figures (entity_id, measure, day, article_id, "offset", metric_id)
                SELECT n.entity_id, n.measure, coalesce(n.published_on, '-infinity'::date), m.article_id, m."offset", n.metric_id
                FROM new_rows n JOIN metrics m ON m.id = n.metric_id
                WHERE n.figures > 0
                ORDER BY 1, 2, 3, 4, 5, 6
            $sql$;
            EXECUTE $sql$
                DELETE FROM entity_figures f
                USING new_rows n JOIN metrics m ON m.id = n.metric_id
                WHERE n.figures < 0 AND f.entity_id = n.entity_id AND f.measure = n.measure
                  AND f.day = coalesce(n.published_on, '-infinity'::date) AND f.article_id = m.article_id
                  AND f."offset" = m."offset" AND f.metric_id = n.metric_id
            $sql$;
            RETURN NULL;
        END $$;
        CREATE TRIGGER measure_deltas_listed AFTER INSERT ON measure_deltas
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION entity_figures_logged();
        """;

    internal const string Uninstall = """
        DROP TRIGGER IF EXISTS measure_deltas_listed ON measure_deltas;
        DROP FUNCTION IF EXISTS entity_figures_logged();
        """;

    /// <summary>
    /// Migration EntityFiguresViewOfExports: entity_figures becomes a view of entity_figure_exports' key, which holds the
    /// same rows (both list the districts' and clusters' figures, written by the same trigger statement). The pages' ranges
    /// read that key's leaf pages instead; ingestion writes each listed figure once instead of twice (a heap row, a six-column
    /// key entry and their WAL fewer: about 0.9 ms of PostgreSQL's CPU a page and an eighth of the database, docs/ingestion.md).
    /// The measure triggers delete the rows from entity_figure_exports themselves, so entity_figures' delete trigger goes.
    /// </summary>
    internal const string ViewOfExports = """
        DROP TRIGGER IF EXISTS entity_figures_unexported ON entity_figures;
        DROP FUNCTION IF EXISTS entity_figure_exports_unlisted();
        DROP TABLE entity_figures;
        CREATE VIEW entity_figures AS
            SELECT entity_id, measure, day, article_id, "offset", metric_id FROM entity_figure_exports;
        """;

    /// <summary>The table again, filled from entity_figure_exports' keys in key order, with its delete trigger (the Down of EntityFiguresViewOfExports).</summary>
    internal const string TableAgain = """
        DROP VIEW entity_figures;
        CREATE TABLE entity_figures (
            entity_id bigint NOT NULL,
            measure text NOT NULL,
            day date NOT NULL,
            article_id bigint NOT NULL,
            "offset" integer NOT NULL,
            metric_id bigint NOT NULL,
            CONSTRAINT pk_entity_figures PRIMARY KEY (entity_id, measure, day, article_id, "offset", metric_id));
        INSERT INTO entity_figures SELECT entity_id, measure, day, article_id, "offset", metric_id FROM entity_figure_exports ORDER BY 1, 2, 3, 4, 5, 6;
        CREATE FUNCTION entity_figure_exports_unlisted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM entity_figure_exports x
            USING old_rows o
            WHERE x.entity_id = o.entity_id AND x.measure = o.measure AND x.day = o.day
              AND x.article_id = o.article_id AND x."offset" = o."offset" AND x.metric_id = o.metric_id;
            RETURN NULL;
        END $$;
        CREATE TRIGGER entity_figures_unexported AFTER DELETE ON entity_figures
            REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION entity_figure_exports_unlisted();
        ANALYZE entity_figures;
        """;
}
