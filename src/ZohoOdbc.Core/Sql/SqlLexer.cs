namespace ZohoOdbc.Core.Sql;

/// <summary>The kinds of token <see cref="SqlLexer"/> tells apart: just enough to rewrite text outside literals safely.</summary>
internal enum SqlTokenKind { Space, Comment, String, QuotedIdentifier, Word, Number, Variable, Symbol }

/// <summary>One token: its kind and where it sits in the text.</summary>
internal readonly record struct SqlToken(SqlTokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    public string Text(string sql) => sql.Substring(Start, Length);

    public bool IsWord(string sql, string word) =>
        Kind == SqlTokenKind.Word && string.Compare(sql, Start, word, 0, Math.Max(Length, word.Length), StringComparison.OrdinalIgnoreCase) == 0
        && Length == word.Length;

    public bool IsSymbol(string sql, char symbol) => Kind == SqlTokenKind.Symbol && Length == 1 && sql[Start] == symbol;

    public bool IsTrivia => Kind is SqlTokenKind.Space or SqlTokenKind.Comment;
}

/// <summary>
/// Splits T-SQL text into tokens the way SQL Server reads it: 'strings' (with '' inside, N'...'), "quoted" and
/// [bracketed] identifiers, -- and nested /* */ comments, words, numbers, @variables and single-character symbols.
/// Used to find ? markers, EXPLAIN and a trailing LIMIT without touching the inside of literals or comments.
/// An unterminated literal or comment runs to the end of the text (the parser then reports it).
/// </summary>
internal static class SqlLexer
{
    public static List<SqlToken> Tokenize(string sql)
    {
        var tokens = new List<SqlToken>();
        var i = 0;
        while (i < sql.Length)
        {
            var start = i;
            var c = sql[i];
            SqlTokenKind kind;
            if (char.IsWhiteSpace(c))
            {
                while (i < sql.Length && char.IsWhiteSpace(sql[i])) i++;
                kind = SqlTokenKind.Space;
            }
            else if (c == '-' && At(sql, i + 1) == '-')
            {
                while (i < sql.Length && sql[i] != '\n') i++;
                kind = SqlTokenKind.Comment;
            }
            else if (c == '/' && At(sql, i + 1) == '*')
            {
                // T-SQL block comments nest.
                var depth = 0;
                while (i < sql.Length)
                {
                    if (sql[i] == '/' && At(sql, i + 1) == '*') { depth++; i += 2; }
                    else if (sql[i] == '*' && At(sql, i + 1) == '/') { depth--; i += 2; if (depth == 0) break; }
                    else i++;
                }
                kind = SqlTokenKind.Comment;
            }
            else if (c == '\'' || ((c == 'N' || c == 'n') && At(sql, i + 1) == '\''))
            {
                if (c != '\'') i++;
                i = SkipQuoted(sql, i, '\'');
                kind = SqlTokenKind.String;
            }
            else if (c == '"')
            {
                i = SkipQuoted(sql, i, '"');
                kind = SqlTokenKind.QuotedIdentifier;
            }
            else if (c == '[')
            {
                i = SkipQuoted(sql, i, ']');
                kind = SqlTokenKind.QuotedIdentifier;
            }
            else if (c == '@')
            {
                i++;
                while (i < sql.Length && IsWordChar(sql[i])) i++;
                kind = SqlTokenKind.Variable;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(At(sql, i + 1))))
            {
                while (i < sql.Length && (char.IsAsciiLetterOrDigit(sql[i]) || sql[i] == '.')) i++;
                kind = SqlTokenKind.Number;
            }
            else if (IsWordChar(c))
            {
                while (i < sql.Length && IsWordChar(sql[i])) i++;
                kind = SqlTokenKind.Word;
            }
            else
            {
                i++;
                kind = SqlTokenKind.Symbol;
            }
            tokens.Add(new SqlToken(kind, start, i - start));
        }
        return tokens;
    }

    private static char At(string sql, int index) => index < sql.Length ? sql[index] : '\0';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '#' or '$';

    /// <summary>Skips a literal opened at <paramref name="open"/>; the closing character doubled stands for itself.</summary>
    private static int SkipQuoted(string sql, int open, char close)
    {
        var i = open + 1;
        while (i < sql.Length)
        {
            if (sql[i] == close)
            {
                if (At(sql, i + 1) == close) { i += 2; continue; }
                return i + 1;
            }
            i++;
        }
        return i;
    }
}
