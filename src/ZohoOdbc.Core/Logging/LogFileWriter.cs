using System.Collections.Concurrent;
using System.Text;
using ZohoOdbc.Core.Storage;

namespace ZohoOdbc.Core.Logging;

/// <summary>
/// Appends whole lines to one log file, shared by every session of the process that names the same file, and by
/// other processes: each line is written under an exclusive lock of the file (FileShare.None, which .NET takes with
/// flock on Unix), so lines of processes writing at once neither interleave nor overwrite each other. The file is
/// created owner-only. A file that cannot be written is given up silently: logging must never fail a query (and the
/// driver may not write to stdout or stderr instead).
/// </summary>
internal sealed class LogFileWriter
{
    private static readonly ConcurrentDictionary<string, LogFileWriter> Open = new(StringComparer.Ordinal);

    /// <summary>How often to try for the lock another process holds before dropping the line.</summary>
    private const int LockAttempts = 200;

    private readonly Lock gate = new();
    private readonly string path;
    private bool failed;

    private LogFileWriter(string path) => this.path = path;

    public static LogFileWriter For(string path) => Open.GetOrAdd(Path.GetFullPath(path), static full => new LogFileWriter(full));

    public void WriteLine(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line + Environment.NewLine);
        lock (gate)
        {
            if (failed) return;
            try
            {
                if (Path.GetDirectoryName(path) is { Length: > 0 } directory) PrivateFiles.CreateDirectory(directory);
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        using var stream = PrivateFiles.OpenAppendExclusive(path);
                        stream.Write(bytes);
                        return;
                    }
                    catch (IOException) when (attempt < LockAttempts && File.Exists(path) && !Directory.Exists(path))
                    {
                        // Another process is writing its line.
                        Thread.Sleep(1);
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                failed = true;
            }
        }
    }
}
