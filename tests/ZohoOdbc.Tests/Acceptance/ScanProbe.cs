using System.Diagnostics;

namespace ZohoOdbc.Tests.Acceptance;

/// <summary>One run of tests/ZohoOdbc.ScanProbe as its own OS process.</summary>
internal sealed class ScanProbe
{
    private readonly Process process;
    private readonly Task<string> output;
    private readonly Task<string> error;

    private ScanProbe(Process process)
    {
        this.process = process;
        output = process.StandardOutput.ReadToEndAsync();
        error = process.StandardError.ReadToEndAsync();
    }

    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Starts the probe with the connection string in its environment and the key file and token store in <paramref name="configDirectory"/>.</summary>
    public static ScanProbe Start(string sql, string connection, string configDirectory)
    {
        var start = new ProcessStartInfo(DotnetHost(), [ProbeAssembly(), sql])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ZOHOODBC_PROBE_CONNECTION"] = connection;
        start.Environment[Core.Storage.UserDirectories.ConfigVariable] = configDirectory;
        return new ScanProbe(Process.Start(start)!);
    }

    public async Task<Result> WaitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the scan probe did not finish within {timeout}");
        }
        return new Result(process.ExitCode, (await output).Trim(), (await error).Trim());
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>The probe's build output next to this one: tests/ZohoOdbc.ScanProbe/bin/{configuration}/{framework}/.</summary>
    private static string ProbeAssembly()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = here.Name;
        var configuration = here.Parent!.Name;
        var tests = here.Parent.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(tests, "ZohoOdbc.ScanProbe", "bin", configuration, framework, "ZohoOdbc.ScanProbe.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build tests/ZohoOdbc.ScanProbe first (the test project references it).", path);
    }
}
