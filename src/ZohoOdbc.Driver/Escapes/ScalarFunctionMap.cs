namespace ZohoOdbc.Driver.Escapes;

/// <summary>
/// <c>{fn NAME(args)}</c> → the T-SQL spelling (Appendix E's names to SQL Server's): UCASE →
/// UPPER, LENGTH → LEN, IFNULL → ISNULL, TIMESTAMPADD(SQL_TSI_DAY, …) → DATEADD(day, …),
/// CONVERT(x, SQL_INTEGER) → CAST(x AS int), …. A function with the same name in both (ABS,
/// ROUND, YEAR, …) or one not listed keeps its name. Whether the engine runs a function is the
/// SQLGetInfo masks' business: they advertise only what it runs.
/// </summary>
internal static class ScalarFunctionMap
{
    private static readonly Dictionary<string, Func<IReadOnlyList<string>, string?>> Rules = new(StringComparer.OrdinalIgnoreCase)
    {
        // String functions.
        ["UCASE"] = a => Call("UPPER", a),
        ["LCASE"] = a => Call("LOWER", a),
        ["LENGTH"] = a => Call("LEN", a),
        ["CHAR_LENGTH"] = a => Call("LEN", a),
        ["CHARACTER_LENGTH"] = a => Call("LEN", a),
        ["OCTET_LENGTH"] = a => Call("DATALENGTH", a),
        ["LOCATE"] = a => Call("CHARINDEX", a),
        ["REPEAT"] = a => Call("REPLICATE", a),
        ["INSERT"] = a => a.Count == 4 ? $"STUFF({a[0]}, {a[1]}, {a[2]}, {a[3]})" : null,
        ["POSITION"] = a => a.Count == 1 && SplitKeyword(a[0], "IN") is { } parts ? $"CHARINDEX({parts.Left}, {parts.Right})" : null,

        // Numeric functions.
        ["ATAN2"] = a => Call("ATN2", a),
        ["MOD"] = a => a.Count == 2 ? $"(({a[0]}) % ({a[1]}))" : null,
        ["TRUNCATE"] = a => a.Count == 2 ? $"ROUND({a[0]}, {a[1]}, 1)" : null,
        ["CEIL"] = a => Call("CEILING", a),

        // Date and time functions.
        ["CURDATE"] = a => a.Count == 0 ? "CAST(GETDATE() AS date)" : null,
        ["CURRENT_DATE"] = a => a.Count == 0 ? "CAST(GETDATE() AS date)" : null,
        ["CURTIME"] = a => a.Count == 0 ? "CONVERT(varchar(8), GETDATE(), 108)" : null,
        ["CURRENT_TIME"] = a => a.Count <= 1 ? "CONVERT(varchar(8), GETDATE(), 108)" : null,
        ["NOW"] = a => a.Count == 0 ? "GETDATE()" : null,
        ["CURRENT_TIMESTAMP"] = a => a.Count <= 1 ? "GETDATE()" : null,
        ["DAYOFMONTH"] = a => Call("DAY", a),
        ["DAYOFWEEK"] = a => DatePart("weekday", a),
        ["DAYOFYEAR"] = a => DatePart("dayofyear", a),
        ["HOUR"] = a => DatePart("hour", a),
        ["MINUTE"] = a => DatePart("minute", a),
        ["SECOND"] = a => DatePart("second", a),
        ["QUARTER"] = a => DatePart("quarter", a),
        ["WEEK"] = a => DatePart("week", a),
        ["DAYNAME"] = a => a.Count == 1 ? $"DATENAME(weekday, {a[0]})" : null,
        ["MONTHNAME"] = a => a.Count == 1 ? $"DATENAME(month, {a[0]})" : null,
        ["EXTRACT"] = a => a.Count == 1 && SplitKeyword(a[0], "FROM") is { } parts && DateParts.Extract(parts.Left) is { } part
            ? $"DATEPART({part}, {parts.Right})"
            : null,
        ["TIMESTAMPADD"] = a => a.Count == 3 && DateParts.Interval(a[0]) is { } part ? $"DATEADD({part}, {a[1]}, {a[2]})" : null,
        ["TIMESTAMPDIFF"] = a => a.Count == 3 && DateParts.Interval(a[0]) is { } part ? $"DATEDIFF({part}, {a[1]}, {a[2]})" : null,

        // System functions.
        ["IFNULL"] = a => Call("ISNULL", a),
        // The catalog is the database; the connection has no user name (OAuth grants belong to an organization).
        ["DATABASE"] = a => a.Count == 0 ? $"N'{Catalog.CatalogNames.Catalog}'" : null,
        ["USER"] = a => a.Count == 0 ? "N''" : null,

        // Conversion.
        ["CONVERT"] = a => a.Count == 2 && ConvertTypes.TSqlName(a[1]) is { } type ? $"CAST({a[0]} AS {type})" : null,
    };

    /// <summary>Translates the body of a <c>{fn …}</c> escape (its own nested escapes already translated).</summary>
    public static string Translate(string body)
    {
        var nameEnd = 0;
        while (nameEnd < body.Length && (char.IsLetterOrDigit(body[nameEnd]) || body[nameEnd] == '_')) nameEnd++;
        var name = body[..nameEnd];
        var rest = body[nameEnd..].TrimStart();
        IReadOnlyList<string> arguments = [];
        var trailing = "";
        if (rest.StartsWith('('))
        {
            var close = ArgumentList.MatchingParenthesis(rest, 0);
            if (close < 0) return body;
            arguments = ArgumentList.Split(rest[1..close]);
            trailing = rest[(close + 1)..];
        }
        else if (rest.Length > 0)
        {
            return body;
        }

        if (!Rules.TryGetValue(name, out var rule)) return body;
        return rule(arguments) is { } translated ? translated + trailing : body;
    }

    private static string Call(string name, IReadOnlyList<string> arguments) => $"{name}({string.Join(", ", arguments)})";

    private static string? DatePart(string part, IReadOnlyList<string> arguments) =>
        arguments.Count == 1 ? $"DATEPART({part}, {arguments[0]})" : null;

    /// <summary>Splits "a IN b" / "YEAR FROM x" at the keyword outside parentheses and quotes.</summary>
    private static (string Left, string Right)? SplitKeyword(string text, string keyword)
    {
        var at = ArgumentList.FindKeyword(text, keyword);
        return at < 0 ? null : (text[..at].Trim(), text[(at + keyword.Length)..].Trim());
    }
}
