using System.Globalization;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Zoho.Auth;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// The stored procedures ZohoOdbc offers, callable as <c>EXEC name args</c> or <c>{CALL name(args)}</c>, for OAuth
/// set-up from any SQL tool: GetOAuthAuthorizationUrl(RedirectUri [, Scope [, State]]) gives Zoho's consent page URL,
/// GetOAuthAccessToken(Code, RedirectUri [, AccountsServer]) exchanges the code the redirect brought for a refresh token
/// (<see cref="OAuthHelper"/>). Arguments are constants or ? markers.
/// </summary>
internal static class StoredProcedures
{
    /// <summary>An argument: a constant, or the index of a ? marker.</summary>
    internal sealed record Argument(string? Name, string? Value, int? Parameter);

    internal sealed record Call(string Name, IReadOnlyList<Argument> Arguments);

    private sealed record Definition(string Name, string[] Arguments, int Required, IReadOnlyList<ResultColumn> Columns,
        Func<ConnectionSettings, string?[], object?[]> Run);

    private static readonly Definition[] Definitions =
    [
        new("GetOAuthAuthorizationUrl", ["RedirectUri", "Scope", "State"], 1,
            [new ResultColumn("authorization_url", SqlDataType.VarChar, 4000, 0, false)],
            (settings, args) => [OAuthHelper.AuthorizationUrl(settings, args[0]!, args[1], args[2])]),
        new("GetOAuthAccessToken", ["Code", "RedirectUri", "AccountsServer"], 2,
            [
                new ResultColumn("refresh_token", SqlDataType.VarChar, 255, 0, false),
                new ResultColumn("accounts_server", SqlDataType.VarChar, 255, 0, false),
                new ResultColumn("region", SqlDataType.VarChar, 8, 0, true),
                new ResultColumn("api_domain", SqlDataType.VarChar, 255, 0, true),
                new ResultColumn("scope", SqlDataType.VarChar, 4000, 0, true),
                new ResultColumn("stored", SqlDataType.Bit, 1, 0, false),
            ],
            (settings, args) =>
            {
                var grant = OAuthHelper.ExchangeCode(settings, args[0]!, args[1]!, args[2]);
                return [grant.RefreshToken, grant.AccountsServer, grant.Region, grant.ApiDomain, grant.Scope, grant.Stored];
            }),
    ];

    /// <summary>The ODBC call escape <c>{CALL name(args)}</c>, or null when the text is something else.</summary>
    public static Call? TryParseCall(string sql)
    {
        var tokens = SqlLexer.Tokenize(sql).Where(t => !t.IsTrivia).ToList();
        if (tokens.Count < 3 || !tokens[0].IsSymbol(sql, '{')) return null;
        var i = 1;
        if (tokens[i].IsSymbol(sql, '?'))
            throw UnsupportedSql.NotYet("{? = CALL ...}: ZohoOdbc's procedures return result sets, not return values");
        if (!tokens[i].IsWord(sql, "CALL")) return null;
        i++;
        if (i >= tokens.Count || tokens[i].Kind is not (SqlTokenKind.Word or SqlTokenKind.QuotedIdentifier))
            throw new ZohoOdbcException(SqlStates.SyntaxError, "{CALL} needs a procedure name.");
        var name = Unquote(tokens[i].Text(sql));
        i++;
        var arguments = new List<Argument>();
        var parameters = 0;
        if (i < tokens.Count && tokens[i].IsSymbol(sql, '('))
        {
            i++;
            while (i < tokens.Count && !tokens[i].IsSymbol(sql, ')'))
            {
                var token = tokens[i];
                var text = token.Text(sql);
                arguments.Add(token switch
                {
                    { Kind: SqlTokenKind.String } => new Argument(null, UnquoteString(text), null),
                    { Kind: SqlTokenKind.Number } => new Argument(null, text, null),
                    _ when token.IsWord(sql, "NULL") => new Argument(null, null, null),
                    _ when token.IsSymbol(sql, '?') => new Argument(null, null, parameters++),
                    _ => throw new ZohoOdbcException(SqlStates.SyntaxError, $"Incorrect syntax near '{text}' in {{CALL}}: arguments are constants or ?."),
                });
                i++;
                if (i < tokens.Count && tokens[i].IsSymbol(sql, ',')) i++;
            }
            if (i >= tokens.Count) throw new ZohoOdbcException(SqlStates.SyntaxError, "{CALL} is missing its closing parenthesis.");
            i++;
        }
        if (i >= tokens.Count || !tokens[i].IsSymbol(sql, '}') || tokens.Skip(i + 1).Any(t => !t.IsSymbol(sql, ';')))
            throw new ZohoOdbcException(SqlStates.SyntaxError, "{CALL} must end with } and stand alone.");
        return new Call(name, arguments);
    }

