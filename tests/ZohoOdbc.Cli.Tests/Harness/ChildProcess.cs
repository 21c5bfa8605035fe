using System.Diagnostics;
using System.Text;

namespace ZohoOdbc.Cli.Tests.Harness;

/// <summary>A program under test (zoho-odbc, isql, an installer script) with the sandbox's environment and a time limit.</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();
    private readonly List<string> lines = [];

    private ChildProcess(Process process) => this.process = process;

    public static ProcessResult Run(string file, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, string? stdin = null,
        TimeSpan? timeout = null)
    {
        using var child = Start(file, args, environment, stdin);
        return child.WaitForExit(timeout ?? TimeSpan.FromMinutes(2));
    }

    public static ChildProcess Start(string file, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, string? stdin = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in environment) start.Environment[k] = v;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (child.stdout)
            {
                child.stdout.AppendLine(e.Data);
                child.lines.Add(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (child.stderr) child.stderr.AppendLine(e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        return child;
    }

    /// <summary>The first output line starting with <paramref name="prefix"/>, without the prefix.</summary>
    public string WaitForLine(string prefix, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        for (;;)
        {
            var exited = process.HasExited;
            if (exited) process.WaitForExit(); // Lets the output drain.
            lock (stdout)
            {
                if (lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } hit) return hit[prefix.Length..].Trim();
            }
            if (exited || DateTime.UtcNow > deadline) throw new TimeoutException($"No line starting with '{prefix}'. {Snapshot()}");
            Thread.Sleep(100);
        }
    }

    public ProcessResult WaitForExit(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{process.StartInfo.FileName} did not finish in time. {Snapshot()}");
        }
        process.WaitForExit();
        return Snapshot();
    }

    public ProcessResult Snapshot()
    {
        lock (stdout)
        lock (stderr)
            return new ProcessResult(process.HasExited ? process.ExitCode : -1, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
