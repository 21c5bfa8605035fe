using ZohoOdbc.Core;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Tests.Cache;

/// <summary>
/// Child tables cost one call per parent (its record, or its nested list) only when Zoho answers: from a warm replica every
/// child table of the catalog, read in each plan shape (given parent ids, joined parents, every listed parent), makes no
/// call, is not refused by a small MaxCallsPerQuery, and EXPLAIN estimates the 0 calls it makes. Without the cache the
/// same queries are refused with 54000 before the first per-parent call.
/// </summary>
[Collection(CacheCollection.Name)]
public sealed class CacheChildTableBudgetTests(CacheEmulator emulator)
{
    private const int Access = 2, EstimatedCalls = 7, CacheServed = 8, ExplainCalls = 9, Notes = 10;

    public static TheoryData<string> ChildTables()
    {
        var data = new TheoryData<string>();
        foreach (var child in EntityCatalog.For(ZohoProduct.Books).Tables.OfType<ChildTableDefinition>()) data.Add(child.Name);
        return data;
    }

    private static ChildTableDefinition Child(string name) => (ChildTableDefinition)EntityCatalog.For(ZohoProduct.Books).Find(name)!;

    /// <summary>The three shapes of a child table's plan, with what EXPLAIN calls each (<see cref="Access"/>).</summary>
    private static (string Sql, string Access)[] Shapes(ChildTableDefinition child, IReadOnlyList<string> parentIds)
    {
        var key = child.ParentKey.Name;
        var ids = string.Join(", ", parentIds.Select(id => $"'{id}'"));
        return
        [
            ($"SELECT * FROM {child.Name}", "records of listed parents"),
            ($"SELECT * FROM {child.Name} WHERE {key} IN ({ids})", "records of given ids"),
            ($"SELECT c.* FROM {child.Parent.Name} p JOIN {child.Name} c ON c.{key} = p.{child.Parent.IdColumn.Name}", "records of joined rows"),
        ];
    }

    private static List<object?[]> Explain(Session session, string sql)
    {
        using var reader = session.Prepare("EXPLAIN " + sql).Execute();
        var rows = new List<object?[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.Columns.Count).Select(reader.GetValue).ToArray());
        return rows;
    }

    [Theory]
    [MemberData(nameof(ChildTables))]
    public void Every_shape_of_a_child_table_is_answered_by_a_warm_replica_without_calls_and_explained_as_such(string table)
    {
        var child = Child(table);
        using var harness = new CacheHarness(emulator, "child-budget");
        List<string> warmRows;
        using (var warm = harness.Open())
            warmRows = CacheHarness.Lines(warm, $"SELECT * FROM {table}");
        Assert.NotEmpty(warmRows);
        // More parents than MaxCallsPerQuery: refused if each of them still cost a call.
        var parentIds = warmRows.Select(r => r.Split('\t')[0]).Distinct().Take(3).ToArray();

        harness.ClearCalls();
        using var session = harness.Open(("MaxCallsPerQuery", "2"));
        foreach (var (sql, access) in Shapes(child, parentIds))
        {
            var plan = Explain(session, sql);
            var row = Assert.Single(plan, r => (string)r[0]! == table);
            Assert.Equal(access, row[Access]);
            Assert.True((bool)row[CacheServed]!, $"{sql}: not cached: {row[Notes]}");
            Assert.Equal(0L, plan.Sum(r => (long)r[EstimatedCalls]!));
            Assert.Equal(0L, plan.Sum(r => (long)r[ExplainCalls]!));
            Assert.True(harness.ApiCalls().Count == 0, $"EXPLAIN {sql}: {harness.Describe()}");

            var rows = CacheHarness.Lines(session, sql);
            Assert.True(harness.ApiCalls().Count == 0, $"{sql}: {harness.Describe()}");
            Assert.Equal(access == "records of given ids" ? warmRows.Count(r => parentIds.Contains(r.Split('\t')[0])) : warmRows.Count, rows.Count);
        }
    }

    [Theory]
    [MemberData(nameof(ChildTables))]
    public void Without_the_cache_a_child_table_over_budget_is_refused_before_its_first_per_parent_call(string table)
    {
        var child = Child(table);
        using var harness = new CacheHarness(emulator, "child-budget-off");
        using var session = harness.Open(("CacheMode", "Off"), ("MaxCallsPerQuery", "2"));
        var parentIds = CacheHarness.Lines(session, $"SELECT TOP 3 {child.Parent.IdColumn.Name} FROM {child.Parent.Name}").Select(l => l.TrimEnd('\t')).ToArray();
        Assert.Equal(3, parentIds.Length);

        harness.ClearCalls();
        var keys = Shapes(child, parentIds)[1].Sql;
        var plan = Assert.Single(Explain(session, keys));
        Assert.False((bool)plan[CacheServed]!);
        Assert.True((long)plan[EstimatedCalls]! >= 3, $"estimated {plan[EstimatedCalls]}");
        harness.ClearCalls();
        var refused = Assert.Throws<ZohoOdbcException>(() => CacheHarness.Lines(session, keys));
        Assert.Equal(SqlStates.ProgramLimitExceeded, refused.SqlState);
        Assert.Contains("MaxCallsPerQuery=2", refused.Message);
        Assert.True(harness.ApiCalls().Count == 0, harness.Describe());
    }
}
