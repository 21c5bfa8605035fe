using ZohoOdbc.Core;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Cli.Connection;

/// <summary>What a connection test found: the organization, the API it reached, the tables, and a few rows of one.</summary>
internal sealed record ConnectionReport(OrganizationInfo Organization, string ApiBaseUrl, IReadOnlyList<TableInfo> Tables, SampleRows Sample, TimeSpan Elapsed);

/// <summary>The rows of the test query, as text.</summary>
internal sealed record SampleRows(string Table, string Sql, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
