using NewsPortal.Core.Pages;

namespace NewsPortal.Data.Aggregates;

/// <summary>
/// entity_figure_exports: the rows of entity_figures whose entity is a district or a cluster (<see cref="Kinds"/>, the
/// entities the figures page narrows by), each carrying its figure's line of the figures CSV, ready-made, and the columns
/// the entity page's chart reads, in its primary key's leaf pages (<c>INCLUDE</c>). A district's CSV of one measure is
/// then one index-only range read in the export's order, one text a row; formatting sixteen columns as CSV at every
/// export had cost PostgreSQL 5.2 ms for 1,763 rows, the stored lines 1.2 ms (migration EntityFigureExportLines). The
/// measure triggers write the rows with the figures they store and take them away before their article goes
/// (<see cref="MeasureLog"/>); entity_figures is a view of its key (migration EntityFiguresViewOfExports).
/// </summary>
public static class EntityFigureExports
{
    /// <summary>The entity kinds whose figures are exported from this table.</summary>
    public static readonly IReadOnlyList<EntityKind> Kinds = [EntityKind.District, EntityKind.Cluster];

    /// <summary>
    /// A line whose article's title is longer is not kept (null) and written by <c>figure_csv_line</c> at the export: an
    /// index row holds at most about 2.7 kB, and a title the parser got wrong can be longer.
    /// </summary>
    public const int TitleBytes = EntityFigureExportColumns.TitleBytes;

    /// <summary>
    /// <c>figure_csv_text(text)</c>: a CSV cell as the portal's writer writes it (FigureCsv.Text): a formula's first
    /// character (= + - @, tab, carriage return) defused with a quote, quoted when it holds a comma, a quote or a line
    /// break; null stays null (concat writes nothing). One expression, so PostgreSQL inlines it (strpos: 0.22 µs a cell
    /// against 0.33 for a regular expression).
    /// <c>figure_csv_line(metric, day)</c>: a figure's line read from its metric and article, for a row without one.
    /// </summary>
    internal static readonly string Functions = $$"""
        CREATE FUNCTION figure_csv_text(cell text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT CASE
                WHEN strpos(cell, ',') > 0 OR strpos(cell, '"') > 0 OR strpos(cell, E'\n') > 0 OR strpos(cell, E'\r') > 0 THEN '"' || CASE WHEN ascii(cell) IN (61, 43, 45, 64, 9, 13) THEN '''' ELSE '' END || replace(cell, '"', '""') || '"'
                WHEN ascii(cell) IN (61, 43, 45, 64, 9, 13) THEN '''' || cell
                ELSE cell END
        $$;
        CREATE FUNCTION figure_csv_line(metric bigint, day date) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
            SELECT {{Line("m", "m.id", "a.title", "$2", "s.name")}}
            FROM metrics m
            JOIN articles a ON a.id = m.article_id
            LEFT JOIN entities s ON s.id = m.subject_entity_id
            WHERE m.id = $1
        $$;
        """;

    /// <summary>
    /// A figure's line without its industry (which the portal adds from its vocabulary, with the line's end): the
    /// columns of FigureCsvWriter from the figure's columns in <paramref name="m"/> and its <paramref name="id"/>, its
    /// article's title, the listed day (-infinity: undated) and its subject entity's name (null: the subject as printed).
    /// Numbers as PostgreSQL prints them, as COPY did.
    /// </summary>
    private static string Line(string m, string id, string title, string day, string subjectName) => $"""
        concat({id}, ',', {m}.article_id, ',', figure_csv_text({title}), ',', to_char(nullif({day}, '-infinity'::date), 'YYYY-MM-DD'), ',',
               figure_csv_text({m}.span), ',', {m}.value, ',', figure_csv_text({m}.unit), ',', {m}.base_value, ',',
               figure_csv_text({m}.base_unit), ',', figure_csv_text({m}.measure), ',', figure_csv_text(coalesce({subjectName}, {m}.subject)), ',',
               figure_csv_text({m}.period), ',', lower({m}.kind COLLATE "C"), ',', lower({m}.status COLLATE "C"), ',',
               figure_csv_text({m}.qualifier), ',', figure_csv_text({m}.family))
        """;

    /// <summary>The columns of a row, in table order: the key of entity_figures, the line, then what the entity page's chart reads.</summary>
    private const string Columns = """
        entity_id, measure, day, article_id, "offset", metric_id, line, value, unit, base_value, base_unit, period
        """;

