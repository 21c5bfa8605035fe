namespace ZohoOdbc.Driver.Escapes;

/// <summary>Splitting an escape's argument list at top-level commas, skipping quotes and nested parentheses.</summary>
internal static class ArgumentList
{
    public static IReadOnlyList<string> Split(string text)
    {
        var arguments = new List<string>();
        if (text.Trim().Length == 0) return arguments;
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\'' or '"' or '[': i = SkipQuoted(text, i) - 1; break;
                case '(': depth++; break;
                case ')': depth--; break;
                case ',' when depth == 0:
                    arguments.Add(text[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }
        arguments.Add(text[start..].Trim());
        return arguments;
    }

    /// <summary>The index of the parenthesis closing the one at <paramref name="open"/>; -1 when unbalanced.</summary>
    public static int MatchingParenthesis(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\'' or '"' or '[': i = SkipQuoted(text, i) - 1; break;
                case '(': depth++; break;
                case ')' when --depth == 0: return i;
            }
        }
        return -1;
    }

    /// <summary>The index of <paramref name="keyword"/> as a whole word at depth 0; -1 when absent.</summary>
    public static int FindKeyword(string text, string keyword)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\'' or '"' or '[': i = SkipQuoted(text, i) - 1; continue;
                case '(': depth++; continue;
                case ')': depth--; continue;
            }
            if (depth == 0 && i + keyword.Length <= text.Length
                && string.Compare(text, i, keyword, 0, keyword.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (i == 0 || !IsWordChar(text[i - 1]))
                && (i + keyword.Length == text.Length || !IsWordChar(text[i + keyword.Length])))
                return i;
        }
        return -1;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static int SkipQuoted(string text, int start)
    {
        var close = text[start] == '[' ? ']' : text[start];
        var i = start + 1;
        while (i < text.Length)
        {
            if (text[i] == close)
            {
                if (i + 1 < text.Length && text[i + 1] == close) { i += 2; continue; }
                return i + 1;
            }
            i++;
        }
        return text.Length;
    }
}
