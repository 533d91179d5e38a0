using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace NewsPortal.Web.Tests.Scale;

/// <summary>A statement EF sent, with copies of its parameters, so that it can be explained afterwards.</summary>
public sealed record RecordedCommand(string Sql, IReadOnlyList<NpgsqlParameter> Parameters);

/// <summary>Records every query the portal's contexts run while <see cref="Recording"/> is on.</summary>
public sealed class CommandRecorder : DbCommandInterceptor
{
    private readonly ConcurrentQueue<RecordedCommand> _commands = new();

    public bool Recording { get; set; }

    /// <summary>What was recorded since the last call, and forgets it.</summary>
    public IReadOnlyList<RecordedCommand> Take()
    {
        var taken = new List<RecordedCommand>();
        while (_commands.TryDequeue(out var command))
        {
            taken.Add(command);
        }
        return taken;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        if (!Recording)
        {
            return;
        }
        var parameters = command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToList();
        _commands.Enqueue(new RecordedCommand(command.CommandText, parameters));
    }
}
