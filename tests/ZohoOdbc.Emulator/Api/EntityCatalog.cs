namespace ZohoOdbc.Emulator.Api;

/// <summary>Every entity the emulator serves (reference §8), in the order their routes are mapped.</summary>
internal static class EntityCatalog
{
    public static IReadOnlyList<IEntity> All { get; } =
    [
        ContactsEntity.Definition,
        ContactPersonsEntity.Definition,
        InvoicesEntity.Definition,
        EstimatesEntity.Definition,
        SalesOrdersEntity.Definition,
        CreditNotesEntity.Definition,
        CustomerPaymentsEntity.Definition,
        RecurringInvoicesEntity.Definition,
        BillsEntity.Definition,
        VendorCreditsEntity.Definition,
        PurchaseOrdersEntity.Definition,
        VendorPaymentsEntity.Definition,
        ExpensesEntity.Definition,
        ItemsEntity.Definition,
        ChartOfAccountsEntity.Definition,
        JournalsEntity.Definition,
        BankAccountsEntity.Definition,
        BankTransactionsEntity.Definition,
        CurrenciesEntity.Definition,
        ExchangeRatesEntity.Definition,
        TaxesEntity.Definition,
        UsersEntity.Definition,
        ProjectsEntity.Definition,
        ProjectTasksEntity.Definition,
        TimeEntriesEntity.Definition,
    ];

    /// <summary>A top-level entity by its collection path ("invoices", "settings/currencies").</summary>
    public static IEntity? Find(string collection) =>
        All.FirstOrDefault(e => !e.IsNested && e.Collection.Equals(collection, StringComparison.OrdinalIgnoreCase));
}
