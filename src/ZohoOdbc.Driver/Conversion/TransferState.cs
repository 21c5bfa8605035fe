namespace ZohoOdbc.Driver.Conversion;

/// <summary>
/// How far successive SQLGetData calls have read one value: the bytes already returned and the
/// encoded value they come from (kept so a long value is encoded once, not once per piece).
/// </summary>
internal struct TransferState
{
    public long Offset;
    public byte[]? Encoded;
}
