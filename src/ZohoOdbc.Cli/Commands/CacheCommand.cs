using System.Globalization;
using ZohoOdbc.Cli.Cache;
using ZohoOdbc.Cli.Connection;
using ZohoOdbc.Cli.Setup;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Cache;
using ZohoOdbc.Core.Storage;

namespace ZohoOdbc.Cli.Commands;

/// <summary>
/// <c>zoho-odbc cache status|sync|clear DSN</c>: the DSN's local cache (the file of its organization and product, under
/// its CachePath or the user's cache directory). status and clear use Core's CacheStatus; sync reads the tables in full
/// through a session, with a progress bar.
/// </summary>
internal static class CacheCommand
{
    public static int Run(IEnumerable<string> args, CancellationToken cancellationToken)
    {
        var line = CommandLine.Parse(args, ["table"], ["all"]);
        line.AtMost(2);
        var action = line.Argument(0, "cache action: status, sync or clear (zoho-odbc cache status DSN)");
        var name = line.Argument(1, "data source name (zoho-odbc cache " + action + " DSN)");
        if ((line.Option("table") is not null || line.Flag("all")) && action != "sync") throw new UsageException("--table and --all go with cache sync.");
        if (line.Option("table") is not null && line.Flag("all")) throw new UsageException("Give --table or --all, not both.");
        var (dataSource, settings) = DataSourceSettings.Load(name);
        var cache = CacheSettings.Parse(dataSource.Values);
        return action switch
        {
            "status" => Status(name, settings, cache, settings.OrganizationId),
            "sync" => Sync(name, settings, cache, line.Option("table"), line.Flag("all"), cancellationToken),
            "clear" => Clear(name, settings),
            _ => throw new UsageException($"Unknown cache action '{action}': use status, sync or clear."),
        };
    }

    private static int Status(string name, ConnectionSettings settings, CacheSettings cache, string? organizationId)
    {
        var tables = CacheStatus.Read(cache, settings.CachePath, settings.Product, organizationId);
        Console.WriteLine($"Cache of '{name}': CacheMode={cache.Mode}, CacheTtl={(long)cache.Ttl.TotalSeconds}s, in {Directory(settings)}");
        if (tables.Count == 0)
        {
            Console.WriteLine(cache.Mode == CacheMode.Off
                ? "Nothing is cached: this DSN has CacheMode=Off."
                : $"Nothing is cached yet: query the DSN, or run zoho-odbc cache sync {name}.");
            return 0;
        }
        var now = DateTimeOffset.UtcNow;
        ConsoleReport.Grid(["table", "rows", "records", "answers", "up to date", "API calls"],
            tables.Where(t => t.Problem is null).Select(t => (IReadOnlyList<string>)
            [
                t.Table, Number(t.Rows), Number(t.Records), Number(t.Answers),
                t.UpToDateAt is { } at ? Age(now - at) + " ago" : "never", Number(t.ApiCalls),
            ]).ToArray());
        foreach (var problem in tables.Where(t => t.Problem is not null))
            Console.WriteLine($"  {problem.File}: {problem.Problem}");
        return 0;
    }

