using System.Text.RegularExpressions;
using ZohoOdbc.Core.Sql;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// A statement whose translation only lists columns of its one table, as Power BI's `SELECT columns FROM table` does:
/// its result is the loaded rows, in the order they were loaded, each value as reading it back from the in-memory
/// table would give it. The loader then keeps those values typed in a <see cref="RowBlock"/> (<see cref="Rows"/>) instead
/// of inserting them into SQLite, and the result is read from the block: no INSERT, no SQLite scan, no date text to parse.
/// A value whose storage class does not match its column's (which SQLite's type affinity would convert) sends the
/// statement back to SQLite (<see cref="SqliteTableLoader"/> replays the rows kept so far), so the rows stay exactly
/// those SQLite gives.
/// </summary>
internal sealed partial class DirectProjection
{
    private DirectProjection(TableInstance instance, int[] ordinals, IReadOnlyList<ResultColumn> columns)
    {
        Instance = instance;
        Ordinals = ordinals;
        Columns = columns;
        Rows = new RowBlock(columns);
    }

    public TableInstance Instance { get; }

    /// <summary>The table ordinal of each result column.</summary>
    public int[] Ordinals { get; }

    public IReadOnlyList<ResultColumn> Columns { get; }

    /// <summary>The result's rows while the statement is answered directly; null once it went back to SQLite.</summary>
    public RowBlock? Rows { get; private set; }

    public void FallBack() => Rows = null;

    /// <summary>The direct answer of <paramref name="statement"/>, or null when SQLite must compute it.</summary>
    public static DirectProjection? TryCreate(BoundStatement statement)
    {
        if (statement.Instances.Count != 1 || statement.Parameters.Count != 0) return null;
        var instance = statement.Instances[0];
        if (instance.CustomFields.Count > 0 || instance.Guards.Count > 0 || instance.UsedColumns.Any(c => c.IsDetailOnly)) return null;

        var select = Select().Match(statement.Sql);
        if (!select.Success || Unquote(select.Groups["table"].Value) != instance.SqlTable) return null;
        var alias = select.Groups["alias"].Value;
        var list = select.Groups["columns"].Value;
        var ordinals = new List<int>();
        var position = 0;
        foreach (Match column in Column().Matches(list))
        {
            // The matches must tile the list exactly, in result order.
            if (column.Index != position || column.Groups["alias"].Value != alias
                || column.Groups["number"].Value != ordinals.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)
                || !instance.Table.TryGetOrdinal(Unquote(column.Groups["name"].Value), out var ordinal))
                return null;
            ordinals.Add(ordinal);
            position = column.Index + column.Length;
            if (position < list.Length)
            {
                if (!list.AsSpan(position).StartsWith(", ")) return null;
                position += 2;
            }
        }
        if (position != list.Length || ordinals.Count != statement.Columns.Count || ordinals.Count == 0) return null;
        for (var i = 0; i < ordinals.Count; i++)
        {
            // The same type as the table's column, so the value is only read back, never converted by the query.
            var type = statement.Columns[i].Type;
            if (type == SqlDataType.Time || instance.Table.Columns[ordinals[i]].Type.Type != type) return null;
        }
        return new DirectProjection(instance, ordinals.ToArray(), statement.Columns);
    }

    private static string Unquote(string quoted) => quoted.Replace("\"\"", "\"");

    // "name" in SQLite's quoting: any character, a quote doubled.
    [GeneratedRegex(@"^SELECT (?<columns>.+) FROM ""(?<table>(?:[^""]|"""")+)"" AS ""(?<alias>(?:[^""]|"""")+)""$", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex(@"""(?<alias>(?:[^""]|"""")+)""\.""(?<name>(?:[^""]|"""")+)"" AS ""c(?<number>\d+)""")]
    private static partial Regex Column();
}
