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
    /// <summary>Fills entity_figures from the stored figures, replacing what it held (the same "about" rule as <see cref="MeasureStatistics.Rebuild"/>).</summary>
    public const string Rebuild = """
        DELETE FROM entity_figures;
        INSERT INTO entity_figures (entity_id, measure, day, article_id, "offset", metric_id)
        SELECT l.entity_id, m.measure, coalesce(l.published_on, '-infinity'::date), m.article_id, m."offset", m.id
        FROM article_entities l JOIN metrics m ON m.article_id = l.article_id
        WHERE m.measure IS NOT NULL
        UNION ALL
        SELECT m.subject_entity_id, m.measure, coalesce(a.published_on, '-infinity'::date), m.article_id, m."offset", m.id
        FROM metrics m JOIN articles a ON a.id = m.article_id
        WHERE m.measure IS NOT NULL AND m.subject_entity_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM article_entities l WHERE l.article_id = m.article_id AND l.entity_id = m.subject_entity_id);
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
}