    /// <summary>
    /// Reads tables in full so the cache holds them: --table (a comma-separated list), --all, or else the tables the cache
    /// already holds (bringing them up to date). Tables filled from record details cost one API call per record.
    /// </summary>
    private static int Sync(string name, ConnectionSettings settings, CacheSettings cache, string? tableList, bool all, CancellationToken cancellationToken)
    {
        if (cache.Mode == CacheMode.Off)
            throw new SetupProblemException(new($"'{name}' does not cache (CacheMode=Off)", "Every query asks Zoho, so there is nothing to fill.",
                $"Set CacheMode=Replica (zoho-odbc setup --dsn {name} --cache-mode Replica), then sync."));
        if (cache.Offline)
            throw new SetupProblemException(new($"'{name}' is offline (Offline=Yes)", "An offline DSN answers from the cache only and never calls Zoho.",
                "Sync through a DSN (or connection) without Offline=Yes."));

        using var session = Session.Open(settings, cancellationToken);
        var known = session.Tables.Select(t => t.Name).Where(t => !t.StartsWith("sys_", StringComparison.Ordinal)).ToArray();
        string[] tables;
        if (tableList is not null)
        {
            tables = tableList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(wanted => known.FirstOrDefault(t => t.Equals(wanted, StringComparison.OrdinalIgnoreCase))
                    ?? throw new UsageException($"There is no table '{wanted}'. Tables: {string.Join(", ", known)}."))
                .Distinct(StringComparer.Ordinal).ToArray();
        }
        else if (all)
        {
            tables = known;
        }
        else
        {
            var cached = CacheStatus.Read(cache, settings.CachePath, settings.Product, session.Organization.Id)
                .Where(t => t.Problem is null && t.Table.Length > 0).Select(t => t.Table).ToHashSet(StringComparer.OrdinalIgnoreCase);
            tables = known.Where(cached.Contains).ToArray();
            if (tables.Length == 0)
                throw new SetupProblemException(new($"Nothing of '{name}' is cached yet", "Without --table or --all, sync brings the tables already cached up to date.",
                    $"Name the tables to fill (zoho-odbc cache sync {name} --table invoices,contacts), or --all for every table " +
                    "(tables of line items and other record details cost one API call per record)."));
        }
        Console.WriteLine($"Filling the cache of '{name}' ({session.Organization.Name}, CacheMode={cache.Mode}): {tables.Length} table(s)");

        var bar = new ProgressBar();
        IReadOnlyList<TableSync> results;
        try
        {
            results = CacheFill.Run(session, tables, bar, cancellationToken);
        }
        finally
        {
            bar.Finish();
        }

        foreach (var failed in results.Where(r => r.Problem is not null)) Console.Error.WriteLine($"  {failed.Table}: {failed.Problem}");
        var read = results.Where(r => r.Problem is null).ToArray();
        Console.WriteLine($"Read {read.Sum(r => r.Rows).ToString("N0", CultureInfo.InvariantCulture)} rows from {read.Length} table(s) in " +
            $"{results.Sum(r => r.Elapsed.TotalSeconds):0.0}s. Now cached:");
        Status(name, settings, cache, session.Organization.Id);

        // Say so when the cache did not keep what was read, rather than let the table above suggest a sync that did not happen.
        var kept = CacheStatus.Read(cache, settings.CachePath, settings.Product, session.Organization.Id)
            .Where(t => t.Problem is null).Select(t => t.Table).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = read.Where(r => !kept.Contains(r.Table)).Select(r => r.Table).ToArray();
        if (missing.Length > 0)
            Console.Error.WriteLine($"warning: Zoho answered, but the cache did not keep {string.Join(", ", missing)}; queries will ask Zoho again.");
        return read.Length == results.Count && missing.Length == 0 ? 0 : 1;
    }

    private static int Clear(string name, ConnectionSettings settings)
    {
        var cleared = CacheStatus.Clear(settings.CachePath, settings.Product, settings.OrganizationId);
        Console.WriteLine(cleared.Count == 0
            ? $"The cache of '{name}' was already empty ({Directory(settings)})."
            : $"Cleared the cache of '{name}': removed {string.Join(", ", cleared)} from {Directory(settings)}.");
        return 0;
    }

    private static string Directory(ConnectionSettings settings) => settings.CachePath ?? UserDirectories.Cache ?? "(no cache directory)";

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Age(TimeSpan age) =>
        age.TotalMinutes < 1 ? $"{Math.Max(0, (int)age.TotalSeconds)}s"
        : age.TotalHours < 1 ? $"{(int)age.TotalMinutes}m"
        : age.TotalDays < 1 ? $"{(int)age.TotalHours}h"
        : $"{(int)age.TotalDays}d";
}