    /// <summary>EXEC name @Arg = value, ... as parsed by ScriptDom.</summary>
    public static Call FromExecute(ExecuteStatement execute, StatementText text)
    {
        if (execute.ExecuteSpecification.ExecutableEntity is not ExecutableProcedureReference { ProcedureReference.ProcedureReference: { } reference } procedure)
            throw UnsupportedSql.NotYet("EXECUTE of anything but a procedure");
        var name = reference.Name.BaseIdentifier.Value;
        var arguments = procedure.Parameters.Select(p =>
        {
            var argumentName = p.Variable?.Name.TrimStart('@');
            return p.ParameterValue switch
            {
                StringLiteral s => new Argument(argumentName, s.Value, null),
                IntegerLiteral n => new Argument(argumentName, n.Value, null),
                NullLiteral => new Argument(argumentName, null, null),
                VariableReference v when StatementText.ParameterIndex(v.Name) is { } index && index < text.ParameterCount => new Argument(argumentName, null, index),
                _ => throw new ZohoOdbcException(SqlStates.SyntaxError, $"The arguments of {name} are constants or ? markers."),
            };
        }).ToArray();
        return new Call(name, arguments);
    }

    public static PreparedQuery Prepare(Call call, ConnectionSettings settings)
    {
        var definition = Definitions.FirstOrDefault(d => string.Equals(d.Name, call.Name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ZohoOdbcException("42000",
                $"Could not find stored procedure '{call.Name}'. ZohoOdbc's procedures: {string.Join(", ", Definitions.Select(d => d.Name))}.");
        var slots = new (string? Value, int? Parameter)[definition.Arguments.Length];
        var position = 0;
        foreach (var argument in call.Arguments)
        {
            int index;
            if (argument.Name is { } named)
            {
                index = Array.FindIndex(definition.Arguments, a => string.Equals(a, named, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(a, named.Replace("_", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                    throw new ZohoOdbcException(SqlStates.SyntaxError,
                        $"{definition.Name} has no parameter @{named}; its parameters: {string.Join(", ", definition.Arguments.Select(a => "@" + a))}.");
            }
            else index = position++;
            if (index >= definition.Arguments.Length)
                throw new ZohoOdbcException(SqlStates.SyntaxError, $"{definition.Name} takes at most {definition.Arguments.Length} arguments.");
            slots[index] = (argument.Value, argument.Parameter);
        }
        return new ProcedureQuery(definition, slots, settings);
    }

    private sealed class ProcedureQuery(Definition definition, (string? Value, int? Parameter)[] slots, ConnectionSettings settings) : PreparedQuery
    {
        public override IReadOnlyList<ResultColumn> Columns => definition.Columns;

        public override IReadOnlyList<ParameterInfo> Parameters { get; } = slots.Where(s => s.Parameter is not null).OrderBy(s => s.Parameter)
            .Select(s => new ParameterInfo(s.Parameter!.Value, SqlDataType.VarChar, 4000, 0, true)).ToArray();

        public override IRowReader Execute(IReadOnlyList<object?> parameterValues, CancellationToken cancellationToken = default)
        {
            if (parameterValues.Count != Parameters.Count)
                throw new ZohoOdbcException("07002", $"The call has {Parameters.Count} parameter marker(s) but {parameterValues.Count} value(s) were given.");
            var args = slots.Select(s => s.Parameter is { } p ? Convert.ToString(parameterValues[p], CultureInfo.InvariantCulture) : s.Value).ToArray();
            for (var i = 0; i < definition.Required; i++)
                if (string.IsNullOrWhiteSpace(args[i]))
                    throw new ZohoOdbcException(SqlStates.SyntaxError, $"{definition.Name} needs @{definition.Arguments[i]}.");
            return new ListRowReader(definition.Columns, [definition.Run(settings, args)]);
        }
    }

    private static string Unquote(string identifier) =>
        identifier.Length >= 2 && identifier[0] is '"' or '[' ? identifier[1..^1] : identifier;

    private static string UnquoteString(string literal)
    {
        var start = literal[0] is 'N' or 'n' ? 2 : 1;
        return literal[start..^1].Replace("''", "'", StringComparison.Ordinal);
    }
}
