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
        var message = match.Groups[2].Value.TrimEnd('\'', '.', ' ');
        return new ZohoOdbcException(match.Groups[1].Value, message.EndsWith('.') ? message : message + ".");
    }

    [GeneratedRegex(@"ZohoOdbc\[(\w{5})\] (.*)", RegexOptions.Singleline)]
    private static partial Regex Marker();
}
