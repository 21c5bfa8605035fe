using ZohoOdbc.Core;
using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Sql;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Tests;

/// <summary>Shortcuts into Core's SQL pipeline and sessions over <see cref="FakeZoho"/>.</summary>
internal static class TestSql
{
    public static BoundStatement Bind(string sql, ZohoProduct product = ZohoProduct.Books)
    {
        var text = StatementText.Read(sql);
        var trailing = text.Limit is null ? null : new RowWindow(text.Limit, text.Offset);
        return new QueryBinder(new BindContext(EntityCatalog.For(product), text.ParameterCount))
            .BindStatement(StatementParser.RequireSelect(StatementParser.Parse(text)), trailing);
    }

    /// <summary>The plan of every table instance, with the ? values given.</summary>
    public static IReadOnlyList<TableAccess> Plan(string sql, params object?[] parameters) => PushdownPlanner.Plan(Bind(sql), parameters);

    public static ZohoOdbcException Error(string sql) => Assert.Throws<ZohoOdbcException>(() => Bind(sql));

    /// <summary>A session over <paramref name="zoho"/> with services of its own (tokens and governor in memory, fast retries).</summary>
    public static Session Open(FakeZoho zoho, params (string Key, string Value)[] settings) =>
        Session.Open(FakeZoho.Settings(settings), TestServices.For(zoho), ownsServices: true, CancellationToken.None);

    /// <summary>A session over shared <paramref name="services"/> (which the caller disposes).</summary>
    public static Session Open(SessionServices services, params (string Key, string Value)[] settings) =>
        Session.Open(FakeZoho.Settings(settings), services, ownsServices: false, CancellationToken.None);

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
