using System.Text.Json;

namespace ZohoOdbc.Emulator.Tests;

/// <summary>Small readers over JSON rows.</summary>
internal static class JsonRows
{
    public static string Str(this JsonElement row, string name) => row.GetProperty(name).GetString()!;

    public static decimal Dec(this JsonElement row, string name) => row.GetProperty(name).GetDecimal();

    public static bool Has(this JsonElement row, string name) => row.TryGetProperty(name, out _);

    public static List<string> Strs(this IEnumerable<JsonElement> rows, string name) => rows.Select(r => r.Str(name)).ToList();

    public static string FormatTimestamp(DateTimeOffset value) => ZohoOdbc.Emulator.Json.ZohoTime.FormatTimestamp(value);
}
