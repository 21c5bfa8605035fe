namespace ZohoOdbc.Emulator.Data;

/// <summary>A product or service that line items are drawn from; <see cref="Rate"/> is in the base currency.</summary>
public sealed record CatalogItem(string ItemId, string Name, string Description, decimal Rate, string Unit, string ProductType, string Sku)
{
    /// <summary>True when quantities are billed in half hours rather than whole units.</summary>
    public bool IsHourly => Unit == "hrs";

    public static IReadOnlyList<CatalogItem> All { get; } =
    [
        new("460000000000301", "Ergonomic Office Chair", "Mesh back, adjustable lumbar support", 249m, "pcs", "goods", "FUR-CHAIR-01"),
        new("460000000000302", "Standing Desk Frame", "Dual motor, memory presets", 389m, "pcs", "goods", "FUR-DESK-02"),
        new("460000000000303", "LED Desk Lamp", "Dimmable, USB charging port", 45.5m, "pcs", "goods", "LGT-LAMP-03"),
        new("460000000000304", "Wireless Keyboard", "Low-profile, multi-device", 59.99m, "pcs", "goods", "IT-KBD-04"),
        new("460000000000305", "USB-C Docking Station", "Dual display, 100 W pass-through", 179m, "pcs", "goods", "IT-DOCK-05"),
        new("460000000000306", "27-inch Monitor", "QHD IPS panel", 329m, "pcs", "goods", "IT-MON-06"),
        new("460000000000307", "Printer Paper", "Case of 10 reams, A4/Letter", 42.75m, "case", "goods", "OFF-PAPER-07"),
        new("460000000000308", "Toner Cartridge", "High yield, black", 89.9m, "pcs", "goods", "OFF-TONER-08"),
        new("460000000000309", "Label Printer", "Thermal, 4-inch labels", 139m, "pcs", "goods", "OFF-LABEL-09"),
        new("460000000000310", "Shipping Boxes", "Bundle of 25, double wall", 31.25m, "bundle", "goods", "SHP-BOX-10"),
        new("460000000000311", "Consulting Hours", "Process and systems consulting", 150m, "hrs", "service", "SRV-CONS-11"),
        new("460000000000312", "Installation Service", "On-site installation and setup", 95m, "hrs", "service", "SRV-INST-12"),
        new("460000000000313", "Annual Support Plan", "Business-hours support, 12 months", 1200m, "year", "service", "SRV-SUPP-13"),
        new("460000000000314", "Training Session", "Half-day training for up to 8 people", 450m, "session", "service", "SRV-TRN-14"),
        new("460000000000315", "Software License", "Per seat, per month", 29m, "seat", "service", "SW-LIC-15"),
        new("460000000000316", "Data Migration", "Export, cleanse and import of records", 125m, "hrs", "service", "SRV-MIG-16"),
        new("460000000000317", "On-site Visit", "Travel and first hour on site", 275m, "visit", "service", "SRV-VISIT-17"),
        new("460000000000318", "Custom Report Development", "Report design and build", 110m, "hrs", "service", "SRV-RPT-18"),
        new("460000000000319", "Cloud Hosting", "Managed hosting, monthly", 79m, "month", "service", "SRV-HOST-19"),
        new("460000000000320", "Design Review", "Architecture and design review", 135m, "hrs", "service", "SRV-DSGN-20"),
    ];
}
