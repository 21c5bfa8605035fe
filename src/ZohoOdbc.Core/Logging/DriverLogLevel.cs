namespace ZohoOdbc.Core.Logging;

/// <summary>How much the driver log holds; each level includes the ones above it.</summary>
public enum DriverLogLevel
{
    Off,
    Error,
    Warning,
    /// <summary>Connections, every API call (method, path, status, time, organization), token refreshes.</summary>
    Info,
    /// <summary>Also query strings, governor waits and retries in detail.</summary>
    Debug,
}

internal static class DriverLogLevels
{
    /// <summary>Off, Error, Warning (Warn), Info, Debug (Trace, Verbose); case-insensitive.</summary>
    public static bool TryParse(string? text, out DriverLogLevel level)
    {
        level = text?.Trim().ToUpperInvariant() switch
        {
            "OFF" or "NONE" or "0" => DriverLogLevel.Off,
            "ERROR" or "1" => DriverLogLevel.Error,
            "WARNING" or "WARN" or "2" => DriverLogLevel.Warning,
            "INFO" or "INFORMATION" or "3" => DriverLogLevel.Info,
            "DEBUG" or "TRACE" or "VERBOSE" or "4" => DriverLogLevel.Debug,
            _ => (DriverLogLevel)(-1),
        };
        return level >= DriverLogLevel.Off;
    }

    public static string Label(DriverLogLevel level) => level switch
    {
        DriverLogLevel.Error => "ERROR",
        DriverLogLevel.Warning => "WARN ",
        DriverLogLevel.Info => "INFO ",
        _ => "DEBUG",
    };
}
