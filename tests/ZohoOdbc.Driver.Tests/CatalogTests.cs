using ZohoOdbc.Driver.Tests.Harness;
using ZohoOdbc.Driver.Tests.Native;
using static ZohoOdbc.Driver.Tests.Native.OdbcNative;

namespace ZohoOdbc.Driver.Tests;

/// <summary>The catalog functions: the spec's result shapes, patterns, enumerations and consistent, non-NULL catalog and schema.</summary>
[Collection("odbc")]
public sealed unsafe class CatalogTests(OdbcFixture odbc)
{
    private delegate short CatalogCall(nint statement);

    private List<string?[]> Call(TestConnection connection, CatalogCall call, out IReadOnlyList<string> columns)
    {
        using var statement = connection.Statement();
        statement.Check("catalog function", call(statement.Handle));
        columns = statement.ColumnNames();
        return statement.Rows();
    }

    private static short Text(string? value, out char* pointer, List<nint> keep)
    {
        if (value is null)
        {
            pointer = null;
            return 0;
        }
        var handle = System.Runtime.InteropServices.Marshal.StringToHGlobalUni(value);
        keep.Add(handle);
        pointer = (char*)handle;
        return SQL_NTS;
    }

    private List<string?[]> Tables(TestConnection connection, string? catalog, string? schema, string? table, string? types, out IReadOnlyList<string> columns)
    {
        var keep = new List<nint>();
        try
        {
            var cl = Text(catalog, out var c, keep);
            var sl = Text(schema, out var s, keep);
            var tl = Text(table, out var t, keep);
            var yl = Text(types, out var y, keep);
            return Call(connection, h => SQLTablesW(h, c, cl, s, sl, t, tl, y, yl), out columns);
        }
        finally { keep.ForEach(System.Runtime.InteropServices.Marshal.FreeHGlobal); }
    }

    [Fact]
    public void SQLTables_lists_tables_and_the_catalog_schema_and_type_enumerations()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        var tables = Tables(connection, null, null, "%", "TABLE,VIEW", out var columns);
        Assert.Equal(["TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE", "REMARKS"], columns);
        Assert.Contains(tables, r => r[2] == "invoices");
        Assert.All(tables, r => Assert.Equal(("zoho", "books", "TABLE"), (r[0], r[1], r[3])));

        Assert.Equal([["zoho", null, null, null, null]], Tables(connection, "%", "", "", null, out _));
        Assert.Equal([[null, "books", null, null, null]], Tables(connection, "", "%", "", null, out _));
        Assert.Equal([[null, null, null, "SYSTEM TABLE", null], [null, null, null, "TABLE", null]], Tables(connection, "", "", "", "%", out _));

