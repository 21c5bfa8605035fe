namespace ZohoOdbc.Driver.Odbc;

/// <summary>Length and indicator sentinels, and the small flag values several functions share.</summary>
internal static class Sentinels
{
    public const int NullTerminated = -3;   // SQL_NTS
    public const int NullData = -1;         // SQL_NULL_DATA
    public const short True = 1;
    public const short False = 0;
    public const short NoNulls = 0;
    public const short Nullable = 1;
}
