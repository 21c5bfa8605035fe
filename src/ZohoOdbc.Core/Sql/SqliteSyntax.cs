using System.Globalization;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// How the translator writes SQLite: identifiers always quoted, constants written by us (never the user's text pasted),
/// so the value and storage class SQLite reads back are the ones the binder typed.
/// </summary>
internal static class SqliteSyntax
{
    /// <summary>The collation of every text value: case-insensitive and blind to trailing spaces, as SQL Server's default.</summary>
    public const string TextCollation = "tsql_ci";

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A constant as SQLite reads it back with the same value and storage class.</summary>
    public static string Literal(object? value) => value switch
    {
        null => "NULL",
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        // A decimal without a point would be an INTEGER to SQLite, and 5/2 would then divide as integers.
        decimal d => WithPoint(d.ToString(CultureInfo.InvariantCulture)),
        double d => double.IsFinite(d) ? WithPoint(d.ToString("R", CultureInfo.InvariantCulture)) : throw new ZohoOdbcException(SqlStates.NumericOutOfRange, "A float value is not finite."),
        bool b => b ? "1" : "0",
        DateOnly d => "'" + SqliteStorage.FormatDate(d) + "'",
        DateTime t => "'" + SqliteStorage.FormatTimestamp(t) + "'",
        TimeOnly t => "'" + TimeOfDayText.Format(t) + "'",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, null),
    };

    private static string WithPoint(string number) =>
        number.Contains('.', StringComparison.Ordinal) || number.Contains('E', StringComparison.OrdinalIgnoreCase) ? number : number + ".0";
}
