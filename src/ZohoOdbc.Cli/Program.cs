using ZohoOdbc.Cli.Commands;

// zoho-odbc: DSN setup page and OAuth flow, connection test, tables and cache commands.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C ends the command cleanly; a second one kills it.
    if (stop.IsCancellationRequested) return;
    e.Cancel = true;
    stop.Cancel();
};
return await CliProgram.RunAsync(args, stop.Token).ConfigureAwait(false);
