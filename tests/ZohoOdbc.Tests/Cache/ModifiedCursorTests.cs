using ZohoOdbc.Core.Cache;

namespace ZohoOdbc.Tests.Cache;

public sealed class ModifiedCursorTests
{
    [Theory]
    [InlineData("2025-03-14T10:22:31-0500", "2025-03-14T15:22:31Z")]
    [InlineData("2025-03-14T10:22:31-05:00", "2025-03-14T15:22:31Z")]
    [InlineData("2025-03-15T01:52:31+0530", "2025-03-14T20:22:31Z")]
    public void Zohos_timestamps_parse_with_their_offset(string text, string utc)
    {
        Assert.True(ModifiedCursor.TryParse(text, out var instant));
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), instant);
        Assert.Equal(text.Replace(":", "", StringComparison.Ordinal)[..16], ModifiedCursor.Format(instant).Replace(":", "", StringComparison.Ordinal)[..16]);
    }

    [Fact]
    public void The_next_cursor_reads_again_the_walk_and_a_margin_and_never_moves_back()
    {
        ModifiedCursor.TryParse("2025-03-14T10:22:31-0500", out var newest);
        var next = ModifiedCursor.Next(newest, TimeSpan.FromSeconds(5), previous: null);
        Assert.Equal("2025-03-14T10:21:26-0500", ModifiedCursor.Format(next));
        Assert.Equal(newest, ModifiedCursor.Next(newest - TimeSpan.FromHours(1), TimeSpan.Zero, previous: newest));
        // A wall-clock time whose offset was dropped is taken at UTC+14: the earliest it can be.
        Assert.Equal("2025-03-14T10:22:31+1400", ModifiedCursor.Format(ModifiedCursor.EarliestInstantOf(new DateTime(2025, 3, 14, 10, 22, 31))));
    }
}
