using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Info;

/// <summary>
/// SQL_CONVERT_&lt;type&gt; masks: which CAST targets work from a source type. Only the source types
/// Core produces have a mask; the targets are the type names Core's CAST accepts.
/// </summary>
internal static class ConvertMasks
{
    private const uint Char = 0x1, Numeric = 0x2, Decimal = 0x4, Integer = 0x8, SmallInt = 0x10, Float = 0x20,
        Real = 0x40, Double = 0x80, VarChar = 0x100, Bit = 0x1000, TinyInt = 0x2000, BigInt = 0x4000,
        Date = 0x8000, Timestamp = 0x20000, WChar = 0x200000, WVarChar = 0x800000;

    private const uint Text = Char | VarChar | WChar | WVarChar;
    private const uint Numbers = Numeric | Decimal | Integer | SmallInt | TinyInt | BigInt | Float | Real | Double | Bit;
    private const uint Dates = Date | Timestamp;

    public static uint For(ushort infoType) => infoType switch
    {
        InfoType.ConvertChar or InfoType.ConvertVarChar or InfoType.ConvertWChar or InfoType.ConvertWVarChar => Text | Numbers | Dates,
        InfoType.ConvertDecimal or InfoType.ConvertInteger or InfoType.ConvertBigInt or InfoType.ConvertDouble or InfoType.ConvertBit => Text | Numbers,
        InfoType.ConvertDate or InfoType.ConvertTimestamp => Text | Dates,
        _ => 0,
    };

    public static bool IsConvertInfo(ushort infoType) => infoType is
        (>= InfoType.ConvertBigInt and <= InfoType.ConvertLongVarBinary)
        or InfoType.ConvertWChar or InfoType.ConvertWVarChar or InfoType.ConvertWLongVarChar
        or InfoType.ConvertIntervalDayTime or InfoType.ConvertIntervalYearMonth or InfoType.ConvertGuid;
}
