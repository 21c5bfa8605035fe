using System.Diagnostics;

namespace ZohoOdbc.Cli.Tests.Harness;

/// <summary>
/// The Zoho emulator as a child process on a free loopback port. Its stdin stays open while the tests run; when the
/// test host dies the pipe closes and the emulator exits by itself.
/// </summary>
public sealed class EmulatorProcess : IDisposable
{
    private readonly Process process;

    private EmulatorProcess(Process process, string url)
    {
        this.process = process;
        Url = url;
    }

    /// <summary>The US data centre (accounts server and API domain); the others are at Url + "/eu", "/in", ...</summary>
    public string Url { get; }

    public static EmulatorProcess Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "ZohoOdbc.Emulator.dll"), "--port", "0", "--exit-on-stdin-close" }) start.ArgumentList.Add(a);
        var started = Process.Start(start) ?? throw new InvalidOperationException("could not start the emulator");
        started.ErrorDataReceived += (_, _) => { };
        started.BeginErrorReadLine();
        var line = started.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
        const string prefix = "Emulator listening on ";
        if (line is null || !line.StartsWith(prefix, StringComparison.Ordinal))
        {
            started.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The emulator did not start; it printed: {line}");
        }
        _ = Task.Run(async () => { while (await started.StandardOutput.ReadLineAsync() is not null) { } });
        return new EmulatorProcess(started, line[prefix.Length..].Trim());
    }

    public void Dispose()
    {
        try
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(5000)) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        process.Dispose();
    }
}
