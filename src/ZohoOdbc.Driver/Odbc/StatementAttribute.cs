namespace ZohoOdbc.Driver.Odbc;

/// <summary>SQLSetStmtAttr / SQLGetStmtAttr attributes and values.</summary>
internal static class StatementAttribute
{
    public const int QueryTimeout = 0;
    public const int MaxRows = 1;
    public const int NoScan = 2;
    public const int MaxLength = 3;
    public const int AsyncEnable = 4;
    public const int RowBindType = 5;
    public const int CursorType = 6;
    public const int Concurrency = 7;
    public const int KeysetSize = 8;
    public const int RowsetSize = 9;
    public const int SimulateCursor = 10;
    public const int RetrieveData = 11;
    public const int UseBookmarks = 12;
    public const int RowNumber = 14;
    public const int EnableAutoIpd = 15;
    public const int FetchBookmarkPtr = 16;
    public const int ParamBindOffsetPtr = 17;
    public const int ParamBindType = 18;
    public const int ParamOperationPtr = 19;
    public const int ParamStatusPtr = 20;
    public const int ParamsProcessedPtr = 21;
    public const int ParamsetSize = 22;
    public const int RowBindOffsetPtr = 23;
    public const int RowOperationPtr = 24;
    public const int RowStatusPtr = 25;
    public const int RowsFetchedPtr = 26;
    public const int RowArraySize = 27;
    public const int CursorScrollable = -1;
    public const int CursorSensitivity = -2;
    public const int AppRowDesc = 10010;
    public const int AppParamDesc = 10011;
    public const int ImpRowDesc = 10012;
    public const int ImpParamDesc = 10013;
    public const int MetadataId = 10014;

    public const nuint CursorForwardOnly = 0;
    public const nuint ConcurReadOnly = 1;
    public const nuint NonScrollable = 0;
    public const nuint Unspecified = 0;
    public const nuint Insensitive = 1;
    public const nuint RetrieveOn = 1;
    public const nuint Off = 0;
}
