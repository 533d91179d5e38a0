using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace NewsPortal.Web.Pages.Shared;

/// <summary>A page's own SQL statement run through EF's raw SQL pipeline, so it is logged, intercepted and prepared
/// like the portal's other statements, and read straight from the data reader (no entity materialisation).</summary>
public static class RawStatements
{
    public static Task<RelationalDataReader> ReadRawAsync(this DbContext db, string sql, object[] parameters, CancellationToken ct)
    {
        var command = db.GetService<IRawSqlCommandBuilder>().Build(sql, parameters);
        var context = new RelationalCommandParameterObject(
            db.GetService<IRelationalConnection>(), command.ParameterValues, null, db,
            db.GetService<IRelationalCommandDiagnosticsLogger>(), CommandSource.FromSqlQuery);
        return command.RelationalCommand.ExecuteReaderAsync(context, ct);
    }
}
