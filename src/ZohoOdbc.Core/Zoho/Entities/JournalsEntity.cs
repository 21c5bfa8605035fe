using static ZohoOdbc.Core.Zoho.EntityColumns;

namespace ZohoOdbc.Core.Zoho.Entities;

/// <summary><c>GET /journals</c> (reference §8 Journals; Zoho Books only) and their lines.</summary>
internal static class JournalsEntity
{
    public static EntityDefinition Definition { get; } = new(
        name: "journals",
        description: "Manual journals (Zoho Books /journals).",
        listPath: "/journals",
        listKey: "journals",
        scopeModule: "accountants",
        detailKey: "journal",
        inInvoice: false,
        columns:
        [
            Id("journal_id", "Zoho's id of the journal.", nullable: false),
            Date("journal_date", "Journal date.", nullable: false, filters: ApiFilterOperators.Date, sortable: true).FilterAs("date"),
            Text("entry_number", "Entry number.", size: 100, filters: ApiFilterOperators.Text),
            Text("reference_number", "Reference.", filters: ApiFilterOperators.Text, sortable: true),
            LongText("notes", "Notes.", filters: ApiFilterOperators.Text),
            Text("journal_type", "both, cash or accrual.", size: 32),
            Text("entity_type", "Kind of entry.", size: 64),
            Text("status", "draft or published.", size: 32),
            Id("currency_id", "Id of the currency."),
            Money("total", "Journal total.", filters: ApiFilterOperators.Number, sortable: true),
            Money("bcy_total", "Total in the base currency."),
            Text("custom_field", "Custom field text as the list shows it."),
            Text("created_by_name", "Who created the journal."),

            Text("currency_code", "ISO code of the currency.", size: 8).Detail(),
            Rate("exchange_rate", "Rate to the base currency.").Detail(),
            Money("line_item_total", "Total of the lines.").Detail(),
            Time("created_time", "When the journal was created.").Detail(),
            Time("last_modified_time", "When the journal was last changed.", filters: ApiFilterOperators.ModifiedSince).Detail(),
            JsonText("custom_fields", "The journal's custom fields").Detail(),
        ]);

    public static ChildTableDefinition Lines { get; } = new(
        name: "journal_line_items",
        description: "Debit and credit lines of journals (from each journal's record: one API call per journal read).",
        parent: Definition,
        detailArray: "line_items",
        columns:
        [
            Id("journal_id", "Id of the journal (journals.journal_id).", nullable: false),
            Id("line_id", "Zoho's id of the line.", nullable: false),
            Id("account_id", "Id of the account (chart_of_accounts.account_id)."),
            Text("account_name", "Name of the account."),
            Id("customer_id", "Id of the customer or vendor of the line.").ParentFilter("customer_id"),
            Text("customer_name", "Name of the customer or vendor of the line."),
            LongText("description", "Line description."),
            Text("debit_or_credit", "debit or credit.", size: 16),
            Money("amount", "Amount in the journal's currency."),
            Money("bcy_amount", "Amount in the base currency."),
        ]);
}
