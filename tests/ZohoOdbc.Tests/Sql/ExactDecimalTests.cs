using System.Globalization;

namespace ZohoOdbc.Tests.Sql;

/// <summary>
/// SUM and AVG over decimals equal C# decimal arithmetic where doubles cannot: totals beyond 15-16 significant digits
/// (300 amounts near 10^13 with cents) and many small fractions.
/// </summary>
public class ExactDecimalTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly decimal[] LargeAmounts = Enumerable.Range(0, 300)
        .Select(i => 9_000_000_000_000.00m + i * 1_234_567.89m + 0.01m * (i % 7)).ToArray();

    private static readonly decimal[] Fractions = Enumerable.Range(0, 400).Select(i => i % 2 == 0 ? 0.1m : 0.2m).Append(0.07m).ToArray();

    [Fact]
    public void Sum_of_large_amounts_is_exact_where_doubles_lose_the_cents()
    {
        var exact = LargeAmounts.Sum();
        // The test can fail: a double total of these values is not the decimal one.
        Assert.NotEqual(exact, Math.Round((decimal)LargeAmounts.Sum(v => (double)v), 2));
        Assert.Equal(exact, Scalar($"SELECT SUM(v) FROM {Values(LargeAmounts)}"));
    }

    [Fact]
    public void Average_of_large_amounts_is_the_exact_quotient_truncated_to_its_scale()
    {
        Assert.Equal(Corpus.Average(LargeAmounts), Scalar($"SELECT AVG(v) FROM {Values(LargeAmounts)}"));
    }

    [Fact]
    public void Grouped_and_distinct_sums_are_exact()
    {
        var rows = fixture.Run($"SELECT g, SUM(v), SUM(DISTINCT v), COUNT(*) FROM (SELECT v, CAST(v AS BIGINT) % 3 AS g FROM {Values(LargeAmounts)}) x GROUP BY g ORDER BY g").Rows;
        var expected = LargeAmounts.GroupBy(v => (long)decimal.Truncate(v) % 3).OrderBy(g => g.Key)
            .Select(g => $"{g.Key} {g.Sum()} {g.Distinct().Sum()} {g.Count()}");
        Assert.Equal(expected, rows.Select(r => string.Join(" ", r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)))));
    }

    [Fact]
    public void Sum_of_many_fractions_is_exact()
    {
        Assert.Equal(Fractions.Sum(), Scalar($"SELECT SUM(v) FROM {Values(Fractions)}"));
        Assert.Equal(Corpus.Average(Fractions), Scalar($"SELECT AVG(v) FROM {Values(Fractions)}"));
    }

    private decimal? Scalar(string sql) => (decimal?)Assert.Single(fixture.Run(sql).Rows)[0];

    private static string Values(IEnumerable<decimal> values) =>
        "(VALUES " + string.Join(", ", values.Select(v => $"(CAST({v.ToString(CultureInfo.InvariantCulture)} AS DECIMAL(18,2)))")) + ") AS t(v)";
}
