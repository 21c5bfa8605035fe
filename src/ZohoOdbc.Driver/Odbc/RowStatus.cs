namespace ZohoOdbc.Driver.Odbc;

/// <summary>Values of the row status array (SQL_ATTR_ROW_STATUS_PTR).</summary>
internal static class RowStatus
{
    public const ushort Success = 0;
    public const ushort NoRow = 3;
    public const ushort Error = 5;
    public const ushort SuccessWithInfo = 6;
}
