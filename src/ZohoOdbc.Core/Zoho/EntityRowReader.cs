using System.Globalization;
using System.Text.Json;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// Reads the rows of one list answer into values typed by the catalog: string, decimal, long, bool,
/// DateOnly, DateTime or null, one array slot per catalog column. Fields the catalog does not know are skipped.
/// </summary>
internal static class EntityRowReader
{
    private static readonly string[] TimestampFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
    ];

    public static List<object?[]> ReadRows(JsonElement root, EntityDefinition entity)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(entity.ListKey, out var list) || list.ValueKind != JsonValueKind.Array)
            throw new ZohoOdbcException(SqlStates.GeneralError,
                $"Zoho's answer for {entity.ListPath} has no '{entity.ListKey}' list.");

        var rows = new List<object?[]>(list.GetArrayLength());
        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object) continue;
            var row = new object?[entity.Columns.Count];
            foreach (var field in item.EnumerateObject())
            {
                if (entity.TryGetOrdinal(field.Name, out var ordinal))
                    row[ordinal] = Convert(field.Value, entity.Columns[ordinal].Type.Type);
            }
            rows.Add(row);
        }
        return rows;
    }

    public static object? Convert(JsonElement value, SqlDataType type)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined) return null;
        return type switch
        {
            SqlDataType.VarChar => value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => value.GetRawText(),
            },
            SqlDataType.Decimal => value.ValueKind switch
            {
                JsonValueKind.Number when value.TryGetDecimal(out var d) => d,
                JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
                _ => null,
            },
            SqlDataType.Integer or SqlDataType.BigInt => value.ValueKind switch
            {
                JsonValueKind.Number when value.TryGetInt64(out var n) => n,
                JsonValueKind.Number when value.TryGetDecimal(out var d) => (long)decimal.Truncate(d),
                JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
                _ => null,
            },
            SqlDataType.Double => value.ValueKind switch
            {
                JsonValueKind.Number => value.GetDouble(),
                JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
                _ => null,
            },
            SqlDataType.Bit => value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Number => value.TryGetInt64(out var n) ? n != 0 : null,
                JsonValueKind.String => value.GetString()?.Trim().ToLowerInvariant() switch
                {
                    "true" or "1" or "yes" => true,
                    "false" or "0" or "no" => false,
                    _ => null,
                },
                _ => null,
            },
            SqlDataType.Date => value.ValueKind == JsonValueKind.String ? ParseDate(value.GetString()!) : null,
            SqlDataType.Timestamp => value.ValueKind == JsonValueKind.String ? ParseTimestamp(value.GetString()!) : null,
            _ => null,
        };
    }

    /// <summary>"yyyy-MM-dd"; "" (Zoho's empty date) is NULL.</summary>
    public static DateOnly? ParseDate(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.Length >= 10 && DateOnly.TryParseExact(span[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        return null;
    }

    /// <summary>
    /// "2016-06-11T17:38:06-0700" → 2016-06-11 17:38:06: the wall-clock time in the organization's zone,
    /// the offset dropped, as clients show Zoho's times. "" is NULL.
    /// </summary>
    public static DateTime? ParseTimestamp(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.IsEmpty) return null;
        var end = span.Length;
        if (end > 19)
        {
            var i = 19;
            if (span[i] == '.') do i++; while (i < end && char.IsAsciiDigit(span[i]));
            end = i;
        }
        return DateTime.TryParseExact(span[..end], TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : null;
    }
}
