using System.Text;

namespace ZohoOdbc.Driver.Escapes;

/// <summary>
/// SQLNativeSql: writes ODBC escape sequences out in plain T-SQL — date, time and timestamp
/// literals, scalar functions, outer joins, procedure calls, LIKE escapes and intervals, nested or
/// not, in both the <c>{…}</c> and the <c>--(*vendor(…),product(…) …*)--</c> forms. Text inside
/// string literals, quoted identifiers and comments is copied unchanged, and so is an escape the
/// driver does not know. Statements themselves go to Core as written — its parser reads the
/// escapes natively, with ODBC's own semantics.
/// </summary>
internal static class EscapeTranslator
{
    private const string VendorOpen = "--(*vendor(";
    private const string VendorClose = "*)--";

    /// <summary>Every escape, for SQLNativeSql.</summary>
    public static string Translate(string sql)
    {
        if (sql.IndexOf('{') < 0 && sql.IndexOf(VendorOpen, StringComparison.OrdinalIgnoreCase) < 0) return sql;
        var output = new StringBuilder(sql.Length);
        var position = 0;
        CopyUntil(sql, ref position, output, Closer.None);
        return output.ToString();
    }

    /// <summary>What ends the text being copied: the end of the statement, a brace, or the vendor form's <c>*)--</c>.</summary>
    private enum Closer { None, Brace, Vendor }

    /// <summary>
    /// Copies SQL text to <paramref name="output"/>, translating the escapes met on the way, until
    /// the end or (inside an escape) its closer, which is consumed but not copied.
    /// </summary>
    private static void CopyUntil(string sql, ref int position, StringBuilder output, Closer closer)
    {
        while (position < sql.Length)
        {
            var c = sql[position];
            if (closer == Closer.Brace && c == '}')
            {
                position++;
                return;
            }
            if (c == '{')
            {
                position++;
                TranslateEscape(sql, ref position, output, vendorForm: false);
                continue;
            }
            if (c == '-' && string.Compare(sql, position, VendorOpen, 0, VendorOpen.Length, StringComparison.OrdinalIgnoreCase) == 0
                && VendorBody(sql, position) is { } bodyStart)
            {
                position = bodyStart;
                TranslateEscape(sql, ref position, output, vendorForm: true);
                continue;
            }
            if (closer == Closer.Vendor && c == '*' && string.CompareOrdinal(sql, position, VendorClose, 0, VendorClose.Length) == 0)
            {
                position += VendorClose.Length;
                return;
            }
            CopyToken(sql, ref position, output);
        }
    }

    /// <summary>Copies one token: a quoted literal, identifier or comment whole, otherwise one character.</summary>
    private static void CopyToken(string sql, ref int position, StringBuilder output)
    {
        var start = position;
        var c = sql[position];
        switch (c)
        {
            case '\'' or '"':
                position = QuotedEnd(sql, position, c);
                break;
            case '[':
                position = QuotedEnd(sql, position, ']');
                break;
            case '-' when position + 1 < sql.Length && sql[position + 1] == '-' && !IsVendorStart(sql, position):
                var newline = sql.IndexOf('\n', position);
                position = newline < 0 ? sql.Length : newline + 1;
                break;
            case '/' when position + 1 < sql.Length && sql[position + 1] == '*':
                var close = sql.IndexOf("*/", position + 2, StringComparison.Ordinal);
                position = close < 0 ? sql.Length : close + 2;
                break;
            default:
                position++;
                break;
        }
        output.Append(sql, start, position - start);
    }

    /// <summary>The position after a literal or identifier quoted by <paramref name="quote"/> (a doubled quote stays inside).</summary>
    private static int QuotedEnd(string sql, int start, char quote)
    {
        var close = quote == '[' ? ']' : quote;
        var position = start + 1;
        while (position < sql.Length)
        {
            if (sql[position] == close)
            {
                if (position + 1 < sql.Length && sql[position + 1] == close) { position += 2; continue; }
                return position + 1;
            }
            position++;
        }
        return sql.Length;
    }

