using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Conversion;

/// <summary>
/// Where one value goes: a C type, its buffer, and the indicator and octet-length slots (the
/// same address when bound through SQLBindCol / SQLGetData, possibly two through the descriptor
/// functions). <paramref name="numeric"/> is the precision and scale SQL_C_NUMERIC must use when
/// the application set them; <paramref name="maxLength"/> is SQL_ATTR_MAX_LENGTH (0 = none).
/// </summary>
internal readonly unsafe struct CellTarget(short cType, void* data, nint bufferLength, nint* indicator, nint* length,
    NumericFormat? numeric = null, nuint maxLength = 0)
{
    public CellTarget(short cType, void* data, nint bufferLength, nint* lengthOrIndicator)
        : this(cType, data, bufferLength, lengthOrIndicator, lengthOrIndicator)
    {
    }

    public short CType { get; } = cType;

    public void* Data { get; } = data;

    public nint BufferLength { get; } = bufferLength;

    public nint* Indicator { get; } = indicator;

    public nint* Length { get; } = length;

    public NumericFormat? Numeric { get; } = numeric;

    public nuint MaxLength { get; } = maxLength;

    public CellTarget WithCType(short resolved) => new(resolved, Data, BufferLength, Indicator, Length, Numeric, MaxLength);

    /// <summary>A non-NULL value: the indicator (when separate) becomes 0 and the length slot gets the length.</summary>
    public void SetLength(nint length)
    {
        if (Indicator != null && Indicator != Length) *Indicator = 0;
        if (Length != null) *Length = length;
    }

    /// <summary>A NULL value needs an indicator to say so (22002 without one).</summary>
    public void SetNull()
    {
        var slot = Indicator != null ? Indicator : Length;
        if (slot == null)
            throw new OdbcException(OdbcStates.IndicatorRequired, "The value is NULL and no indicator variable was bound.");
        *slot = Sentinels.NullData;
    }
}
