namespace ZohoOdbc.Driver.Odbc;

/// <summary>SQLFreeStmt options.</summary>
internal enum FreeStmtOption : ushort
{
    Close = 0,
    Drop = 1,
    Unbind = 2,
    ResetParams = 3,
}
