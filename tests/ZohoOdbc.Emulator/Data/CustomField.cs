namespace ZohoOdbc.Emulator.Data;

/// <summary>A custom field value as detail and list rows carry it in custom_fields[].</summary>
public sealed record CustomField
{
    public required string CustomfieldId { get; init; }
    public required int Index { get; init; }
    public required string Label { get; init; }
    public required string ApiName { get; init; }
    public required string DataType { get; init; }
    public required string Value { get; init; }
    public bool ShowOnPdf { get; init; }
}
