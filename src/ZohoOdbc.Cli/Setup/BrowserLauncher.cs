using System.Diagnostics;
using System.ComponentModel;

namespace ZohoOdbc.Cli.Setup;

/// <summary>Opens a URL in the user's default browser; false when there is none to open (a server, an SSH session).</summary>
internal static class BrowserLauncher
{
    public static bool TryOpen(string url)
    {
        try
        {
            var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(url) { UseShellExecute = true }
                : OperatingSystem.IsMacOS() ? new ProcessStartInfo("open", [url])
                : new ProcessStartInfo("xdg-open", [url]);
            if (!OperatingSystem.IsWindows())
            {
                start.RedirectStandardOutput = true;
                start.RedirectStandardError = true;
            }
            using var process = Process.Start(start);
            return process is not null;
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            return false;
        }
    }
}
