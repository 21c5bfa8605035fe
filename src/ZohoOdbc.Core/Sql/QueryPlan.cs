using System.Text;
using ZohoOdbc.Core.Zoho;

namespace ZohoOdbc.Core.Sql;

/// <summary>
/// One condition of the WHERE clause (a top-level AND term) and the API parameters that let Zoho
/// pre-filter for it. Every condition is also applied by SQLite, so a parameter only saves calls:
/// an empty <see cref="PushedAs"/> means the condition is applied locally only.
/// </summary>
internal sealed record PlannedCondition(string Sql, IReadOnlyList<KeyValuePair<string, string>> PushedAs)
{
    public bool IsLocalOnly => PushedAs.Count == 0;
}

/// <summary>
/// How a prepared query runs: which list endpoint it reads, with which parameters, what SQLite does
/// afterwards, and when paging may stop. Shown to users by EXPLAIN in a later version.
/// <see cref="MatchCountSql"/> counts the rows loaded after rowid <c>$after</c> that pass the WHERE clause.
/// </summary>
internal sealed record QueryPlan(
    EntityDefinition? Entity,
    IReadOnlyList<PlannedCondition> Conditions,
    IReadOnlyList<KeyValuePair<string, string>> SortParameters,
    long? RowGoal,
    bool ReadsNoRows,
    string? ConstantWhereSql,
    string? MatchCountSql,
    string SqliteSql)
{
    /// <summary>e.g. /invoices; null for SELECT without FROM.</summary>
    public string? Endpoint => Entity?.ListPath;

    /// <summary>Filter then sort parameters, in the order they are sent.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ApiParameters =>
        Conditions.SelectMany(c => c.PushedAs).Concat(SortParameters).ToArray();

    public IEnumerable<string> LocalOnlyConditions => Conditions.Where(c => c.IsLocalOnly).Select(c => c.Sql);

    public string Describe()
    {
        var text = new StringBuilder();
        if (Entity is null) text.AppendLine("No table: computed locally.");
        else
        {
            text.Append("GET ").Append(Endpoint);
            var parameters = ApiParameters;
            if (parameters.Count > 0) text.Append('?').AppendJoin('&', parameters.Select(p => $"{p.Key}={p.Value}"));
            text.AppendLine(" (pages of 200)");
            if (ReadsNoRows) text.AppendLine("No API call: the query returns no rows whatever the data.");
            if (ConstantWhereSql is not null) text.AppendLine("WHERE does not depend on the data: evaluated before any call.");
            if (RowGoal is { } goal) text.Append("Stops paging once ").Append(goal).AppendLine(" matching rows are loaded.");
            foreach (var local in LocalOnlyConditions) text.Append("Local only: ").AppendLine(local);
        }
        text.Append("SQLite: ").Append(SqliteSql);
        return text.ToString();
    }
}
