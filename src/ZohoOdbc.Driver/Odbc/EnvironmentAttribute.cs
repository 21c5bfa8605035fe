namespace ZohoOdbc.Driver.Odbc;

/// <summary>SQLSetEnvAttr / SQLGetEnvAttr attributes and values.</summary>
internal static class EnvironmentAttribute
{
    public const int OdbcVersion = 200;
    public const int ConnectionPooling = 201;
    public const int CpMatch = 202;
    public const int OutputNts = 10001;
    /// <summary>iODBC asks which Unicode encoding the driver's W functions use.</summary>
    public const int DriverUnicodeType = 1065;

    public const int OdbcVersion2 = 2;
    public const int OdbcVersion3 = 3;
    public const int OdbcVersion380 = 380;
    public const int UnicodeTypeUtf16 = 1;
}
