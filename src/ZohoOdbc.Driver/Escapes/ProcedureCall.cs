namespace ZohoOdbc.Driver.Escapes;

/// <summary>
/// <c>{call p(a, b)}</c> → <c>EXEC p a, b</c>, and <c>{?= call f(a)}</c> → <c>EXEC ? = f a</c>:
/// T-SQL's procedure call. The source has no procedures, so the engine answers such a call with
/// its own error; SQLNativeSql still shows the translation.
/// </summary>
internal static class ProcedureCall
{
    public static string Translate(string body, bool returnsValue)
    {
        var text = body.Trim();
        var open = text.IndexOf('(');
        string name, arguments;
        if (open < 0)
        {
            name = text;
            arguments = "";
        }
        else
        {
            var close = ArgumentList.MatchingParenthesis(text, open);
            name = text[..open].Trim();
            arguments = string.Join(", ", ArgumentList.Split(close < 0 ? text[(open + 1)..] : text[(open + 1)..close]));
        }
        var call = returnsValue ? $"EXEC ? = {name}" : $"EXEC {name}";
        return arguments.Length == 0 ? call : $"{call} {arguments}";
    }
}
