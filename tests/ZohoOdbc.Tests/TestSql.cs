using ZohoOdbc.Core;
using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Sql;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Tests;

/// <summary>Shortcuts into Core's SQL pipeline and sessions over <see cref="FakeZoho"/>.</summary>
internal static class TestSql
{
    public static BoundQuery Bind(string sql, ZohoProduct product = ZohoProduct.Books) =>
        new QueryBinder(EntityCatalog.For(product)).Bind(StatementParser.ParseSelect(sql));

    public static QueryPlan Plan(string sql) => PushdownPlanner.Plan(Bind(sql));

    public static ZohoOdbcException Error(string sql) => Assert.Throws<ZohoOdbcException>(() => Bind(sql));

    public static Session Open(FakeZoho zoho, params (string Key, string Value)[] settings) =>
        Session.Open(FakeZoho.Settings(settings), zoho, TimeSpan.FromMilliseconds(1), CancellationToken.None);

    /// <summary>Runs a query and returns all rows, values as the reader gives them.</summary>
    public static List<object?[]> Rows(Session session, string sql)
    {
        using var reader = session.Prepare(sql).Execute();
        var rows = new List<object?[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.Columns.Count).Select(reader.GetValue).ToArray());
        return rows;
    }

    public static object? Scalar(Session session, string sql) => Assert.Single(Rows(session, sql))[0];
}
