namespace ZohoOdbc.Emulator.Benchmarks;

/// <summary>One kind of list request whose page latency is measured; the query (after the organization id) depends on the size.</summary>
public sealed record PageKind(string Name, string Path, Func<int, string> Query)
{
    /// <summary>The list calls a driver makes: first pages, deep pages, filters, other sorts, counts and a detail.</summary>
    public static IReadOnlyList<PageKind> All { get; } =
    [
        new("invoices, first page", "/books/v3/invoices", _ => "per_page=200"),
        new("invoices, middle page", "/books/v3/invoices", n => $"per_page=200&page={Math.Max(1, LastPage(n) / 2)}"),
        new("invoices, last page", "/books/v3/invoices", n => $"per_page=200&page={LastPage(n)}"),
        new("invoices, status=paid", "/books/v3/invoices", _ => "per_page=200&status=paid&page=3"),
        new("invoices, by total asc", "/books/v3/invoices", _ => "per_page=200&sort_column=total&sort_order=A&page=2"),
        new("invoices, date range", "/books/v3/invoices", _ => "per_page=200&date_start=2025-01-01&date_end=2025-06-30"),
        new("invoices, modified since", "/books/v3/invoices", _ => "per_page=200&last_modified_time=2025-06-01T00%3A00%3A00-0500"),
        new("invoices, count only", "/books/v3/invoices", _ => "response_option=2"),
        new("contacts, first page", "/books/v3/contacts", _ => "per_page=200"),
        new("estimates, first page", "/books/v3/estimates", _ => "per_page=200"),
        new("customer payments, page 2", "/books/v3/customerpayments", _ => "per_page=200&page=2"),
        new("bank transactions, page 2", "/books/v3/banktransactions", _ => "per_page=200&page=2"),
        new("invoice detail", "/books/v3/invoices/{id}", _ => ""),
    ];

    private static int LastPage(int invoices) => Math.Max(1, (invoices + 199) / 200);
}
