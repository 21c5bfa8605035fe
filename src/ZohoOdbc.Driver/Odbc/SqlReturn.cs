namespace ZohoOdbc.Driver.Odbc;

/// <summary>SQLRETURN values (sql.h).</summary>
internal static class SqlReturn
{
    public const short Success = 0;
    public const short SuccessWithInfo = 1;
    public const short NeedData = 99;
    public const short NoData = 100;
    public const short Error = -1;
    public const short InvalidHandle = -2;
}
