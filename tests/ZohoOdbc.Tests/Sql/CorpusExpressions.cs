using System.Globalization;
using ZohoOdbc.Emulator.Data;
using static ZohoOdbc.Tests.Sql.Corpus;

namespace ZohoOdbc.Tests.Sql;

/// <summary>CASE, CAST/CONVERT, string, date and math functions, ODBC escapes, NULL handling and exact decimal arithmetic.</summary>
internal static partial class DifferentialCorpus
{
    private const string First = "WHERE invoice_number = 'INV-000001'";

    private static Invoice One1(Dataset d) => ByNumber(d, "INV-000001");

    /// <summary>A query over invoice INV-000001 (one list call, the number pushed).</summary>
    private static CorpusCase OnFirst(string select, Func<Invoice, object?[]> expected) =>
        new($"SELECT {select} FROM invoices {First}", d => [expected(One1(d))], _ => 1);

    private static CorpusCase Constant(string select, params object?[] expected) => new($"SELECT {select}", _ => [expected], _ => 0);

    private static long Week(DateOnly d) => (d.DayOfYear + (int)new DateOnly(d.Year, 1, 1).DayOfWeek - 1) / 7 + 1;

    private static CorpusCase[] Expressions =>
    [
        new("SELECT CASE WHEN total > 10000 THEN 'big' WHEN total > 1000 THEN 'medium' ELSE 'small' END AS size, COUNT(*) FROM invoices " +
            "GROUP BY CASE WHEN total > 10000 THEN 'big' WHEN total > 1000 THEN 'medium' ELSE 'small' END",
            d => d.Invoices.GroupBy(i => i.Total > 10000 ? "big" : i.Total > 1000 ? "medium" : "small").Select(g => Row(g.Key, (long)g.Count())), d => Pages(d.Invoices)),
        OnFirst("CAST(total AS INT), CAST(total AS VARCHAR(20)), CAST(date AS DATETIME), CAST(total AS DECIMAL(10,1)), CAST(total AS FLOAT)",
            i => Row((long)decimal.Truncate(i.Total), i.Total.ToString("F2", CultureInfo.InvariantCulture), i.Date.ToDateTime(TimeOnly.MinValue), Round(i.Total, 1), (double)i.Total)),
        OnFirst("CONVERT(VARCHAR(10), date, 101), CONVERT(VARCHAR(10), date, 103), CONVERT(VARCHAR(8), date, 112), CONVERT(VARCHAR(10), date, 23), CONVERT(VARCHAR(19), created_time, 120)",
            i => Row(i.Date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture), i.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                i.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture), i.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                i.CreatedTime.DateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))),
        Constant("CONVERT(DATE, '03/04/2025', 103), CONVERT(DATE, '03/04/2025', 101), CAST('2025-02-28' AS DATE), CAST('12.5' AS DECIMAL(5,1)), CAST('123.45' AS DECIMAL(5,1))",
            new DateOnly(2025, 4, 3), new DateOnly(2025, 3, 4), new DateOnly(2025, 2, 28), 12.5m, 123.5m),
        OnFirst("LEFT(customer_name, 5), RIGHT(invoice_number, 3), SUBSTRING(invoice_number, 5, 2), LEN(customer_name), UPPER(customer_name), LOWER(status)",
            i => Row(i.CustomerName[..Math.Min(5, i.CustomerName.Length)], i.InvoiceNumber[^3..], i.InvoiceNumber.Substring(4, 2), (long)i.CustomerName.TrimEnd(' ').Length,
                i.CustomerName.ToUpperInvariant(), i.Status.ToLowerInvariant())),
        OnFirst("REPLACE(invoice_number, 'inv', 'X'), CHARINDEX('-', invoice_number), CHARINDEX('00', invoice_number, 6), REVERSE(invoice_number), LTRIM(RTRIM('  a  ')), REPLICATE('ab', 3)",
            i => Row("X" + i.InvoiceNumber[3..], (long)(i.InvoiceNumber.IndexOf('-', StringComparison.Ordinal) + 1),
                (long)(i.InvoiceNumber.IndexOf("00", 5, StringComparison.Ordinal) + 1), new string(i.InvoiceNumber.Reverse().ToArray()), "a", "ababab")),
        OnFirst("CONCAT(invoice_number, ' / ', total, ' / ', date), invoice_number + ' ' + status, CONCAT_WS('-', status, NULL, currency_code)",
            i => Row($"{i.InvoiceNumber} / {i.Total.ToString("F2", CultureInfo.InvariantCulture)} / {i.Date:yyyy-MM-dd}", i.InvoiceNumber + " " + i.Status, i.Status + "-" + i.CurrencyCode)),
        new("SELECT invoice_number, ISNULL(CAST(last_payment_date AS VARCHAR(10)), 'never'), COALESCE(NULL, last_payment_date, due_date) FROM invoices WHERE status = 'void'",
            d => d.Invoices.Where(i => i.Status == "void").Select(i => Row(i.InvoiceNumber, i.LastPaymentDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "never",
                (object?)(i.LastPaymentDate ?? i.DueDate))),
            d => Pages(d.Invoices.Where(i => i.Status == "void"))),
        OnFirst("YEAR(date), MONTH(date), DAY(date), DATEPART(quarter, date), DATEPART(week, date), DATEPART(weekday, date), DATEPART(dayofyear, date)",
            i => Row((long)i.Date.Year, (long)i.Date.Month, (long)i.Date.Day, (long)((i.Date.Month - 1) / 3 + 1), Week(i.Date), (long)i.Date.DayOfWeek + 1, (long)i.Date.DayOfYear)),
        new("SELECT invoice_number, DATEADD(month, 1, date), DATEADD(day, -30, due_date), DATEADD(year, 1, date), EOMONTH(date) FROM invoices WHERE date BETWEEN '2024-01-25' AND '2024-02-05'",
            d => d.Invoices.Where(i => i.Date >= new DateOnly(2024, 1, 25) && i.Date <= new DateOnly(2024, 2, 5))
                .Select(i => Row(i.InvoiceNumber, i.Date.AddMonths(1), i.DueDate.AddDays(-30), i.Date.AddYears(1),
                    new DateOnly(i.Date.Year, i.Date.Month, DateTime.DaysInMonth(i.Date.Year, i.Date.Month)))),
            d => Pages(d.Invoices.Where(i => i.Date >= new DateOnly(2024, 1, 25) && i.Date <= new DateOnly(2024, 2, 5)))),
        OnFirst("DATEDIFF(day, date, due_date), DATEDIFF(month, date, '2026-12-31'), DATEDIFF(year, date, '2026-01-01'), DATENAME(month, date), DATENAME(weekday, date)",
            i => Row((long)(i.DueDate.DayNumber - i.Date.DayNumber), (long)(2026 * 12 + 12 - (i.Date.Year * 12 + i.Date.Month)), (long)(2026 - i.Date.Year),
                CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(i.Date.Month), i.Date.DayOfWeek.ToString())),
        OnFirst("FORMAT(date, 'yyyy-MM'), FORMAT(total, 'N2'), FORMAT(date, 'dd MMM yyyy'), DATEFROMPARTS(YEAR(date), 12, 31)",
            i => Row(i.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture), i.Total.ToString("N2", CultureInfo.InvariantCulture),
                i.Date.ToString("dd MMM yyyy", CultureInfo.InvariantCulture), new DateOnly(i.Date.Year, 12, 31))),
        OnFirst("ROUND(total, 0), ROUND(total, -2), ROUND(total, 1, 1), CEILING(total), FLOOR(total), ABS(-total), SIGN(balance - total)",
            i => Row(Round(i.Total, 0), Math.Round(i.Total / 100, MidpointRounding.AwayFromZero) * 100, decimal.Truncate(i.Total * 10) / 10, Math.Ceiling(i.Total), Math.Floor(i.Total),
                i.Total, (decimal)Math.Sign(i.Balance - i.Total))),
        Constant("POWER(2, 10), SQRT(16.0), 17 / 5, -17 / 5, 17 % 5, -17 % 5, 7.0 / 2, 1 / 3.0, 5 * 1.50",
            1024L, 4.0, 3L, -3L, 2L, -2L, 3.5m, 0.333333m, 7.50m),
        OnFirst("total % 100, total / 3, total * 1.1, total * exchange_rate, total + shipping_charge - adjustment",
            i => Row(i.Total % 100, Divide(i.Total, 3, 13), i.Total * 1.1m, i.Total * i.ExchangeRate, i.Total + i.ShippingCharge - i.Adjustment)),
        new("SELECT invoice_number, balance / total FROM invoices WHERE status = 'partially_paid'",
            d => d.Invoices.Where(i => i.Status == "partially_paid").Select(i => Row(i.InvoiceNumber, Divide(i.Balance, i.Total, 20))),
            d => Pages(d.Invoices.Where(i => i.Status == "partially_paid"))),
        Constant("CASE WHEN 0.1 + 0.2 = 0.3 THEN 'exact' ELSE 'float' END, 0.1 + 0.2, CAST(0.1 AS FLOAT) + CAST(0.2 AS FLOAT)", "exact", 0.3m, 0.1 + 0.2),
        OnFirst("{fn UCASE(customer_name)}, {fn LCASE(status)}, {fn LENGTH(invoice_number)}, {fn SUBSTRING(invoice_number, 1, 3)}, {fn CONCAT(status, currency_code)}, {fn IFNULL(last_payment_date, date)}",
            i => Row(i.CustomerName.ToUpperInvariant(), i.Status, (long)i.InvoiceNumber.Length, i.InvoiceNumber[..3], i.Status + i.CurrencyCode, i.LastPaymentDate ?? i.Date)),
        OnFirst("{fn YEAR(date)}, {fn MONTH(date)}, {fn DAYOFMONTH(date)}, {fn DAYOFWEEK(date)}, {fn QUARTER(date)}, {fn TIMESTAMPADD(SQL_TSI_DAY, 7, date)}, {fn TIMESTAMPDIFF(SQL_TSI_DAY, date, due_date)}",
            i => Row((long)i.Date.Year, (long)i.Date.Month, (long)i.Date.Day, (long)i.Date.DayOfWeek + 1, (long)((i.Date.Month - 1) / 3 + 1), i.Date.AddDays(7),
                (long)(i.DueDate.DayNumber - i.Date.DayNumber))),
        OnFirst("{fn CONVERT(total, SQL_INTEGER)}, {fn ROUND(total, 0)}, {fn LOCATE('-', invoice_number)}, {fn LTRIM('  x')}, {fn MOD(17, 5)}, {fn ABS(-2)}",
            i => Row((long)decimal.Truncate(i.Total), Round(i.Total, 0), (long)(i.InvoiceNumber.IndexOf('-', StringComparison.Ordinal) + 1), "x", 2L, 2L)),
        new("SELECT invoice_number FROM invoices WHERE date >= {d '2026-10-01'} AND created_time < {ts '2026-10-20 00:00:00'}",
            d => d.Invoices.Where(i => i.Date >= new DateOnly(2026, 10, 1) && i.CreatedTime.DateTime < new DateTime(2026, 10, 20)).Select(i => Row(i.InvoiceNumber)),
            d => Pages(d.Invoices.Where(i => i.Date >= new DateOnly(2026, 10, 1)))),
        // Times of day ({t}, CAST AS time): compared as times, not as text ('9:00' is before '12:00:00').
        new("SELECT invoice_number, CAST(created_time AS time) FROM invoices WHERE CAST(created_time AS time) >= {t '12:00:00'}",
            d => d.Invoices.Where(i => i.CreatedTime.DateTime.TimeOfDay >= TimeSpan.FromHours(12))
                .Select(i => Row(i.InvoiceNumber, i.CreatedTime.DateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture))),
            d => Pages(d.Invoices)),
        new("SELECT COUNT(*) FROM invoices WHERE CAST(created_time AS time) BETWEEN '9:00' AND {t '17:30:00'}",
            d => [Row((long)d.Invoices.Count(i => i.CreatedTime.DateTime.TimeOfDay >= TimeSpan.FromHours(9) && i.CreatedTime.DateTime.TimeOfDay <= new TimeSpan(17, 30, 0)))],
            d => Pages(d.Invoices)),
        Constant("{t '09:05:00'}, CAST('9:05' AS time), CAST({t '23:59:59'} AS VARCHAR(8)), CAST({t '10:30:00'} AS DATETIME), CASE WHEN {t '12:00:00'} >= '9:00' THEN 'time' ELSE 'text' END",
            "09:05:00", "09:05:00", "23:59:59", new DateTime(1900, 1, 1, 10, 30, 0), "time"),
        OnFirst("NULL + 1, total + NULL, NULLIF(balance, 0), NULLIF(status, 'x'), IIF(balance > 0, 'open', 'closed'), CHOOSE(2, 'a', 'b', 'c')",
            i => Row(null, null, i.Balance == 0 ? null : i.Balance, i.Status, i.Balance > 0 ? "open" : "closed", "b")),
        Constant("1 + 1, 'a' + 'b', N'x', 10 - 2.5, CAST(NULL AS INT), 2 * 3 + 4, (2 + 3) * 4", 2L, "ab", "x", 7.5m, null, 10L, 20L),
        Constant("DATEADD(month, 1, CAST('2024-01-31' AS DATE)), DATEDIFF(year, '2024-12-31', '2025-01-01'), DATEDIFF(week, '2025-01-04', '2025-01-05'), ISDATE('2025-02-30'), EOMONTH('2024-02-10')",
            new DateOnly(2024, 2, 29), 1L, 1L, 0L, new DateOnly(2024, 2, 29)),
        Constant("UPPER('straße'), LOWER('ÉCOLE'), LEN('abc  '), LEN('  abc'), SUBSTRING('abcdef', 0, 3), STUFF('abcdef', 2, 3, 'XY')",
            "STRAßE", "école", 3L, 5L, "ab", "aXYef"),
        new("SELECT invoice_number, cf_project_code, cf_delivery_date FROM invoices WHERE cf_project_code IS NOT NULL OR cf_delivery_date >= '2026-10-01'",
            d => d.Invoices.Where(i => i.CustomFieldHash.ContainsKey("cf_project_code_unformatted")
                    || string.CompareOrdinal(i.CustomFieldHash.GetValueOrDefault("cf_delivery_date_unformatted"), "2026-10-01") >= 0)
                .Select(i => Row(i.InvoiceNumber, i.CustomFieldHash.GetValueOrDefault("cf_project_code_unformatted"),
                    i.CustomFieldHash.TryGetValue("cf_delivery_date_unformatted", out var delivery) ? DateOnly.Parse(delivery, CultureInfo.InvariantCulture) : null)),
            d => Pages(d.Invoices)),
        new("SELECT JSON_VALUE(custom_field_hash, '$.cf_segment'), COUNT(*) FROM contacts GROUP BY JSON_VALUE(custom_field_hash, '$.cf_segment')",
            d => d.Contacts.GroupBy(c => c.CustomFieldHash.GetValueOrDefault("cf_segment")).Select(g => Row(g.Key, (long)g.Count())), _ => 1),
        new("SELECT status, COUNT(*) FROM invoices WHERE status LIKE '[pv]%' GROUP BY status",
            d => d.Invoices.Where(i => i.Status.StartsWith('p') || i.Status.StartsWith('v')).GroupBy(i => i.Status).Select(g => Row(g.Key, (long)g.Count())), d => Pages(d.Invoices)),
        new("SELECT invoice_number FROM invoices WHERE invoice_number LIKE 'INV-00001_' AND status LIKE '%a%'",
            d => d.Invoices.Where(i => Like(i.InvoiceNumber, "INV-00001_") && i.Status.Contains('a', StringComparison.Ordinal)).Select(i => Row(i.InvoiceNumber)), d => Pages(d.Invoices)),
    ];
}
