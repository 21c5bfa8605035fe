using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Tests.Sql;

/// <summary>
/// The differential corpus (<see cref="DifferentialCorpus"/>) against the emulator: every query's rows equal the answer
/// computed with LINQ from the same generated data set, the API calls the emulator records equal the minimum the
/// pushdown rules allow (stated per query), EXPLAIN's estimate equals the calls made, and the column types described
/// after Prepare equal those of the executed result (and of every value read).
/// </summary>
public class DifferentialTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    public static IEnumerable<object[]> Cases() => DifferentialCorpus.All.Select((c, i) => new object[] { i, c.Sql });

    [Fact]
    public void The_corpus_has_at_least_200_queries() => Assert.True(DifferentialCorpus.All.Count >= 200, $"{DifferentialCorpus.All.Count} queries");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Query_matches_the_independent_answer_with_the_minimum_calls(int index, string sql)
    {
        var corpusCase = DifferentialCorpus.All[index];
        Assert.Equal(corpusCase.Sql, sql);
        var parameters = corpusCase.Parameters?.Invoke(fixture.Data) ?? [];

        var prepared = fixture.Session.Prepare(sql);
        var described = prepared.Columns.ToArray();
        var (rows, calls, requests, columns) = fixture.Execute(prepared, parameters);

        // Types known before execution are the executed ones, and every value has the CLR type of its column.
        Assert.Equal(described, columns);
        foreach (var row in rows)
            for (var i = 0; i < row.Length; i++)
                if (row[i] is { } value) Assert.Equal(ClrType(columns[i].Type), value.GetType());

        var expected = corpusCase.Expected(fixture.Data).Select(r => r.Select(Corpus.Show).ToArray()).ToList();
        var actual = rows.Select(r => r.Select(Corpus.Show).ToArray()).ToList();
        if (!corpusCase.Ordered)
        {
            expected = expected.OrderBy(r => string.Join("|", r), StringComparer.Ordinal).ToList();
            actual = actual.OrderBy(r => string.Join("|", r), StringComparer.Ordinal).ToList();
        }
        Assert.Equal(expected.Select(r => string.Join(" | ", r)), actual.Select(r => string.Join(" | ", r)));

        var minimum = corpusCase.Calls(fixture.Data);
        Assert.True(minimum == calls, $"expected {minimum} API calls, made {calls}:\n  {string.Join("\n  ", requests)}");

        var explain = fixture.Run("EXPLAIN " + sql, parameters);
        var estimate = explain.Rows.Sum(r => (long)r[7]!);
        Assert.Equal(calls, estimate);
    }

    private static Type ClrType(SqlDataType type) => type switch
    {
        SqlDataType.VarChar => typeof(string),
        SqlDataType.Decimal => typeof(decimal),
        SqlDataType.Integer or SqlDataType.BigInt => typeof(long),
        SqlDataType.Double => typeof(double),
        SqlDataType.Bit => typeof(bool),
        SqlDataType.Date => typeof(DateOnly),
        SqlDataType.Time => typeof(string),
        _ => typeof(DateTime),
    };
}
