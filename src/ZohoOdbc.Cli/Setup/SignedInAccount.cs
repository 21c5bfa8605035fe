using ZohoOdbc.Core;

namespace ZohoOdbc.Cli.Setup;

/// <summary>The account Zoho signed in: the data centre to keep in the DSN, its accounts server, and the organizations it may use.</summary>
internal sealed record SignedInAccount(string Region, string AccountsServer, IReadOnlyList<OrganizationInfo> Organizations);
