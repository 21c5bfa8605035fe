namespace ZohoOdbc.Core.Sql;

/// <summary>
/// An uncorrelated subquery whose values can steer pushdown: <c>customer_id IN (SELECT ...)</c> or
/// <c>invoice_id = (SELECT ...)</c>. Its tables are read first; its values then act as an IN list or a constant
/// (a key lookup, a filter parameter), before the table it filters is read. <see cref="Sql"/> selects one column.
/// </summary>
internal sealed record SubqueryValues(string Sql, SqlTypeInfo Type, IReadOnlyList<TableInstance> Instances);
