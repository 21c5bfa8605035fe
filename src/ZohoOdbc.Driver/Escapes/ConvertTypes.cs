namespace ZohoOdbc.Driver.Escapes;

/// <summary>The SQL_xxx type names of <c>{fn CONVERT(value, SQL_xxx)}</c> as T-SQL CAST types.</summary>
internal static class ConvertTypes
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SQL_CHAR"] = "varchar",
        ["SQL_VARCHAR"] = "varchar",
        ["SQL_LONGVARCHAR"] = "varchar",
        ["SQL_WCHAR"] = "nvarchar",
        ["SQL_WVARCHAR"] = "nvarchar",
        ["SQL_WLONGVARCHAR"] = "nvarchar",
        // ODBC's CONVERT has no precision: keep room for every amount's digits.
        ["SQL_DECIMAL"] = "decimal(38, 10)",
        ["SQL_NUMERIC"] = "decimal(38, 10)",
        ["SQL_INTEGER"] = "int",
        ["SQL_SMALLINT"] = "smallint",
        ["SQL_TINYINT"] = "tinyint",
        ["SQL_BIGINT"] = "bigint",
        ["SQL_REAL"] = "real",
        ["SQL_FLOAT"] = "float",
        ["SQL_DOUBLE"] = "float",
        ["SQL_BIT"] = "bit",
        ["SQL_DATE"] = "date",
        ["SQL_TYPE_DATE"] = "date",
        ["SQL_TIMESTAMP"] = "datetime",
        ["SQL_TYPE_TIMESTAMP"] = "datetime",
        ["SQL_GUID"] = "uniqueidentifier",
    };

    public static string? TSqlName(string odbcName) => Names.GetValueOrDefault(odbcName.Trim());
}
