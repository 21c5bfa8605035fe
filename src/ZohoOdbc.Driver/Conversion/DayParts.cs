namespace ZohoOdbc.Driver.Conversion;

/// <summary>
/// Dates and timestamps written as ODBC structures by a column loop, remembering the last day's year, month and day:
/// rows of a rowset share their day far more often than not, and splitting a day number into its parts is the costly
/// step. Writes what <see cref="TypedCellWriter.TimestampStruct"/> gives.
/// </summary>
internal unsafe struct DayParts
{
    private int day;
    private SqlDateStruct parts;
    private bool known;

    public void WriteDate(int dayNumber, SqlDateStruct* destination)
    {
        if (!known || dayNumber != day) Split(dayNumber);
        *destination = parts;
    }

    public void WriteTimestamp(long ticks, SqlTimestampStruct* destination)
    {
        var dayNumber = (int)(ticks / TimeSpan.TicksPerDay);
        if (!known || dayNumber != day) Split(dayNumber);
        var seconds = (int)(ticks % TimeSpan.TicksPerDay / TimeSpan.TicksPerSecond);
        destination->Year = parts.Year;
        destination->Month = parts.Month;
        destination->Day = parts.Day;
        destination->Hour = (ushort)(seconds / 3600);
        destination->Minute = (ushort)(seconds / 60 % 60);
        destination->Second = (ushort)(seconds % 60);
        destination->Fraction = (uint)(ticks % TimeSpan.TicksPerSecond * 100);
    }

    private void Split(int dayNumber)
    {
        DateOnly.FromDayNumber(dayNumber).Deconstruct(out var year, out var month, out var dayOfMonth);
        parts = new SqlDateStruct { Year = (short)year, Month = (ushort)month, Day = (ushort)dayOfMonth };
        day = dayNumber;
        known = true;
    }
}
