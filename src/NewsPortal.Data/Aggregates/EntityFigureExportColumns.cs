namespace NewsPortal.Data.Aggregates;

/// <summary>
/// entity_figure_exports as migration EntityFigureExports made it: the districts' and clusters' rows of entity_figures,
/// each carrying the columns the figures CSV exports (its figure's and its article's title) in its primary key's leaf
/// pages (<c>INCLUDE</c>), for PostgreSQL to format as CSV at every export. Migration EntityFigureExportLines replaces
/// the columns with the line itself (<see cref="EntityFigureExports"/>); these statements are its Down and the earlier
/// migrations'.
/// </summary>
internal static class EntityFigureExportColumns
{
    /// <summary>
    /// A longer title is left out of the row (null) and read from its article by the export: an index row holds at
    /// most about 2.7 kB, and a title the parser got wrong can be longer.
    /// </summary>
    public const int TitleBytes = 1000;

    private static string KindList => EntityFigureRows.ListedKindList;

    /// <summary>The columns of a row, in table order: the key of entity_figures, then what the export reads.</summary>
    private const string Columns = """
        entity_id, measure, day, article_id, "offset", metric_id,
        article_title, span, value, unit, base_value, base_unit, subject, subject_entity_id, period, kind, status, qualifier, family
        """;

    /// <summary>The same columns from entity_figures rows <c>f</c> with their metric <c>m</c> and article <c>a</c>.</summary>
    private static readonly string Values = $"""
        f.entity_id, f.measure, f.day, f.article_id, f."offset", f.metric_id,
        CASE WHEN octet_length(a.title) <= {TitleBytes} THEN a.title END, m.span, m.value, m.unit, m.base_value, m.base_unit,
        m.subject, m.subject_entity_id, m.period, m.kind, m.status, m.qualifier, m.family
        """;

    private static string Listed(string rows) => $"""
        INSERT INTO entity_figure_exports ({Columns})
        SELECT {Values}
        FROM {rows} f
        JOIN entities e ON e.id = f.entity_id AND e.kind IN ({KindList})
        JOIN metrics m ON m.id = f.metric_id
        JOIN articles a ON a.id = f.article_id
        ORDER BY 1, 2, 3, 4, 5, 6
        """;

    /// <summary>
    /// The rows <paramref name="rows"/> (entity_figures' columns, of districts and clusters only) with the columns of their
    /// figures in <paramref name="metrics"/> and their articles' titles: how the measure triggers copy what they list
    /// (migration EntityFigureExportsListedWithFigures), reading the figures' columns from the rows they were given.
    /// </summary>
    internal static string Copied(string rows, string metrics) => $"""
        INSERT INTO entity_figure_exports ({Columns})
        SELECT {Values}
        FROM {rows} f
        JOIN {metrics} m ON m.id = f.metric_id
        JOIN articles a ON a.id = f.article_id
        ORDER BY 1, 2, 3, 4, 5, 6
        """;

    /// <summary>The insert trigger on entity_figures that copied its new rows (migration EntityFigureExports; replaced by <see cref="Copied"/>).</summary>
    internal static readonly string ListingTrigger = $$"""
        CREATE FUNCTION entity_figure_exports_listed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {{Listed("new_rows")}};
            RETURN NULL;
        END $$;
        CREATE TRIGGER entity_figures_exported AFTER INSERT ON entity_figures
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION entity_figure_exports_listed();
        """;

    internal const string DropListingTrigger = """
        DROP TRIGGER IF EXISTS entity_figures_exported ON entity_figures;
        DROP FUNCTION IF EXISTS entity_figure_exports_listed();
        """;

    /// <summary>The table, its covering key, and the triggers that keep it with entity_figures.</summary>
    internal static readonly string Install = $$"""
        CREATE TABLE entity_figure_exports (
            entity_id bigint NOT NULL,
            measure text NOT NULL,
            day date NOT NULL,
            article_id bigint NOT NULL,
            "offset" integer NOT NULL,
            metric_id bigint NOT NULL,
            article_title text,
            span text NOT NULL,
            value numeric NOT NULL,
            unit text NOT NULL,
            base_value numeric,
            base_unit text,
            subject text,
            subject_entity_id bigint,
            period text,
            kind text NOT NULL,
            status text NOT NULL,
            qualifier text,
            family text,
            CONSTRAINT pk_entity_figure_exports PRIMARY KEY (entity_id, measure, day, article_id, "offset", metric_id)
                INCLUDE (article_title, span, value, unit, base_value, base_unit, subject, subject_entity_id, period, kind, status, qualifier, family));

        -- Rows listed in entity_figures: those of districts and clusters, with their figure's columns and article's title.
        {{ListingTrigger}}

        -- Rows taken out of entity_figures (before their article goes): the same rows go.
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
        """;

    /// <summary>Fills the table from entity_figures, replacing what it held.</summary>
    internal static readonly string Rebuild = $"""
        DELETE FROM entity_figure_exports;
        {Listed("entity_figures")};
        """;

    internal const string Uninstall = """
        DROP TRIGGER IF EXISTS entity_figures_exported ON entity_figures;
        DROP TRIGGER IF EXISTS entity_figures_unexported ON entity_figures;
        DROP FUNCTION IF EXISTS entity_figure_exports_listed();
        DROP FUNCTION IF EXISTS entity_figure_exports_unlisted();
        DROP TABLE IF EXISTS entity_figure_exports;
        """;
}
