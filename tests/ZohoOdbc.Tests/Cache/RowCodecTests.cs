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
    public void Decoding_some_values_skips_the_others_exactly()
    {
        object?[] row =
        [
            "Überweisung", null, 1234.5600m, long.MinValue, true, new DateOnly(2026, 2, 28), new DateTime(2025, 3, 14, 10, 22, 31, 123), 0.3,
            "last", 7L,
        ];
        var bytes = RowCodec.Encode(row);
        for (var skipped = 0; skipped < row.Length; skipped++)
        {
            var keep = Enumerable.Range(0, row.Length).Select(i => i != skipped).ToArray();
            var back = RowCodec.Decode(bytes, keep);
            for (var i = 0; i < row.Length; i++) Assert.Equal(i == skipped ? null : row[i], back[i]);
        }
        var only = RowCodec.Decode(bytes, [false, false, false, false, false, false, false, false, true]);
        Assert.Equal([null, null, null, null, null, null, null, null, "last", null], only);
    }

    [Fact]
    public void A_truncated_row_is_an_error()
    {
        var bytes = RowCodec.Encode(["text", 1.5m]);
        Assert.Throws<EndOfStreamException>(() => RowCodec.Decode(bytes[..^3]));
    }

    [Fact]
    public void A_value_of_another_type_is_refused()
    {
        Assert.Throws<ArgumentException>(() => RowCodec.Encode([new object()]));
    }
}
