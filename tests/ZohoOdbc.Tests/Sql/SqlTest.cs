using ZohoOdbc.Core;
using ZohoOdbc.Core.Engine;
using ZohoOdbc.Core.Sql;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Tests.Sql;

/// <summary>Prepare without a session: parse, bind and describe only (no API call is possible).</summary>
internal static class SqlTest
{
    public static PreparedQuery Prepare(string sql, ZohoProduct product = ZohoProduct.Books) =>
        QueryCompiler.Prepare(sql, EntityCatalog.For(product), null!, new ConnectionSettings { Product = product });

    public static ZohoOdbcException Error(string sql, ZohoProduct product = ZohoProduct.Books) =>
        Assert.Throws<ZohoOdbcException>(() => Prepare(sql, product));

    public static ResultColumn Column(string sql, int ordinal = 0) => Prepare(sql).Columns[ordinal];

    /// <summary>The list parameters of each list walk of the single table instance of <paramref name="sql"/>.</summary>
    public static string Parameters(string sql, params object?[] values)
    {
        var access = TestSql.Plan(sql, values).Single(a => a.Instance.Table is EntityDefinition);
        return string.Join(" | ", access.ParameterSets.Select(s => string.Join("&", s.Concat(access.SortParameters).Select(p => $"{p.Key}={p.Value}"))));
    }
}