    private static bool IsVendorStart(string sql, int position) =>
        string.Compare(sql, position, VendorOpen, 0, VendorOpen.Length, StringComparison.OrdinalIgnoreCase) == 0 && VendorBody(sql, position) is not null;

    /// <summary>Where the body of <c>--(*vendor(Microsoft),product(ODBC) body *)--</c> starts; null when it is not that form.</summary>
    private static int? VendorBody(string sql, int position)
    {
        var vendorEnd = sql.IndexOf(')', position + VendorOpen.Length);
        if (vendorEnd < 0) return null;
        var rest = vendorEnd + 1;
        const string product = ",product(";
        if (string.Compare(sql, rest, product, 0, product.Length, StringComparison.OrdinalIgnoreCase) != 0) return null;
        var productEnd = sql.IndexOf(')', rest + product.Length);
        return productEnd < 0 ? null : productEnd + 1;
    }

    /// <summary>Reads the escape's keyword and body (up to its closing brace) and writes its translation.</summary>
    private static void TranslateEscape(string sql, ref int position, StringBuilder output, bool vendorForm)
    {
        SkipSpace(sql, ref position);
        var keywordStart = position;
        if (position < sql.Length && sql[position] == '?')
        {
            // {?= call proc(...)}
            position++;
            SkipSpace(sql, ref position);
            if (position < sql.Length && sql[position] == '=') position++;
            SkipSpace(sql, ref position);
            var callWord = ReadWord(sql, ref position);
            if (!callWord.Equals("call", StringComparison.OrdinalIgnoreCase))
            {
                Unknown(sql, keywordStart, ref position, output, vendorForm);
                return;
            }
            output.Append(ProcedureCall.Translate(Body(sql, ref position, vendorForm), returnsValue: true));
            return;
        }

        var keyword = ReadWord(sql, ref position);
        switch (keyword.ToLowerInvariant())
        {
            case "d":
                output.Append("CAST(").Append(Body(sql, ref position, vendorForm).Trim()).Append(" AS date)");
                return;
            case "ts":
                output.Append("CAST(").Append(Body(sql, ref position, vendorForm).Trim()).Append(" AS datetime)");
                return;
            case "t":
                output.Append("CAST(").Append(Body(sql, ref position, vendorForm).Trim()).Append(" AS time)");
                return;
            case "fn":
                output.Append(ScalarFunctionMap.Translate(Body(sql, ref position, vendorForm).Trim()));
                return;
            case "oj":
                output.Append(Body(sql, ref position, vendorForm).Trim());
                return;
            case "call":
                output.Append(ProcedureCall.Translate(Body(sql, ref position, vendorForm), returnsValue: false));
                return;
            case "escape":
                output.Append("ESCAPE ").Append(Body(sql, ref position, vendorForm).Trim());
                return;
            case "interval":
                output.Append("INTERVAL ").Append(Body(sql, ref position, vendorForm).Trim());
                return;
            default:
                Unknown(sql, keywordStart, ref position, output, vendorForm);
                return;
        }
    }

    /// <summary>The rest of an escape, its own nested escapes translated, up to and without the closing brace.</summary>
    private static string Body(string sql, ref int position, bool vendorForm)
    {
        var body = new StringBuilder();
        CopyUntil(sql, ref position, body, vendorForm ? Closer.Vendor : Closer.Brace);
        return body.ToString();
    }

    /// <summary>An escape the driver does not know (or leaves to Core) is kept as written, braces included.</summary>
    private static void Unknown(string sql, int keywordStart, ref int position, StringBuilder output, bool vendorForm)
    {
        position = keywordStart;
        var body = Body(sql, ref position, vendorForm);
        output.Append(vendorForm ? "--(*vendor(Microsoft),product(ODBC) " : "{").Append(body).Append(vendorForm ? " *)--" : "}");
    }

    private static string ReadWord(string sql, ref int position)
    {
        var start = position;
        while (position < sql.Length && (char.IsLetterOrDigit(sql[position]) || sql[position] == '_')) position++;
        return sql[start..position];
    }

    private static void SkipSpace(string sql, ref int position)
    {
        while (position < sql.Length && char.IsWhiteSpace(sql[position])) position++;
    }
}
