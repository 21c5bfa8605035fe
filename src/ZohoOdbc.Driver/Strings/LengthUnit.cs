namespace ZohoOdbc.Driver.Strings;

/// <summary>
/// How a function counts string lengths: in characters (SQLCHAR / SQLWCHAR units, e.g.
/// SQLDescribeColW) or in bytes (e.g. SQLGetInfoW, SQLColAttributeW, data buffers).
/// </summary>
internal enum LengthUnit
{
    Characters,
    Bytes,
}