        Assert.Equal(["invoices"], Tables(connection, "zoho", "books", "inv_ices", null, out _).Select(r => r[2]));
        Assert.Empty(Tables(connection, "other", null, "%", null, out _));
        Assert.Empty(Tables(connection, null, null, "%", "VIEW", out _));
    }

    [Fact]
    public void SQLColumns_has_18_columns_and_agrees_with_SQLTables()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        var keep = new List<nint>();
        Text("invoices", out var table, keep);
        Text("tot%", out var column, keep);
        var rows = Call(connection, h => SQLColumnsW(h, null, 0, null, 0, table, SQL_NTS, column, SQL_NTS), out var columns);
        keep.ForEach(System.Runtime.InteropServices.Marshal.FreeHGlobal);
        Assert.Equal(18, columns.Count);
        Assert.Equal("COLUMN_SIZE", columns[6]);
        var total = Assert.Single(rows);
        Assert.Equal(("zoho", "books", "invoices", "total", "3"), (total[0], total[1], total[2], total[3], total[4]));
    }

    [Fact]
    public void SQLColumns_lists_the_organizations_typed_custom_fields()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        var keep = new List<nint>();
        Text("invoices", out var table, keep);
        Text("cf%", out var column, keep);
        var rows = Call(connection, h => SQLColumnsW(h, null, 0, null, 0, table, SQL_NTS, column, SQL_NTS), out _);
        keep.ForEach(System.Runtime.InteropServices.Marshal.FreeHGlobal);
        // COLUMN_NAME → (DATA_TYPE, COLUMN_SIZE, DECIMAL_DIGITS, NULLABLE)
        var columns = rows.ToDictionary(r => r[3]!, r => (r[4], r[6], r[8], r[10]));
        Assert.Equal(("-5", "1"), (columns["cf_pallets"].Item1, columns["cf_pallets"].Item4));
        Assert.Equal(("3", "28", "8"), (columns["cf_weight_kg"].Item1, columns["cf_weight_kg"].Item2, columns["cf_weight_kg"].Item3));
        Assert.Equal(("3", "18", "2"), (columns["cf_insured_amount"].Item1, columns["cf_insured_amount"].Item2, columns["cf_insured_amount"].Item3));
        Assert.Equal("-7", columns["cf_rush_order"].Item1);
        Assert.Equal("91", columns["cf_delivery_date"].Item1);
        Assert.Equal("93", columns["cf_dispatched_at"].Item1);
        Assert.Contains(columns["cf_project_code"].Item1, new[] { "12", "-9" });
        Assert.All(columns.Values, c => Assert.Equal("1", c.Item4));

        // The same columns are typed in the result of a query naming them.
        using var statement = connection.Statement();
        statement.Execute("SELECT COUNT(*), SUM(cf_pallets) FROM invoices WHERE cf_pallets >= 20");
        Assert.True(statement.Fetch());
        Assert.True(long.Parse(statement.GetString(1)!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.True(long.Parse(statement.GetString(2)!, System.Globalization.CultureInfo.InvariantCulture) >= 20);
    }

    [Fact]
    public void Primary_and_foreign_keys_follow_Zohos_record_ids()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        var keep = new List<nint>();
        Text("invoices", out var invoices, keep);
        Text("contacts", out var contacts, keep);
        try
        {
            var primary = Call(connection, h => SQLPrimaryKeysW(h, null, 0, null, 0, invoices, SQL_NTS), out var pkColumns);
            Assert.Equal(["TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ", "PK_NAME"], pkColumns);
            Assert.Equal([["zoho", "books", "invoices", "invoice_id", "1", "pk_invoices"]], primary);

            // invoices.customer_id → contacts.contact_id, asked from either side.
            var fromInvoices = Call(connection, h => SQLForeignKeysW(h, null, 0, null, 0, null, 0, null, 0, null, 0, invoices, SQL_NTS), out var fkColumns);
            Assert.Equal(14, fkColumns.Count);
            var customer = Assert.Single(fromInvoices, r => r[7] == "customer_id");
            Assert.Equal(("contacts", "contact_id", "invoices"), (customer[2], customer[3], customer[6]));
            var toContacts = Call(connection, h => SQLForeignKeysW(h, null, 0, null, 0, contacts, SQL_NTS, null, 0, null, 0, null, 0), out _);
            Assert.Contains(toContacts, r => r[6] == "invoices" && r[7] == "customer_id");
        }
        finally { keep.ForEach(System.Runtime.InteropServices.Marshal.FreeHGlobal); }
    }

    [Fact]
    public void Statistics_special_columns_procedures_and_privileges_have_their_shapes()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        var keep = new List<nint>();
        Text("invoices", out var invoices, keep);
        try
        {
            var statistics = Call(connection, h => SQLStatisticsW(h, null, 0, null, 0, invoices, SQL_NTS, SQL_INDEX_ALL, SQL_QUICK), out var statColumns);
            Assert.Equal(13, statColumns.Count);
            Assert.Contains(statistics, r => r[5] == "pk_invoices" && r[8] == "invoice_id" && r[3] == "0");

            var rowId = Call(connection, h => SQLSpecialColumnsW(h, SQL_BEST_ROWID, null, 0, null, 0, invoices, SQL_NTS, SQL_SCOPE_SESSION, SQL_NULLABLE), out var specialColumns);
            Assert.Equal(8, specialColumns.Count);
            Assert.Equal("invoice_id", Assert.Single(rowId)[1]);
            Assert.Empty(Call(connection, h => SQLSpecialColumnsW(h, SQL_ROWVER, null, 0, null, 0, invoices, SQL_NTS, SQL_SCOPE_SESSION, SQL_NULLABLE), out _));

            Assert.Empty(Call(connection, h => SQLProceduresW(h, null, 0, null, 0, null, 0), out var procedureColumns));
            Assert.Equal(8, procedureColumns.Count);

            var privileges = Call(connection, h => SQLTablePrivilegesW(h, null, 0, null, 0, invoices, SQL_NTS), out var privilegeColumns);
            Assert.Equal(7, privilegeColumns.Count);
            Assert.Equal("SELECT", Assert.Single(privileges)[5]);
            var columnPrivileges = Call(connection, h => SQLColumnPrivilegesW(h, null, 0, null, 0, invoices, SQL_NTS, null, 0), out var columnPrivilegeColumns);
            Assert.Equal(8, columnPrivilegeColumns.Count);
            Assert.Contains(columnPrivileges, r => r[3] == "total" && r[6] == "SELECT");
        }
        finally { keep.ForEach(System.Runtime.InteropServices.Marshal.FreeHGlobal); }
    }

    [Fact]
    public void Catalog_and_schema_agree_across_SQLGetInfo_attributes_and_results()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        Assert.Equal("Y", connection.InfoText(10003 /* SQL_CATALOG_NAME */));
        Assert.Equal("zoho", connection.InfoText(16 /* SQL_DATABASE_NAME */));
        Assert.Equal(".", connection.InfoText(41 /* SQL_CATALOG_NAME_SEPARATOR */));
        var catalog = stackalloc char[32];
        OdbcClient.Check("SQLGetConnectAttrW", SQLGetConnectAttrW(connection.Handle, SQL_ATTR_CURRENT_CATALOG, catalog, 64, out var length), SQL_HANDLE_DBC, connection.Handle);
        Assert.Equal("zoho", new string(catalog, 0, length / 2));

        using var statement = connection.Statement();
        statement.Execute("SELECT TOP 1 invoice_number FROM invoices");
        var text = stackalloc char[32];
        statement.Check("SQLColAttributeW", SQLColAttributeW(statement.Handle, 1, (ushort)SQL_DESC_SCHEMA_NAME, text, 64, out var bytes, out _));
        Assert.Equal("books", new string(text, 0, bytes / 2));
    }

    [Fact]
    public void Type_info_lists_wide_types_with_positive_sizes()
    {
        using var connection = new TestConnection(odbc.ConnectionString());
        var types = Call(connection, h => SQLGetTypeInfoW(h, 0), out var columns);
        Assert.Equal(19, columns.Count);
        Assert.Contains(types, r => r[1] == "-9");
        Assert.All(types, r => Assert.True(long.Parse(r[2]!) > 0, $"{r[0]} has COLUMN_SIZE {r[2]}"));
        Assert.Equal(types.Select(r => int.Parse(r[1]!)).Order(), types.Select(r => int.Parse(r[1]!)));
    }
}
