namespace ZohoOdbc.Driver.Conversion;

/// <summary>
/// A day number's year, month and day for SQLGetData's per-value date and timestamp writes, remembering the last day
/// split: consecutive rows share their day far more often than not, and splitting it is the costly step. The memo is
/// one 64-bit word (day number, year, month, day packed), read and written whole, so threads sharing it never see a
/// torn pair.
/// </summary>
internal static class DayNumberParts
{
    // Bits 0-4 day, 5-8 month, 9-22 year, 23-44 day number; 0 means nothing remembered (day 0 is 0001-01-01, month 1).
    private static long last;

    public static SqlDateStruct Of(int dayNumber)
    {
        var memo = Volatile.Read(ref last);
        if (memo != 0 && (int)(memo >> 23) == dayNumber)
            return new SqlDateStruct { Year = (short)((memo >> 9) & 0x3FFF), Month = (ushort)((memo >> 5) & 0xF), Day = (ushort)(memo & 0x1F) };
        DateOnly.FromDayNumber(dayNumber).Deconstruct(out var year, out var month, out var day);
        Volatile.Write(ref last, ((long)dayNumber << 23) | ((long)year << 9) | ((long)month << 5) | (long)day);
        return new SqlDateStruct { Year = (short)year, Month = (ushort)month, Day = (ushort)day };
    }
}
