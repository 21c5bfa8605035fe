using System.Globalization;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Conversion;

/// <summary>Transfer to SQL_C_(TYPE_)DATE, TIME and TIMESTAMP structures, ODBC 2 codes included.</summary>
internal static unsafe class DateTimeTransfer
{
    private static readonly string[] TextFormats =
        ["yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "HH:mm:ss"];

    public static bool Handles(short cType) => cType is CType.Date or CType.TypeDate or CType.Time or CType.TypeTime
        or CType.Timestamp or CType.TypeTimestamp;

    public static TransferOutcome Write(object value, in CellTarget target)
    {
        var (moment, hasTime) = Read(value);
        switch (target.CType)
        {
            case CType.Date or CType.TypeDate:
                Store(target, new SqlDateStruct { Year = (short)moment.Year, Month = (ushort)moment.Month, Day = (ushort)moment.Day });
                return moment.TimeOfDay == TimeSpan.Zero ? TransferOutcome.Complete : TransferOutcome.FractionTruncated;
            case CType.Time or CType.TypeTime:
                if (!hasTime) throw new OdbcException(OdbcStates.RestrictedDataType, "A date has no time of day to convert.");
                Store(target, new SqlTimeStruct { Hour = (ushort)moment.Hour, Minute = (ushort)moment.Minute, Second = (ushort)moment.Second });
                return moment.Ticks % TimeSpan.TicksPerSecond == 0 ? TransferOutcome.Complete : TransferOutcome.FractionTruncated;
            default:
                Store(target, new SqlTimestampStruct
                {
                    Year = (short)moment.Year,
                    Month = (ushort)moment.Month,
                    Day = (ushort)moment.Day,
                    Hour = (ushort)moment.Hour,
                    Minute = (ushort)moment.Minute,
                    Second = (ushort)moment.Second,
                    Fraction = (uint)(moment.Ticks % TimeSpan.TicksPerSecond * 100),
                });
                return TransferOutcome.Complete;
        }
    }

    private static (DateTime Moment, bool HasTime) Read(object value) => value switch
    {
        DateOnly date => (date.ToDateTime(TimeOnly.MinValue), false),
        DateTime timestamp => (timestamp, true),
        string text when DateTime.TryParseExact(text.Trim(), TextFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => (parsed, true),
        string text => throw new OdbcException(OdbcStates.InvalidCharacterValue, $"The text '{text}' is not a date or timestamp."),
        _ => throw new OdbcException(OdbcStates.RestrictedDataType, $"A {value.GetType().Name} value cannot be converted to a date or time."),
    };

    private static void Store<T>(in CellTarget target, T value) where T : unmanaged
    {
        if (target.Data != null) *(T*)target.Data = value;
        target.SetLength(sizeof(T));
    }
}
