namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary>Every Zoho list of reference §8 the driver exposes; child tables register with their parents here.</summary>
internal static class EntityList
{
    public static IReadOnlyList<EntityDefinition> All { get; } = Load();

    private static EntityDefinition[] Load()
    {
        // Touching the child tables makes them register with their parents before the catalog reads Children.
        ChildTableDefinition[] children =
        [
            InvoicesEntity.LineItems, ContactsEntity.ContactPersons, ContactsEntity.Addresses, EstimatesEntity.LineItems,
            SalesOrdersEntity.LineItems, CreditNotesEntity.LineItems, CreditNotesEntity.Invoices, CustomerPaymentsEntity.Invoices,
            RecurringInvoicesEntity.LineItems, BillsEntity.LineItems, BillsEntity.Payments, BillsEntity.VendorCredits,
            VendorCreditsEntity.LineItems, VendorCreditsEntity.Bills, PurchaseOrdersEntity.LineItems, VendorPaymentsEntity.Bills,
            JournalsEntity.Lines, SettingsEntities.ExchangeRates, ProjectsEntities.Tasks,
        ];
        _ = children;
        return
        [
            ContactsEntity.Definition, InvoicesEntity.Definition, EstimatesEntity.Definition, SalesOrdersEntity.Definition,
            CreditNotesEntity.Definition, CustomerPaymentsEntity.Definition, RecurringInvoicesEntity.Definition, BillsEntity.Definition,
            VendorCreditsEntity.Definition, PurchaseOrdersEntity.Definition, VendorPaymentsEntity.Definition, ExpensesEntity.Definition,
            ItemsEntity.Definition, ChartOfAccountsEntity.Definition, JournalsEntity.Definition, BankingEntities.Accounts,
            BankingEntities.Transactions, SettingsEntities.Currencies, SettingsEntities.Taxes, SettingsEntities.Users,
            ProjectsEntities.Projects, ProjectsEntities.TimeEntries,
        ];
    }
}
