using ZohoOdbc.Driver.Conversion;

namespace ZohoOdbc.Driver.Descriptors;

/// <summary>
/// The addresses of one row's (or parameter set's) element of a bound record: its data, its
/// indicator and its octet length. Column-wise arrays step by the element size (BufferLength for
/// variable-length types, the C type's size otherwise) and by sizeof(SQLLEN) for the length
/// buffers; row-wise arrays step every address by SQL_DESC_BIND_TYPE. SQL_DESC_BIND_OFFSET_PTR's
/// value is added to all three.
/// </summary>
internal readonly unsafe struct BoundElement(void* data, nint* indicator, nint* octetLength)
{
    public void* Data { get; } = data;

    public nint* Indicator { get; } = indicator;

    public nint* OctetLength { get; } = octetLength;

    public static BoundElement Locate(OdbcDescriptor descriptor, DescriptorRecord record, short resolvedCType, nuint row)
    {
        var offset = descriptor.BindOffsetPtr == 0 ? 0 : *(nint*)descriptor.BindOffsetPtr;
        nint dataStride, lengthStride;
        if (descriptor.BindType == 0)
        {
            dataStride = CTypeInfo.IsVariableLength(resolvedCType) ? record.OctetLength : CTypeInfo.FixedSize(resolvedCType);
            lengthStride = sizeof(nint);
        }
        else
        {
            dataStride = lengthStride = (nint)descriptor.BindType;
        }

        var step = (nint)row;
        return new BoundElement(
            record.DataPtr == 0 ? null : (void*)(record.DataPtr + offset + step * dataStride),
            record.IndicatorPtr == 0 ? null : (nint*)(record.IndicatorPtr + offset + step * lengthStride),
            record.OctetLengthPtr == 0 ? null : (nint*)(record.OctetLengthPtr + offset + step * lengthStride));
    }
}
