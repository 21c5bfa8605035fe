using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary><c>GET /expenses</c> (reference §8 Expenses).</summary>
internal static class ExpensesEntity
{
    public static EntityDefinition Definition { get; } = new(
        name: "expenses",
        description: "Expenses (Zoho /expenses).",
        listPath: "/expenses",
        listKey: "expenses",
        scopeModule: "expenses",
        detailKey: "expense",
        columns:
        [
            Id("expense_id", "Zoho's id of the expense.", nullable: false),
            Date("date", "Expense date.", nullable: false, filters: ApiFilterOperators.Date, sortable: true),
            Text("account_name", "Expense account.", filters: ApiFilterOperators.Text, sortable: true),
            LongText("description", "Description.", filters: ApiFilterOperators.Text),
            Text("status", "unbilled, invoiced, reimbursed or non-billable.", size: 32,
                valueFilter: ApiValueFilter.Same("status", "unbilled", "invoiced", "reimbursed")),
            Flag("is_billable", "True when it can be billed to a customer."),
            Flag("is_personal", "True for a personal expense."),
            Text("reference_number", "Reference.", filters: ApiFilterOperators.Text, sortable: true),
            Id("customer_id", "Id of the customer billed (contacts.contact_id).", filters: ApiFilterOperators.Equals),
            Text("customer_name", "Name of the customer billed.", filters: ApiFilterOperators.Text, sortable: true),
            Id("vendor_id", "Id of the vendor (contacts.contact_id).", filters: ApiFilterOperators.Equals),
            Text("vendor_name", "Name of the vendor.", filters: ApiFilterOperators.Text),
            Text("paid_through_account_name", "Account it was paid from."),
            Id("currency_id", "Id of the currency."),
            Text("currency_code", "ISO code of the currency.", size: 8),
            Rate("exchange_rate", "Rate to the base currency."),
            Money("total", "Total, tax included.", sortable: true),
            Money("total_without_tax", "Total before tax."),
            Money("bcy_total", "Total in the base currency.", sortable: true),
            Money("bcy_total_without_tax", "Total before tax in the base currency."),
            Id("location_id", "Id of the business location."),
            Text("location_name", "Name of the business location."),
            Text("expense_receipt_name", "Name of the receipt file."),
            Text("expense_type", "Kind of expense (e.g. mileage).", size: 64),
            Quantity("mileage_rate", "Rate per mileage unit."),
            Text("mileage_unit", "km or mile.", size: 16),
            Quantity("start_reading", "Odometer at the start."),
            Quantity("end_reading", "Odometer at the end."),
            Time("created_time", "When the expense was recorded.", nullable: false, sortable: true),
            Time("last_modified_time", "When the expense was last changed.", nullable: false, filters: ApiFilterOperators.ModifiedSince),

            Money("amount", "Amount.", filters: ApiFilterOperators.Number).Detail(),
            Money("sub_total", "Total of the lines before tax.").Detail(),
            Money("tax_amount", "Tax.").Detail(),
            Flag("is_itemized_expense", "True when the expense has lines.").Detail(),
            Flag("is_inclusive_tax", "True when the amount includes tax.").Detail(),
            Id("account_id", "Id of the expense account.").Detail(),
            Id("paid_through_account_id", "Id of the account it was paid from.", filters: ApiFilterOperators.Equals).Detail(),
            Id("tax_id", "Id of the tax.").Detail(),
            Text("tax_name", "Name of the tax.").Detail(),
            Quantity("tax_percentage", "Tax rate in percent.").Detail(),
            Id("invoice_id", "Id of the invoice it was billed on.").Detail(),
            Text("invoice_number", "Number of the invoice it was billed on.", size: 100).Detail(),
            Id("project_id", "Id of the project.").Detail(),
            Text("project_name", "Name of the project.").Detail(),
            Id("recurring_expense_id", "Id of the recurring expense that made it.", filters: ApiFilterOperators.Equals).Detail(),
        ]);
}
