namespace ZohoOdbc.Driver.Odbc;

/// <summary>SQLGetDiagField identifiers: header fields, then record fields.</summary>
internal static class DiagField
{
    public const short ReturnCode = 1;
    public const short Number = 2;
    public const short RowCount = 3;
    public const short DynamicFunction = 7;
    public const short DynamicFunctionCode = 12;
    public const short CursorRowCount = -1249;

    public const short SqlState = 4;
    public const short Native = 5;
    public const short MessageText = 6;
    public const short ClassOrigin = 8;
    public const short SubclassOrigin = 9;
    public const short ConnectionName = 10;
    public const short ServerName = 11;
    public const short RowNumber = -1248;
    public const short ColumnNumber = -1247;

    public const int SelectCursor = 85;          // SQL_DIAG_SELECT_CURSOR
    public const int UnknownStatement = 0;
    public const int NoRowNumber = -1;
    public const int NoColumnNumber = -1;
}
