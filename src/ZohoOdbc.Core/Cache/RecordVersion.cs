using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// Which version of a record a cached row or detail is: a keyed hash of its last_modified_time, or of the whole list row
/// for entities without one. A detail is reused only while its version equals the list row's, so a record's detail
/// (and its line items) is fetched again exactly when its last_modified_time moved.
/// </summary>
internal static class RecordVersion
{
    public const string ModifiedColumn = "last_modified_time";

    /// <summary>The ordinal of the entity's last_modified_time column, or null.</summary>
    public static int? ModifiedOrdinal(EntityDefinition entity) =>
        entity.FindColumn(ModifiedColumn) is { } column && column.Type.Type == SqlDataType.Timestamp ? entity.OrdinalOf(column) : null;

    /// <summary>True when Zoho's list takes last_modified_time (records modified at or after it): the replica's deltas use it.</summary>
    public static bool HasModifiedFilter(EntityDefinition entity) =>
        entity.FindColumn(ModifiedColumn) is { } column && (column.Filters & ApiFilterOperators.ModifiedSince) != 0;

    public static byte[] OfRow(CacheCipher cipher, EntityDefinition entity, object?[] row)
    {
        if (ModifiedOrdinal(entity) is { } ordinal && row[ordinal] is DateTime modified) return OfModified(cipher, entity, modified);
        return cipher.Lookup("version", entity.Name, "row", Convert.ToHexString(SHA256.HashData(RowCodec.Encode(row))));
    }

    /// <summary>
    /// The version of a detail record read alone (no list row to compare with); null when the entity's list rows carry no
    /// last_modified_time (journals have it in the record only): their versions hash the list row, which a detail's
    /// own version could never equal, so the record would be read again by every query.
    /// </summary>
    public static byte[]? OfDetail(CacheCipher cipher, EntityDefinition entity, JsonElement detail) =>
        ModifiedOrdinal(entity) is { } ordinal && !entity.Columns[ordinal].IsDetailOnly
            && detail.TryGetProperty(ModifiedColumn, out var value) && value.ValueKind == JsonValueKind.String
            && EntityRowReader.ParseTimestamp(value.GetString()!) is { } modified
            ? OfModified(cipher, entity, modified)
            : null;

    private static byte[] OfModified(CacheCipher cipher, EntityDefinition entity, DateTime modified) =>
        cipher.Lookup("version", entity.Name, "modified", modified.Ticks.ToString(CultureInfo.InvariantCulture));
}
