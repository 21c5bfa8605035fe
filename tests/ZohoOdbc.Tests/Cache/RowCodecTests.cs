using ZohoOdbc.Core.Cache;

namespace ZohoOdbc.Tests.Cache;

public sealed class RowCodecTests
{
    [Fact]
    public void Every_value_type_of_a_row_comes_back_exactly()
    {
        object?[] row =
        [
            null, "", "Überweisung 株式会社 ☃", 1234.5600m, -0.01m, decimal.MaxValue, 0L, long.MinValue, 42, true, false,
            new DateOnly(2026, 2, 28), new DateTime(2025, 3, 14, 10, 22, 31, 123), 0.1 + 0.2, double.NaN,
        ];
        var back = RowCodec.Decode(RowCodec.Encode(row));
        Assert.Equal(row.Length, back.Length);
        for (var i = 0; i < row.Length; i++)
        {
            var expected = row[i] is int n ? (long)n : row[i];
            Assert.Equal(expected, back[i]);
            Assert.Equal(expected?.GetType(), back[i]?.GetType());
        }
        // Decimals keep their scale: 1234.5600 is not 1234.56 to a client that shows scale.
        Assert.Equal("1234.5600", ((decimal)back[3]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_value_of_another_type_is_refused()
    {
        Assert.Throws<ArgumentException>(() => RowCodec.Encode([new object()]));
    }
}