    /// <summary>The same columns from entity_figures rows <c>f</c> with their metric <c>m</c>, article <c>a</c> and subject <c>s</c>.</summary>
    private static readonly string Values = $"""
        f.entity_id, f.measure, f.day, f.article_id, f."offset", f.metric_id,
        CASE WHEN octet_length(a.title) <= {TitleBytes} THEN {Line("m", "m.id", "a.title", "f.day", "s.name")} END,
        m.value, m.unit, m.base_value, m.base_unit, m.period
        """;

    /// <summary>
    /// The rows <paramref name="rows"/> (entity_figures' columns, of districts and clusters only) with the lines of their
    /// figures in <paramref name="metrics"/>: how the measure triggers copy what they list.
    /// </summary>
    internal static string Copied(string rows, string metrics) => $"""
        INSERT INTO entity_figure_exports ({Columns})
        SELECT {Values}
        FROM {rows} f
        JOIN {metrics} m ON m.id = f.metric_id
        JOIN articles a ON a.id = f.article_id
        LEFT JOIN entities s ON s.id = m.subject_entity_id
        ORDER BY 1, 2, 3, 4, 5, 6
        """;

    private const string Table = """
        CREATE TABLE entity_figure_exports (
            entity_id bigint NOT NULL,
            measure text NOT NULL,
            day date NOT NULL,
            article_id bigint NOT NULL,
            "offset" integer NOT NULL,
            metric_id bigint NOT NULL,
            line text,
            value numeric NOT NULL,
            unit text NOT NULL,
            base_value numeric,
            base_unit text,
            period text);
        """;

    /// <summary>The covering key, built once the rows are in.</summary>
    private const string Key = """
        ALTER TABLE entity_figure_exports ADD CONSTRAINT pk_entity_figure_exports
            PRIMARY KEY (entity_id, measure, day, article_id, "offset", metric_id) INCLUDE (line, value, unit, base_value, base_unit, period);
        """;

    /// <summary>
    /// Migration EntityFigureExportLines: the functions, and the table of <see cref="EntityFigureExportColumns"/> made
    /// again with lines from its own columns (nothing else is read but the subjects' names; a row without a title had a
    /// title too long to keep, and has no line), in key order. entity_figures' delete trigger goes on taking rows away by key.
    /// </summary>
    internal static readonly string InstallFromColumns = $"""
        {Functions}
        ALTER TABLE entity_figure_exports RENAME TO entity_figure_exports_by_column;
        {Table}
        INSERT INTO entity_figure_exports ({Columns})
        SELECT x.entity_id, x.measure, x.day, x.article_id, x."offset", x.metric_id,
               CASE WHEN x.article_title IS NOT NULL THEN {Line("x", "x.metric_id", "x.article_title", "x.day", "s.name")} END,
               x.value, x.unit, x.base_value, x.base_unit, x.period
        FROM entity_figure_exports_by_column x
        LEFT JOIN entities s ON s.id = x.subject_entity_id
        ORDER BY 1, 2, 3, 4, 5, 6;
        DROP TABLE entity_figure_exports_by_column;
        {Key}
        """;

    /// <summary>
    /// Fills the table from the stored figures, replacing what it held: each figure with a measure once for every district
    /// or cluster it is about (the rule of <see cref="MeasureStatistics"/>). entity_figures, a view of its key since migration
    /// EntityFiguresViewOfExports, follows.
    /// </summary>
    public static readonly string Rebuild = $"""
        DELETE FROM entity_figure_exports;
        INSERT INTO entity_figure_exports ({Columns})
        SELECT {Values}
        FROM ({EntityFigureRows.AboutRows}) f
        JOIN entities e ON e.id = f.entity_id AND e.kind IN ({EntityFigureRows.ListedKindList})
        JOIN metrics m ON m.id = f.metric_id
        JOIN articles a ON a.id = f.article_id
        LEFT JOIN entities s ON s.id = m.subject_entity_id
        ORDER BY 1, 2, 3, 4, 5, 6;
        """;

    /// <summary>Back to <see cref="EntityFigureExportColumns"/>' table (the Down of EntityFigureExportLines).</summary>
    internal static readonly string UninstallToColumns = $"""
        {EntityFigureExportColumns.Uninstall}
        DROP FUNCTION IF EXISTS figure_csv_line(bigint, date);
        DROP FUNCTION IF EXISTS figure_csv_text(text);
        {EntityFigureExportColumns.Install}
        {EntityFigureExportColumns.DropListingTrigger}
        {EntityFigureExportColumns.Rebuild}
        """;
}
