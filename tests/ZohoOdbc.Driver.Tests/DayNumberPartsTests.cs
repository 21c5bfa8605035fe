using ZohoOdbc.Driver.Conversion;

namespace ZohoOdbc.Driver.Tests;

/// <summary>The remembered split of a day number gives the calendar's answer whatever order days come in, from any thread.</summary>
public sealed class DayNumberPartsTests
{
    [Fact]
    public void Every_day_in_any_order_splits_as_the_calendar_does()
    {
        var days = new List<int> { DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber, new DateOnly(2024, 2, 29).DayNumber };
        var random = new Random(7);
        for (var i = 0; i < 20_000; i++) days.Add(random.Next(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber + 1));
        // Runs of the same day, as consecutive rows give, between jumps.
        days.AddRange(Enumerable.Repeat(new DateOnly(2026, 10, 31).DayNumber, 5));
        days.Add(new DateOnly(2026, 11, 1).DayNumber);
        days.Add(new DateOnly(2026, 10, 31).DayNumber);
        foreach (var day in days) Check(day);
    }

    [Fact]
    public void Threads_sharing_the_memo_never_get_another_day_s_parts()
    {
        var failures = 0;
        var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
        {
            // Each thread alternates between two days of its own, so the memo changes under it constantly.
            var mine = new[] { new DateOnly(2000 + t, 1 + t, 10 + t).DayNumber, new DateOnly(1990 + t, 12 - t, 28 - t).DayNumber };
            for (var i = 0; i < 100_000; i++)
                if (!Matches(mine[i & 1])) Interlocked.Increment(ref failures);
        })).ToArray();
        foreach (var thread in threads) thread.Start();
        foreach (var thread in threads) thread.Join();
        Assert.Equal(0, failures);
    }

    private static void Check(int day) => Assert.True(Matches(day), $"day {day} ({DateOnly.FromDayNumber(day):O})");

    private static bool Matches(int day)
    {
        var parts = DayNumberParts.Of(day);
        var expected = DateOnly.FromDayNumber(day);
        return parts.Year == expected.Year && parts.Month == expected.Month && parts.Day == expected.Day;
    }
}
