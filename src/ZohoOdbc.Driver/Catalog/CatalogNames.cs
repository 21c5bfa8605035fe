namespace ZohoOdbc.Driver.Catalog;

/// <summary>
/// The catalog the virtual tables live in, <c>zoho</c>, as Core names it (Session.CatalogName), for
/// the answers a connection gives before it is open. Every catalog function, SQLGetInfo and
/// SQL_ATTR_CURRENT_CATALOG answer with Core's catalog and schema (<c>books</c> / <c>invoice</c>):
/// Excel builds qualified names from them, so they must agree and never be NULL.
/// </summary>
internal static class CatalogNames
{
    public const string Catalog = "zoho";
}
