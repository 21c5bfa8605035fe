using System.Diagnostics;
using System.Text.Json;

namespace ZohoOdbc.Driver.Tests.Harness;

/// <summary>
/// The Zoho emulator as a child process on a free loopback port. Its stdin stays open while the
/// tests run; if the test host dies the pipe closes and the emulator exits by itself.
/// </summary>
public sealed class EmulatorProcess : IDisposable
{
    private readonly Process _process;

    private EmulatorProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    public static EmulatorProcess Start(params string[] extraArgs)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "ZohoOdbc.Emulator.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { dll, "--port", "0", "--exit-on-stdin-close" }.Concat(extraArgs)) psi.ArgumentList.Add(a);
        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start the emulator");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();

        var line = process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
        const string prefix = "Emulator listening on ";
        if (line is null || !line.StartsWith(prefix, StringComparison.Ordinal))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The emulator did not start; it printed: {line}");
        }
        // Drain the rest of stdout so the emulator never blocks on a full pipe.
        _ = Task.Run(async () => { while (await process.StandardOutput.ReadLineAsync() is not null) { } });
        return new EmulatorProcess(process, line[prefix.Length..].Trim());
    }

    /// <summary>The API requests the emulator served so far (control endpoints excluded).</summary>
    public IReadOnlyList<RecordedRequest> Requests()
    {
        using var http = new HttpClient();
        var json = http.GetStringAsync(Url + "/__emulator/requests").GetAwaiter().GetResult();
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray()
            .Select(e => new RecordedRequest(
                e.GetProperty("method").GetString()!,
                e.GetProperty("path").GetString()!,
                e.TryGetProperty("query_string", out var q) ? q.GetString() ?? "" : "",
                e.GetProperty("status_code").GetInt32()))
            .ToList();
    }

    public void ClearRequests()
    {
        using var http = new HttpClient();
        http.DeleteAsync(Url + "/__emulator/requests").GetAwaiter().GetResult().EnsureSuccessStatusCode();
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(5000)) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
    }
}

public sealed record RecordedRequest(string Method, string Path, string Query, int Status);
