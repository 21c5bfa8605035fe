using System.Globalization;
using System.Text;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// The text of one statement made ready for ScriptDom, which knows neither ODBC's <c>?</c> markers nor
/// <c>EXPLAIN</c> nor a trailing <c>LIMIT n [OFFSET m]</c>. One lexer pass (strings, quoted identifiers and comments are
/// never touched) turns the n-th <c>?</c> into <c>@__pn</c>, blanks out a leading EXPLAIN and a trailing LIMIT clause, and
/// keeps a map from the rewritten text back to the user's, so parser errors point at what the user wrote.
/// </summary>
internal sealed class StatementText
{
    /// <summary>Prefix of the variables that stand for ? markers; the user's own text may not use it.</summary>
    public const string ParameterPrefix = "@__p";

    private readonly List<(int Rewritten, int Original, int Length)> segments;

    private StatementText(string original, string rewritten, List<(int, int, int)> segments)
    {
        Original = original;
        Rewritten = rewritten;
        this.segments = segments;
    }

    public string Original { get; }

    /// <summary>What the parser reads.</summary>
    public string Rewritten { get; }

    public int ParameterCount { get; private init; }

    public bool IsExplain { get; private init; }

    /// <summary>A trailing <c>LIMIT n</c>, applied after the query's own TOP/OFFSET.</summary>
    public long? Limit { get; private init; }

    public long? Offset { get; private init; }

    /// <summary>The parameter index (0-based) of a variable the rewriting introduced, or null for any other name.</summary>
    public static int? ParameterIndex(string variableName)
    {
        if (!variableName.StartsWith(ParameterPrefix, StringComparison.OrdinalIgnoreCase)) return null;
        return int.TryParse(variableName.AsSpan(ParameterPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1
            ? n - 1
            : null;
    }

    public static StatementText Read(string sql)
    {
        var tokens = SqlLexer.Tokenize(sql);
        var blank = new bool[tokens.Count];
        var isExplain = false;

        var first = NextSignificant(tokens, 0);
        if (first >= 0 && tokens[first].IsWord(sql, "EXPLAIN"))
        {
            isExplain = true;
            blank[first] = true;
        }

        var (limit, offset) = TrailingLimit(sql, tokens, blank);

        var text = new StringBuilder(sql.Length + 16);
        var segments = new List<(int, int, int)>();
        var parameters = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == SqlTokenKind.Variable && token.Text(sql).StartsWith(ParameterPrefix, StringComparison.OrdinalIgnoreCase))
                throw new ZohoOdbcException(SqlStates.FeatureNotSupported,
                    $"The name {token.Text(sql)} is reserved for ? parameter markers; variables are not supported.");
            string piece;
            if (blank[i]) piece = new string(' ', token.Length);
            else if (token.IsSymbol(sql, '?')) piece = ParameterPrefix + (++parameters).ToString(CultureInfo.InvariantCulture);
            else piece = token.Text(sql);
            segments.Add((text.Length, token.Start, piece.Length == token.Length ? token.Length : 1));
            text.Append(piece);
        }

        return new StatementText(sql, text.ToString(), segments)
        {
            ParameterCount = parameters,
            IsExplain = isExplain,
            Limit = limit,
            Offset = offset,
        };
    }

    /// <summary>Line and column (1-based) in the user's text of an offset in <see cref="Rewritten"/>.</summary>
    public (int Line, int Column) OriginalPosition(int rewrittenOffset)
    {
        var original = 0;
        foreach (var (rewritten, start, length) in segments)
        {
            if (rewritten > rewrittenOffset) break;
            original = start + Math.Min(rewrittenOffset - rewritten, Math.Max(length - 1, 0));
        }
        var line = 1;
        var column = 1;
        for (var i = 0; i < original && i < Original.Length; i++)
        {
            if (Original[i] == '\n') { line++; column = 1; }
            else column++;
        }
        return (line, column);
    }

    private static int NextSignificant(List<SqlToken> tokens, int from)
    {
        for (var i = from; i < tokens.Count; i++)
            if (!tokens[i].IsTrivia) return i;
        return -1;
    }

    /// <summary>
    /// Finds <c>LIMIT n [OFFSET m] [;]</c> at the very end, outside parentheses and braces, and marks it to be blanked.
    /// Anything else that looks like LIMIT is left to the parser, which reports it.
    /// </summary>
    private static (long? Limit, long? Offset) TrailingLimit(string sql, List<SqlToken> tokens, bool[] blank)
    {
        var significant = new List<int>();
        var depth = 0;
        var lastTopLevelStart = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsTrivia) continue;
            if (t.IsSymbol(sql, '(') || t.IsSymbol(sql, '{')) depth++;
            else if (t.IsSymbol(sql, ')') || t.IsSymbol(sql, '}')) depth--;
            if (depth == 0 && t.IsWord(sql, "LIMIT")) lastTopLevelStart = significant.Count;
            significant.Add(i);
        }
        if (lastTopLevelStart < 0) return (null, null);

        var rest = significant.Skip(lastTopLevelStart).Select(i => tokens[i]).ToList();
        if (rest.Count > 0 && rest[^1].IsSymbol(sql, ';')) rest.RemoveAt(rest.Count - 1);
        long? limit = null, offset = null;
        if (rest.Count == 2 && Number(sql, rest[1]) is { } n) limit = n;
        else if (rest.Count == 4 && Number(sql, rest[1]) is { } l && rest[2].IsWord(sql, "OFFSET") && Number(sql, rest[3]) is { } o)
        {
            limit = l;
            offset = o;
        }
        else return (null, null);

        var first = significant[lastTopLevelStart];
        for (var i = first; i < tokens.Count; i++)
            if (!tokens[i].IsSymbol(sql, ';')) blank[i] = true;
        return (limit, offset);
    }

    private static long? Number(string sql, SqlToken token) =>
        token.Kind == SqlTokenKind.Number && long.TryParse(token.Text(sql), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
