namespace ZohoOdbc.Driver.Conversion;

/// <summary>The precision and scale an application set in its ARD for SQL_C_NUMERIC.</summary>
internal readonly record struct NumericFormat(short Precision, short Scale);
