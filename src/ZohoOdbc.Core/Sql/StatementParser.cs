using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// Parses one T-SQL statement with ScriptDom (SQL Server 2019 grammar, quoted identifiers on) after
/// <see cref="StatementText"/> has replaced the ODBC-only syntax. Syntax errors are 42000 with the parser's message
/// and the line and column in the user's text; more statements than one are 0A000.
/// </summary>
internal static class StatementParser
{
    public static TSqlStatement Parse(StatementText text)
    {
        if (string.IsNullOrWhiteSpace(text.Rewritten))
            throw new ZohoOdbcException(SqlStates.SyntaxError, "The statement is empty: send one SELECT statement.");

        var parser = new TSql150Parser(initialQuotedIdentifiers: true);
        TSqlFragment fragment;
        IList<ParseError> errors;
        using (var reader = new StringReader(text.Rewritten))
            fragment = parser.Parse(reader, out errors);
        if (errors.Count > 0)
        {
            var first = errors[0];
            var (line, column) = text.OriginalPosition(first.Offset);
            throw new ZohoOdbcException(SqlStates.SyntaxError, $"{first.Message} (line {line}, column {column})");
        }

        var statements = (fragment as TSqlScript)?.Batches.SelectMany(b => b.Statements).ToList() ?? [];
        if (statements.Count == 0)
            throw new ZohoOdbcException(SqlStates.SyntaxError, "The text holds no statement: send one SELECT statement.");
        if (statements.Count > 1)
            throw new ZohoOdbcException(SqlStates.FeatureNotSupported,
                $"The text holds {statements.Count} statements; ZohoOdbc runs one SELECT statement at a time.");
        return statements[0];
    }

    /// <summary>The statement as a SELECT; any other kind is 0A000 (read-only for writes).</summary>
    public static SelectStatement RequireSelect(TSqlStatement statement) => statement switch
    {
        SelectStatement select => select,
        var other => throw new ZohoOdbcException(SqlStates.FeatureNotSupported, IsWrite(other)
            ? $"{UnsupportedSql.NameOf(other)} is not supported: ZohoOdbc is read-only."
            : $"{UnsupportedSql.NameOf(other)} is not supported: ZohoOdbc runs SELECT statements and the stored procedures it lists."),
    };

    private static bool IsWrite(TSqlStatement statement) =>
        statement is InsertStatement or UpdateStatement or DeleteStatement or MergeStatement or TruncateTableStatement
            or CreateTableStatement or AlterTableStatement or DropTableStatement or BulkInsertStatement;
}
