using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ZohoOdbc.Core.Logging;

/// <summary>
/// The driver log of one session (LogFile, LogLevel): one line per event, UTC time, level, process id.
/// Every line passes through a <see cref="SecretMasker"/>. Nothing ever goes to stdout or stderr.
/// </summary>
internal sealed class DriverLog
{
    public static readonly DriverLog Off = new(null, DriverLogLevel.Off, new SecretMasker([]));

    private static readonly int ProcessId = Environment.ProcessId;

    private readonly LogFileWriter? writer;
    private readonly DriverLogLevel level;
    private readonly SecretMasker masker;

    private DriverLog(LogFileWriter? writer, DriverLogLevel level, SecretMasker masker)
    {
        this.writer = writer;
        this.level = writer is null ? DriverLogLevel.Off : level;
        this.masker = masker;
    }

    /// <summary>A log writing to <paramref name="path"/> (or none when it is null or the level is Off), masking <paramref name="secrets"/>.</summary>
    public static DriverLog Create(string? path, DriverLogLevel level, IEnumerable<string?> secrets) =>
        string.IsNullOrWhiteSpace(path) || level == DriverLogLevel.Off
            ? Off
            : new DriverLog(LogFileWriter.For(path), level, new SecretMasker(secrets));

    public bool IsEnabled(DriverLogLevel wanted) => wanted != DriverLogLevel.Off && wanted <= level;

    public void Error(string message) => Write(DriverLogLevel.Error, message);
    public void Warning(string message) => Write(DriverLogLevel.Warning, message);
    public void Info(string message) => Write(DriverLogLevel.Info, message);
    public void Debug(string message) => Write(DriverLogLevel.Debug, message);

    public void Write(DriverLogLevel at, string message)
    {
        if (!IsEnabled(at)) return;
        var line = new StringBuilder(message.Length + 48)
            .Append(DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))
            .Append(' ').Append(DriverLogLevels.Label(at))
            .Append(" [").Append(ProcessId.ToString(CultureInfo.InvariantCulture)).Append("] ")
            .Append(message.ReplaceLineEndings(" "));
        writer!.WriteLine(masker.Apply(line.ToString()));
    }

    /// <summary>
    /// One API call: method, path (the query string only at Debug), status or failure, milliseconds,
    /// organization and attempt. Example: <c>api GET /books/v3/invoices 200 184ms org=60001234567 attempt=1</c>.
    /// </summary>
    public void ApiCall(HttpMethod method, Uri uri, string outcome, TimeSpan elapsed, string? organizationId, int attempt)
    {
        var at = outcome.Length == 3 && outcome[0] is '2' or '3' ? DriverLogLevel.Info : DriverLogLevel.Warning;
        if (!IsEnabled(at)) return;
        var text = new StringBuilder("api ").Append(method.Method).Append(' ').Append(uri.AbsolutePath);
        if (IsEnabled(DriverLogLevel.Debug) && uri.Query.Length > 1)
        {
            // organization_id is shown as org=; the other parameters are filters, paging and sorting.
            var parameters = uri.Query[1..].Split('&').Where(p => !p.StartsWith("organization_id=", StringComparison.Ordinal)).ToArray();
            if (parameters.Length > 0) text.Append('?').AppendJoin('&', parameters);
        }
        text.Append(' ').Append(outcome)
            .Append(' ').Append(((long)elapsed.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)).Append("ms");
        if (organizationId is not null) text.Append(" org=").Append(organizationId);
        text.Append(" attempt=").Append(attempt.ToString(CultureInfo.InvariantCulture));
        Write(at, text.ToString());
    }

    public static TimeSpan Since(long startTimestamp) => Stopwatch.GetElapsedTime(startTimestamp);
}
