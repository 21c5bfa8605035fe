using System.Globalization;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Conversion;

/// <summary>
/// Transfer to SQL_C_(TYPE_)DATE, TIME and TIMESTAMP structures, ODBC 2 codes included, as
/// Appendix D says: a timestamp's time dropped into a date or its date dropped into a time is
/// 01S07 when something non-zero is lost; a date has no time (07006); text must be a date, time
/// or timestamp literal (22018); numbers are 07006.
/// </summary>
internal static unsafe class DateTimeTransfer
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d"];
    private static readonly string[] TimeFormats = ["HH:mm:ss", "HH:mm:ss.FFFFFFF", "HH:mm"];
    private static readonly string[] TimestampFormats =
        ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm"];

    private enum Kind { Date, Time, Timestamp }

    public static bool Handles(short cType) => cType is CType.Date or CType.TypeDate or CType.Time or CType.TypeTime
        or CType.Timestamp or CType.TypeTimestamp;

    public static TransferOutcome Write(object value, in CellTarget target)
    {
        var (moment, kind) = Read(value);
        switch (target.CType)
        {
            case CType.Date or CType.TypeDate:
                if (kind == Kind.Time) throw new OdbcException(OdbcStates.InvalidCharacterValue, "A time of day is not a date.");
                Store(target, new SqlDateStruct { Year = (short)moment.Year, Month = (ushort)moment.Month, Day = (ushort)moment.Day });
                return moment.TimeOfDay == TimeSpan.Zero ? TransferOutcome.Complete : TransferOutcome.FractionTruncated;
            case CType.Time or CType.TypeTime:
                if (kind == Kind.Date)
                    throw value is string
                        ? new OdbcException(OdbcStates.InvalidCharacterValue, "A date has no time of day.")
                        : new OdbcException(OdbcStates.RestrictedDataType, "A date has no time of day to convert.");
                Store(target, new SqlTimeStruct { Hour = (ushort)moment.Hour, Minute = (ushort)moment.Minute, Second = (ushort)moment.Second });
                return moment.Ticks % TimeSpan.TicksPerSecond == 0 ? TransferOutcome.Complete : TransferOutcome.FractionTruncated;
            default:
                // A time alone takes the current date, as the specification says.
                if (kind == Kind.Time) moment = DateTime.Today.Add(moment.TimeOfDay);
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

    private static (DateTime Moment, Kind Kind) Read(object value) => value switch
    {
        DateOnly date => (date.ToDateTime(TimeOnly.MinValue), Kind.Date),
        DateTime timestamp => (timestamp, Kind.Timestamp),
        string text => Parse(text),
        _ => throw new OdbcException(OdbcStates.RestrictedDataType, "Restricted data type attribute violation: a number cannot be converted to a date or time."),
    };

    private static (DateTime, Kind) Parse(string text)
    {
        var trimmed = text.Trim();
        if (DateTime.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return (date, Kind.Date);
        if (DateTime.TryParseExact(trimmed, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamp)) return (stamp, Kind.Timestamp);
        if (DateTime.TryParseExact(trimmed, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.NoCurrentDateDefault, out var time)) return (time, Kind.Time);
        throw new OdbcException(OdbcStates.InvalidCharacterValue,
            $"Invalid character value for cast specification: '{(trimmed.Length > 40 ? trimmed[..40] + "..." : trimmed)}' is not a date, time or timestamp.");
    }

    private static void Store<T>(in CellTarget target, T value) where T : unmanaged
    {
        if (target.Data != null) *(T*)target.Data = value;
        target.SetLength(sizeof(T));
    }
}
