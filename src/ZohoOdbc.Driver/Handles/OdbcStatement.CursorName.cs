using System.Globalization;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Handles;

/// <summary>
/// SQLGetCursorName / SQLSetCursorName. The cursor is read-only, so the name is never used in a
/// positioned statement, but applications may still name it and read the name back.
/// </summary>
internal sealed partial class OdbcStatement
{
    /// <summary>SQL_MAX_CURSOR_NAME_LEN.</summary>
    public const int MaxCursorNameLength = 18;

    private static int generatedNames;
    private string? cursorName;

    /// <summary>The name set by the application, or one generated for it ("SQL_CUR" and a number).</summary>
    public string CursorName => cursorName ??= "SQL_CUR" + Interlocked.Increment(ref generatedNames).ToString(CultureInfo.InvariantCulture);

    public unsafe short GetCursorName(OdbcText text, void* name, short capacity, short* length)
    {
        RequireNoPendingData();
        if (capacity < 0) throw new OdbcException(OdbcStates.InvalidStringLength, "The buffer length is negative.");
        text.Write(CursorName, name, capacity, LengthUnit.Characters, length, Diagnostics);
        return SqlReturn.Success;
    }

    public short SetCursorName(string? name)
    {
        RequireNoPendingData();
        if (name is null) throw new OdbcException(OdbcStates.InvalidNullPointer, "The cursor name is a null pointer.");
        if (cursor is not null) throw new OdbcException(OdbcStates.InvalidCursorState, "A cursor is open: its name cannot change.");
        if (name.Length == 0 || name.Length > MaxCursorNameLength || !IsIdentifier(name)
            || name.StartsWith("SQLCUR", StringComparison.OrdinalIgnoreCase) || name.StartsWith("SQL_CUR", StringComparison.OrdinalIgnoreCase))
            throw new OdbcException(OdbcStates.InvalidCursorName, $"'{name}' is not a valid cursor name (an identifier of at most {MaxCursorNameLength} characters not starting with SQLCUR or SQL_CUR).");
        if (Connection.HasCursorNamed(name, this))
            throw new OdbcException(OdbcStates.DuplicateCursorName, $"Another statement of the connection already uses the cursor name '{name}'.");
        cursorName = name;
        return SqlReturn.Success;
    }

    private static bool IsIdentifier(string name) => char.IsLetter(name[0]) && name.All(c => char.IsLetterOrDigit(c) || c == '_');
}
