namespace ZohoOdbc.Core.Sql;

/// <summary>
/// A column of a bound query's result: name ("" when unnamed), type, and the table column it shows unchanged (for
/// SQLDescribeCol's base table and column, and so that conditions on a derived table's column can reach the table).
/// </summary>
internal sealed record OutputColumn(string Name, SqlTypeInfo Type, string? BaseTable = null, string? BaseColumn = null);
