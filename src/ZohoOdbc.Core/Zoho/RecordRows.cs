using System.Text.Json;

namespace ZohoOdbc.Core.Zoho;

/// <summary>
/// Turns Zoho records (JSON objects) into rows typed by a virtual table's columns, following each column's JSON path:
/// a record into a row of its entity, or the nested rows of a child table (array elements, or named objects such as
/// billing_address and shipping_address), with the parent's id in the first column.
/// </summary>
internal static class RecordRows
{
    public static object?[] FromRecord(JsonElement record, VirtualTable table, int firstColumn = 0, object?[]? row = null)
    {
        row ??= new object?[table.Columns.Count];
        for (var i = firstColumn; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            if (Find(record, column.JsonPath ?? [column.Name]) is { } value) row[i] = EntityRowReader.Convert(value, column.Type.Type);
        }
        return row;
    }

    /// <summary>The child rows nested in one parent record.</summary>
    public static List<object?[]> Children(JsonElement parentRecord, string parentId, ChildTableDefinition child)
    {
        var rows = new List<object?[]>();
        if (child.DetailArray is { } array)
        {
            if (!parentRecord.TryGetProperty(array, out var items) || items.ValueKind != JsonValueKind.Array) return rows;
            foreach (var item in items.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object) continue;
                var row = FromRecord(item, child, firstColumn: 1);
                row[0] = parentId;
                rows.Add(row);
            }
        }
        else if (child.DetailObjects is { } objects)
        {
            // One row per named object (address_type = billing/shipping), the name in the second column.
            foreach (var name in objects.Split(','))
            {
                if (!parentRecord.TryGetProperty(name, out var item) || item.ValueKind != JsonValueKind.Object) continue;
                var row = FromRecord(item, child, firstColumn: 2);
                row[0] = parentId;
                row[1] = name.EndsWith("_address", StringComparison.Ordinal) ? name[..^"_address".Length] : name;
                rows.Add(row);
            }
        }
        return rows;
    }

    private static JsonElement? Find(JsonElement record, IReadOnlyList<string> path)
    {
        var current = record;
        foreach (var step in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(step, out current)) return null;
        }
        return current;
    }
}
