using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Emulator.Api;

/// <summary>
/// Predicates of the relative date views (Today, ThisWeek, ThisMonth, ...). "Today" is the data set's today
/// (<see cref="SampleData.BaseDate"/>), so the views select the same records on every run.
/// </summary>
internal static class DateViews
{
    public static Func<DateOnly, bool> Today => d => d == SampleData.BaseDate;

    public static Func<DateOnly, bool> ThisWeek => d => StartOfWeek(d) == StartOfWeek(SampleData.BaseDate);

    public static Func<DateOnly, bool> ThisMonth => d => d.Year == SampleData.BaseDate.Year && d.Month == SampleData.BaseDate.Month;

    public static Func<DateOnly, bool> ThisQuarter => d => d.Year == SampleData.BaseDate.Year && Quarter(d) == Quarter(SampleData.BaseDate);

    public static Func<DateOnly, bool> ThisYear => d => d.Year == SampleData.BaseDate.Year;

    public static Func<DateOnly, bool> PreviousDay => d => d == SampleData.BaseDate.AddDays(-1);

    public static Func<DateOnly, bool> PreviousWeek => d => StartOfWeek(d) == StartOfWeek(SampleData.BaseDate).AddDays(-7);

    public static Func<DateOnly, bool> PreviousMonth => d => new DateOnly(d.Year, d.Month, 1) == new DateOnly(SampleData.BaseDate.Year, SampleData.BaseDate.Month, 1).AddMonths(-1);

    public static Func<DateOnly, bool> PreviousQuarter
    {
        get
        {
            DateOnly start = QuarterStart(SampleData.BaseDate).AddMonths(-3);
            return d => QuarterStart(d) == start;
        }
    }

    public static Func<DateOnly, bool> PreviousYear => d => d.Year == SampleData.BaseDate.Year - 1;

    private static DateOnly StartOfWeek(DateOnly d) => d.AddDays(-(int)d.DayOfWeek);

    private static int Quarter(DateOnly d) => (d.Month - 1) / 3;

    private static DateOnly QuarterStart(DateOnly d) => new(d.Year, Quarter(d) * 3 + 1, 1);
}
