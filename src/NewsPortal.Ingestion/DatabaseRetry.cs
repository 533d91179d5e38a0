using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace NewsPortal.Ingestion;

/// <summary>Runs a unit of work again, with exponential backoff, while PostgreSQL is unreachable or restarting.</summary>
internal sealed partial class DatabaseRetry(IngestionOptions options, ILogger logger)
{
    public async Task<T> RunAsync<T>(string file, Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work(ct);
            }
            catch (Exception e) when (IsTransient(e) && !ct.IsCancellationRequested)
            {
                if (attempt >= options.MaxRetryAttempts)
                {
                    DatabaseGaveUp(logger, file, attempt, e.Message);
                    throw new DatabaseUnavailableException(
                        $"PostgreSQL unavailable after {attempt} attempts: {Innermost(e).Message}", e);
                }
                var delay = Backoff(attempt);
                DatabaseRetrying(logger, file, attempt, delay.TotalMilliseconds, Innermost(e).Message);
                await Task.Delay(delay, ct);
            }
        }
    }

    internal TimeSpan Backoff(int attempt)
    {
        var ms = options.RetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 20));
        return TimeSpan.FromMilliseconds(Math.Min(ms, options.MaxRetryDelay.TotalMilliseconds));
    }

    /// <summary>Connection refused, server shutting down or starting, deadlock, serialization failure.</summary>
    public static bool IsTransient(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case NpgsqlException n when n.IsTransient:
                case SocketException:
                case TimeoutException when e.InnerException is null or SocketException or NpgsqlException:
                    return true;
                case PostgresException:
                    return false;
            }
        }
        return false;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "PostgreSQL unavailable while ingesting {File} (attempt {Attempt}); retrying in {DelayMs} ms: {Reason}")]
    private static partial void DatabaseRetrying(ILogger logger, string file, int attempt, double delayMs, string reason);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "PostgreSQL still unavailable after {Attempt} attempts; {File} is kept for a later attempt: {Reason}")]
    private static partial void DatabaseGaveUp(ILogger logger, string file, int attempt, string reason);
}
