using Microsoft.SqlServer.TransactSql.ScriptDom;
using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// Session.Prepare's pipeline: the ODBC-only syntax is rewritten (<see cref="StatementText"/>), the text parsed by
/// ScriptDom, then either bound as a SELECT (with EXPLAIN and a trailing LIMIT) or recognized as one of the stored
/// procedures. No API call is made, except to discover the custom fields of a table named for the first time in the session.
/// </summary>
internal static class QueryCompiler
{
    public static PreparedQuery Prepare(string sql, EntityCatalog catalog, QueryExecutor executor, ConnectionSettings settings,
        CustomFieldCatalog? customFields = null)
    {
        if (StoredProcedures.TryParseCall(sql) is { } call) return StoredProcedures.Prepare(call, settings);
        var text = StatementText.Read(sql);
        var statement = StatementParser.Parse(text);
        if (statement is ExecuteStatement execute)
        {
            if (text.IsExplain) throw new ZohoOdbcException(SqlStates.FeatureNotSupported, "EXPLAIN applies to SELECT statements, not to EXECUTE.");
            return StoredProcedures.Prepare(StoredProcedures.FromExecute(execute, text), settings);
        }
        var select = StatementParser.RequireSelect(statement);
        var trailing = text.Limit is null ? null : new RowWindow(text.Limit, text.Offset);
        var bound = new QueryBinder(new BindContext(catalog, text.ParameterCount, customFields)).BindStatement(select, trailing);
        return new PlannedQuery(bound, text.IsExplain, executor, catalog);
    }
}
