using System.Text.RegularExpressions;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// Errors raised inside the engine's SQLite functions. SQLite keeps only an error's text, so the SQLSTATE travels in
/// it ("ZohoOdbc[22018] ...") and <see cref="SqliteRuntime.Translate"/> turns it back into a ZohoOdbcException.
/// </summary>
internal static partial class SqlFunctionError
{
    public static Exception Raise(string sqlState, string message) => new InvalidOperationException($"ZohoOdbc[{sqlState}] {message}");

    public static ZohoOdbcException? Recover(string sqliteMessage)
    {
        var match = Marker().Match(sqliteMessage);
        if (!match.Success) return null;
        var message = match.Groups[2].Value;
        // Microsoft.Data.Sqlite quotes SQLite's message ("SQLite Error 1: 'ZohoOdbc[22007] ...'."): only that closing
        // quote goes, never one of the message's own (a value quoted at its end).
        if (match.Index > 0 && sqliteMessage[match.Index - 1] == '\'')
        {
            if (message.EndsWith("'.", StringComparison.Ordinal)) message = message[..^2];
            else if (message.EndsWith('\'')) message = message[..^1];
        }
        message = message.TrimEnd();
        return new ZohoOdbcException(match.Groups[1].Value, message.EndsWith('.') ? message : message + ".");
    }

    [GeneratedRegex(@"ZohoOdbc\[(\w{5})\] (.*)", RegexOptions.Singleline)]
    private static partial Regex Marker();
}
