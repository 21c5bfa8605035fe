using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ZohoOdbc.Core;

// Usage: ZohoOdbc.ScanProbe "SELECT ..."
// The connection string (Key=Value;...) comes from the environment variable ZOHOODBC_PROBE_CONNECTION, so that no
// secret appears in the process list. Prints one line: rows=N sha256=HEX ms=M; on failure SQLSTATE and message on
// stderr and exit code 2.
const string ConnectionVariable = "ZOHOODBC_PROBE_CONNECTION";

if (args.Length != 1 || Environment.GetEnvironmentVariable(ConnectionVariable) is not { Length: > 0 } connection)
{
    Console.Error.WriteLine($"usage: ZohoOdbc.ScanProbe \"SELECT ...\" (connection string in {ConnectionVariable})");
    return 64;
}

var values = connection.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
    .Select(pair => pair.Split('=', 2))
    .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : "", StringComparer.OrdinalIgnoreCase);

var clock = Stopwatch.StartNew();
try
{
    using var session = Session.Open(ConnectionSettings.Parse(values, out _));
    using var reader = session.Prepare(args[0]).Execute();
    using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    long rows = 0;
    var line = new StringBuilder();
    while (reader.Read())
    {
        line.Clear();
        for (var i = 0; i < reader.Columns.Count; i++)
            line.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('\t');
        hash.AppendData(Encoding.UTF8.GetBytes(line.Append('\n').ToString()));
        rows++;
    }
    Console.WriteLine($"rows={rows} sha256={Convert.ToHexString(hash.GetHashAndReset())} ms={clock.ElapsedMilliseconds}");
    return 0;
}
catch (ZohoOdbcException e)
{
    Console.Error.WriteLine($"{e.SqlState} {e.Message}");
    return 2;
}
