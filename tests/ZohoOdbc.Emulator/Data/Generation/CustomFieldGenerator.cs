using System.Globalization;

namespace ZohoOdbc.Emulator.Data.Generation;

/// <summary>
/// Custom fields on contacts (a "Segment" dropdown, some values non-Latin) and invoices (a "Project Code" text and a
/// "Delivery Date" date), with custom_field_hash = {"cf_x": formatted, "cf_x_unformatted": raw}.
/// </summary>
internal sealed class CustomFieldGenerator(GenerationContext context)
{
    private static readonly string[] Segments = ["Enterprise", "SMB", "Public Sector", "Non-Profit", "Partner", "中小企業"];

    private readonly Random random = context.Random("customfields");
    private readonly string segmentId = context.Ids.Next();
    private readonly string projectCodeId = context.Ids.Next();
    private readonly string deliveryDateId = context.Ids.Next();

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

        return fields.Count == 0 ? invoice : invoice with { CustomFields = fields, CustomFieldHash = hash };
    }).ToList();

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
