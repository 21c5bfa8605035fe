namespace ZohoOdbc.Driver.Conversion;

/// <summary>Where one value goes: a C type, its buffer and the length/indicator slot.</summary>
internal readonly unsafe struct CellTarget(short cType, void* data, nint bufferLength, nint* lengthOrIndicator)
{
    public short CType { get; } = cType;

    public void* Data { get; } = data;

    public nint BufferLength { get; } = bufferLength;

    public nint* LengthOrIndicator { get; } = lengthOrIndicator;

    public CellTarget WithCType(short resolved) => new(resolved, Data, BufferLength, LengthOrIndicator);

    public void SetLength(nint length)
    {
        if (LengthOrIndicator != null) *LengthOrIndicator = length;
    }
}
