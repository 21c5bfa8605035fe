namespace ZohoOdbc.Driver.Odbc;

/// <summary>SQL_HANDLE_* values.</summary>
internal enum HandleType : short
{
    Environment = 1,
    Connection = 2,
    Statement = 3,
    Descriptor = 4,
}
