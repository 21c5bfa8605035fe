using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// Parses one T-SQL statement with ScriptDom (SQL Server 2019 grammar, quoted identifiers on) and
/// returns it if it is a SELECT: syntax errors are 42000 with the parser's message and position; more
/// statements than one, or another kind of statement, are 0A000.
/// </summary>
internal static class StatementParser
{
    public static SelectStatement ParseSelect(string sql)
    {
        if (string.IsNullOrWhiteSpace(sql))
            throw new ZohoOdbcException(SqlStates.SyntaxError, "The statement is empty: send one SELECT statement.");

        var parser = new TSql150Parser(initialQuotedIdentifiers: true);
        TSqlFragment fragment;
        IList<ParseError> errors;
        using (var reader = new StringReader(sql))
            fragment = parser.Parse(reader, out errors);
        if (errors.Count > 0)
        {
            var first = errors[0];
            throw new ZohoOdbcException(SqlStates.SyntaxError, $"{first.Message} (line {first.Line}, column {first.Column})");
        }

        var statements = (fragment as TSqlScript)?.Batches.SelectMany(b => b.Statements).ToList() ?? [];
        if (statements.Count == 0)
            throw new ZohoOdbcException(SqlStates.SyntaxError, "The text holds no statement: send one SELECT statement.");
        if (statements.Count > 1)
            throw new ZohoOdbcException(SqlStates.FeatureNotSupported,
                $"The text holds {statements.Count} statements; ZohoOdbc runs one SELECT statement at a time.");

        return statements[0] switch
        {
            SelectStatement select => select,
            var other => throw new ZohoOdbcException(SqlStates.FeatureNotSupported, IsWrite(other)
                ? $"{UnsupportedSql.NameOf(other)} is not supported: ZohoOdbc is read-only."
                : $"{UnsupportedSql.NameOf(other)} is not supported: ZohoOdbc runs SELECT statements only."),
        };
    }

    private static bool IsWrite(TSqlStatement statement) =>
        statement is InsertStatement or UpdateStatement or DeleteStatement or MergeStatement or TruncateTableStatement
            or CreateTableStatement or AlterTableStatement or DropTableStatement or BulkInsertStatement;
}
