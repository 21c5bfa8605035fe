using System.Globalization;

namespace ZohoOdbc.Cli.Cache;

/// <summary>
/// A one-line progress bar on a terminal, redrawn in place (at most ten times a second); when the output is a file or
/// a pipe, one plain line per finished table instead, so logs stay readable.
/// </summary>
internal sealed class ProgressBar : IProgress<SyncProgress>
{
    private const int Width = 30;
    private readonly bool interactive = !Console.IsOutputRedirected;
    private readonly Lock gate = new();
    private long lastDrawn;
    private int lastLength;

    public void Report(SyncProgress value)
    {
        lock (gate)
        {
            if (!interactive)
            {
                if (value.TableFinished) Console.WriteLine(Describe(value));
                return;
            }
            var now = Environment.TickCount64;
            if (now - lastDrawn < 100 && !value.TableFinished) return;
            lastDrawn = now;
            var filled = value.TableCount == 0 ? Width : value.TablesDone * Width / value.TableCount;
            var line = $"[{new string('#', filled)}{new string('-', Width - filled)}] {Describe(value)}";
            Console.Write("\r" + line.PadRight(lastLength));
            lastLength = line.Length;
        }
    }

    /// <summary>Ends the bar's line so what follows starts on a new one.</summary>
    public void Finish()
    {
        lock (gate)
        {
            if (interactive && lastLength > 0) Console.WriteLine();
            lastLength = 0;
        }
    }

    private static string Describe(SyncProgress value) => string.Format(CultureInfo.InvariantCulture,
        "{0}/{1} tables · {2}: {3:N0} rows · {4:0}s", value.TablesDone, value.TableCount, value.Table, value.Rows, value.Elapsed.TotalSeconds);
}
