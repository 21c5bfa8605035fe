using System.Buffers;
using System.Globalization;
using System.Text;
using ZohoOdbc.Core.Cache;
using ZohoOdbc.Emulator;

namespace ZohoOdbc.Tests.Cache;

/// <summary>Nothing readable on disk: the cache file, its WAL, and copies of them taken without the key.</summary>
[Collection(CacheCollection.Name)]
public sealed class CacheSecrecyTests(CacheEmulator emulator)
{
    [Fact]
    public void The_cache_file_and_keyless_copies_hold_no_invoice_number_customer_name_amount_or_token()
    {
        using var harness = new CacheHarness(emulator, "secrecy");
        var data = emulator.Server.Data.Current;
        var someInvoices = data.Invoices.Take(20).Select(i => $"'{i.InvoiceId}'");
        using (var session = harness.Open())
        {
            // Replicas, records with line items, and answers kept by request (a table never read in full).
            CacheHarness.Lines(session, "SELECT * FROM invoices");
            CacheHarness.Lines(session, $"SELECT * FROM invoice_line_items WHERE invoice_id IN ({string.Join(", ", someInvoices)})");
            CacheHarness.Lines(session, "SELECT * FROM contacts WHERE status = 'active'");
        }

        var needles = new HashSet<string>(StringComparer.Ordinal)
        {
            EmulatorCredentials.ClientSecret, EmulatorCredentials.RefreshToken, EmulatorCredentials.OrganizationName,
        };
        foreach (var token in harness.Client.Tokens) needles.Add(token);
        foreach (var invoice in data.Invoices)
        {
            needles.Add(invoice.InvoiceNumber);
            needles.Add(invoice.CustomerName);
            needles.Add(invoice.ReferenceNumber);
            needles.Add(invoice.Total.ToString("0.00", CultureInfo.InvariantCulture));
            needles.Add(invoice.Balance.ToString("0.00", CultureInfo.InvariantCulture));
        }
        foreach (var invoice in data.Invoices.Take(20))
            foreach (var line in invoice.LineItems) needles.Add(line.Description);
        foreach (var contact in data.Contacts) needles.Add(contact.ContactName);
        // Short values could turn up by chance in random bytes; seven characters and more cannot (p < 1e-9 each).
        needles.RemoveWhere(n => n.Length < 7);
        Assert.True(needles.Count > 2_000, $"only {needles.Count} values to look for");

        // A copy taken without the key file, as a backup or another user would get it.
        var copies = harness.Directory("copies");
        var files = Directory.GetFiles(harness.CacheDirectory, "cache-*").ToList();
        Assert.Contains(files, f => f.EndsWith(".db", StringComparison.Ordinal));
        foreach (var file in files.ToArray()) files.Add(CopyTo(file, copies));

        var search = SearchValues.Create(needles.ToArray(), StringComparison.Ordinal);
        // The search itself finds what is there in plain text.
        Assert.True(("\0\u0001" + data.Invoices[^1].InvoiceNumber + "\u00ff").AsSpan().IndexOfAny(search) == 2);
        foreach (var file in files)
        {
            var text = Encoding.Latin1.GetString(File.ReadAllBytes(file));
            var utf8 = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            var at = text.AsSpan().IndexOfAny(search);
            Assert.True(at < 0, $"{Path.GetFileName(file)} holds readable data at {at}: {(at < 0 ? "" : text.Substring(at, Math.Min(40, text.Length - at)))}");
            Assert.True(utf8.AsSpan().IndexOfAny(search) < 0, $"{Path.GetFileName(file)} holds readable UTF-8 data");
        }

        // Without the key, the copy is no cache at all.
        var status = CacheStatus.Read(CacheSettings.Default, copies, harness.Directory("another-config"), null, null);
        Assert.Contains("another key", Assert.Single(status).Problem);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(harness.CacheDirectory, "cache-books-60001234567.db")));
    }

    private static string CopyTo(string file, string directory)
    {
        var copy = Path.Combine(directory, Path.GetFileName(file));
        File.Copy(file, copy, overwrite: true);
        return copy;
    }
}
