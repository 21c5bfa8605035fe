namespace ZohoOdbc.Core.Storage;

/// <summary>Whether a process of this machine still runs: a dead process's leases in a shared database are void.</summary>
internal static class ProcessLiveness
{
    public static bool IsRunning(long pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById((int)pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
        catch (Exception e) when (e is PlatformNotSupportedException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Cannot tell: assume it runs; its lease still ends by time.
            return true;
        }
    }
}
