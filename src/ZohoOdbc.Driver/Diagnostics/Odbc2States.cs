namespace ZohoOdbc.Driver.Diagnostics;

/// <summary>
/// The ODBC 2 spelling of an ODBC 3 SQLSTATE (Appendix A, "SQLSTATE mappings"), for applications
/// that set SQL_ATTR_ODBC_VERSION to 2: HYxxx is S1xxx, 42Sxx is S00xx, 42000 is 37000, 07009 is
/// S1002, and so on. Records are stored in ODBC 3 form and translated when read.
/// </summary>
internal static class Odbc2States
{
    private static readonly Dictionary<string, string> Explicit = new(StringComparer.Ordinal)
    {
        ["07005"] = "24000",
        ["07009"] = "S1002",
        ["22018"] = "22005",
        ["42000"] = "37000",
        ["HY007"] = "S1010",
        ["HY018"] = "70100",
        ["HY024"] = "S1009",
        ["HYT00"] = "S1T00",
        ["HYT01"] = "S1T00",
        ["HYC00"] = "S1C00",
    };

    public static string Map(string state)
    {
        if (Explicit.TryGetValue(state, out var mapped)) return mapped;
        if (state.StartsWith("42S", StringComparison.Ordinal)) return "S00" + state[3..];
        if (state.StartsWith("HY", StringComparison.Ordinal)) return "S1" + state[2..];
        return state;
    }
}
