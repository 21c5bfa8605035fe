namespace ZohoOdbc.Tests.Sql;

/// <summary>The differential corpus: every query with its independent answer and its minimum API calls.</summary>
internal static partial class DifferentialCorpus
{
    public static IReadOnlyList<CorpusCase> All { get; } =
        [.. Filters, .. OtherEntities, .. Ordering, .. Details, .. ChildTables, .. Joins, .. Aggregates, .. Subqueries, .. SetOperations,
         .. Windows, .. Expressions, .. Parameters, .. NonLatin, .. TopShares, .. GroupingSetCases];
}
