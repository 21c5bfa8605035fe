using System.Globalization;

namespace ZohoOdbc.Emulator.Data.Generation;

/// <summary>
/// Custom fields on contacts (a "Segment" dropdown, some values non-Latin) and invoices (a "Project Code" text, a
/// "Delivery Date" date, and one field of each other typed kind: number, decimal, amount, percent, check_box, date_time,
/// email), with custom_field_hash = {"cf_x": formatted, "cf_x_unformatted": raw}. The typed fields draw from a random
/// stream of their own, so the older fields keep their values.
/// </summary>
internal sealed class CustomFieldGenerator(GenerationContext context)
{
    private static readonly string[] Segments = ["Enterprise", "SMB", "Public Sector", "Non-Profit", "Partner", "中小企業"];

    private readonly Random random = context.Random("customfields");
    private readonly string segmentId = context.Ids.Next();
    private readonly string projectCodeId = context.Ids.Next();
    private readonly string deliveryDateId = context.Ids.Next();
    private readonly Random typedRandom = context.Random("customfields-typed");
    private readonly string[] typedIds = Enumerable.Range(0, 7).Select(_ => context.Ids.Next()).ToArray();

    public List<Contact> Contacts(IReadOnlyList<Contact> contacts) => contacts.Select(contact =>
    {
        if (!random.Chance(0.7))
        {
            return contact;
        }

        string segment = random.Pick(Segments);
        return contact with
        {
            CustomFields = [Field(segmentId, 1, "Segment", "cf_segment", "dropdown", segment)],
            CustomFieldHash = new Dictionary<string, string> { ["cf_segment"] = segment, ["cf_segment_unformatted"] = segment },
        };
    }).ToList();

    public List<Invoice> Invoices(IReadOnlyList<Invoice> invoices) => invoices.Select(invoice =>
    {
        var fields = new List<CustomField>();
        var hash = new Dictionary<string, string>();
        if (random.Chance(0.3))
        {
            string code = "PRJ-" + random.Next(100, 1000).ToString(CultureInfo.InvariantCulture);
            fields.Add(Field(projectCodeId, 1, "Project Code", "cf_project_code", "string", code));
            hash["cf_project_code"] = code;
            hash["cf_project_code_unformatted"] = code;
        }

        if (random.Chance(0.2))
        {
            DateOnly delivery = invoice.Date.AddDays(random.Next(1, 20));
            string raw = delivery.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            fields.Add(Field(deliveryDateId, 2, "Delivery Date", "cf_delivery_date", "date", raw));
            hash["cf_delivery_date"] = delivery.ToString("dd MMM yyyy", CultureInfo.InvariantCulture);
            hash["cf_delivery_date_unformatted"] = raw;
        }

        AddTypedFields(invoice, fields, hash);
        return fields.Count == 0 ? invoice : invoice with { CustomFields = fields, CustomFieldHash = hash };
    }).ToList();

    private void AddTypedFields(Invoice invoice, List<CustomField> fields, Dictionary<string, string> hash)
    {
        var culture = CultureInfo.InvariantCulture;
        void Add(int kind, string label, string apiName, string dataType, string raw, string formatted)
        {
            fields.Add(Field(typedIds[kind], fields.Count + 1, label, apiName, dataType, raw));
            hash[apiName] = formatted;
            hash[apiName + "_unformatted"] = raw;
        }

        if (typedRandom.Chance(0.5))
        {
            string pallets = typedRandom.Next(1, 41).ToString(culture);
            Add(0, "Pallets", "cf_pallets", "number", pallets, pallets);
        }
        if (typedRandom.Chance(0.5))
        {
            decimal weight = typedRandom.Next(1, 5_000_000) / 1000m;
            Add(1, "Weight (kg)", "cf_weight_kg", "decimal", weight.ToString(culture), weight.ToString("#,##0.000", culture));
        }
        if (typedRandom.Chance(0.4))
        {
            decimal insured = typedRandom.Next(1, 100_000_000) / 100m;
            Add(2, "Insured Amount", "cf_insured_amount", "amount", insured.ToString("0.00", culture), insured.ToString("#,##0.00", culture));
        }
        if (typedRandom.Chance(0.3))
        {
            decimal commission = typedRandom.Next(0, 2001) / 100m;
            Add(3, "Commission", "cf_commission", "percent", commission.ToString(culture), commission.ToString(culture) + "%");
        }
        if (typedRandom.Chance(0.6))
        {
            bool rush = typedRandom.Chance(0.3);
            Add(4, "Rush Order", "cf_rush_order", "check_box", rush ? "true" : "false", rush ? "Yes" : "No");
        }
        if (typedRandom.Chance(0.25))
        {
            DateTimeOffset dispatched = invoice.CreatedTime.AddMinutes(typedRandom.Next(60, 72 * 60));
            string raw = Json.ZohoTime.FormatTimestamp(dispatched);
            Add(5, "Dispatched At", "cf_dispatched_at", "date_time", raw, dispatched.ToString("dd MMM yyyy hh:mm tt", culture));
        }
        if (typedRandom.Chance(0.3))
        {
            string email = "ops" + typedRandom.Next(1, 100).ToString(culture) + "@example.com";
            Add(6, "Ops Email", "cf_ops_email", "email", email, email);
        }
    }

    private static CustomField Field(string id, int index, string label, string apiName, string dataType, string value) => new()
    {
        CustomfieldId = id,
        Index = index,
        Label = label,
        ApiName = apiName,
        DataType = dataType,
        Value = value,
        ShowOnPdf = index == 1,
    };
}
