using NewsPortal.Cli;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
try
{
    return await CommandLine.RunAsync(args, CliConsole.System(), cancel.Token);
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("newsportal: cancelled.");
    return ExitCodes.Cancelled;
}
