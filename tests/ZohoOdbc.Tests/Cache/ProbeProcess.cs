using System.Diagnostics;

namespace ZohoOdbc.Tests.Cache;

/// <summary>
/// tests/ZohoOdbc.ScanProbe as a separate OS process: opens a session with the connection string it is given (through the
/// environment) and runs one query; here it is killed (SIGKILL) in the middle of a refresh, or left to refresh while this
/// process waits for it.
/// </summary>
internal sealed class ProbeProcess : IDisposable
{
    private readonly Process process;
    private readonly Task<string> output;
    private readonly Task<string> error;

    private ProbeProcess(Process process)
    {
        this.process = process;
        output = process.StandardOutput.ReadToEndAsync();
        error = process.StandardError.ReadToEndAsync();
    }

    public int Id => process.Id;

    public static ProbeProcess Start(string sql, IReadOnlyDictionary<string, string> keywords, string configDirectory)
    {
        var start = new ProcessStartInfo(DotnetHost(), [ProbeAssembly(), sql])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ZOHOODBC_PROBE_CONNECTION"] = string.Join(';', keywords.Select(k => k.Key + "=" + k.Value));
        start.Environment[Core.Storage.UserDirectories.ConfigVariable] = configDirectory;
        return new ProbeProcess(Process.Start(start)!);
    }

    /// <summary>kill -9: no chance to finish a transaction, release a lease or close the file.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public async Task<(int ExitCode, string Output, string Error)> WaitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, (await output).Trim(), (await error).Trim());
    }

    public void Dispose()
    {
        if (!process.HasExited) Kill();
        process.Dispose();
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>The probe's build output beside this one: tests/ZohoOdbc.ScanProbe/bin/{configuration}/{framework}/.</summary>
    private static string ProbeAssembly()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tests = here.Parent!.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(tests, "ZohoOdbc.ScanProbe", "bin", here.Parent.Name, here.Name, "ZohoOdbc.ScanProbe.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build tests/ZohoOdbc.ScanProbe first (the test project references it).", path);
    }
}
