using ZohoOdbc.Core.Engine;
using ZohoOdbc.Driver.Conversion;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Descriptors;

/// <summary>
/// One bound column worked out once per rowset: its resolved C type, its first element's
/// addresses and the strides to the next row's, so each row's transfer is plain arithmetic.
/// </summary>
internal readonly unsafe struct BoundColumn
{
    private readonly nint data, indicator, length, dataStride, lengthStride;

    public BoundColumn(OdbcDescriptor ard, int number, DescriptorRecord record, ColumnDescriptor column, ResultColumn core, nuint maxLength)
    {
        Number = number;
        Column = column;
        CType = CTypeInfo.Resolve(record.ConciseType, column);
        Transfer = TypedTransfers.For(core, column, CType, maxLength);
        BufferLength = record.OctetLength;
        Numeric = record.HasExplicitNumericFormat ? new NumericFormat(record.Precision, record.Scale) : null;
        var first = BoundElement.Locate(ard, record, CType, 0);
        var second = BoundElement.Locate(ard, record, CType, 1);
        data = (nint)first.Data;
        indicator = (nint)first.Indicator;
        length = (nint)first.OctetLength;
        dataStride = (nint)second.Data - data;
        lengthStride = record.IndicatorPtr != 0 ? (nint)second.Indicator - indicator : (nint)second.OctetLength - length;
    }

    public int Number { get; }

    public ColumnDescriptor Column { get; }

    public short CType { get; }

    /// <summary>The typed fast path for this column's values, or None for CellWriter's general path.</summary>
    public TypedTransfer Transfer { get; }

    public nint BufferLength { get; }

    public NumericFormat? Numeric { get; }

    /// <summary>The data element of row <paramref name="row"/>; null when no data buffer is bound.</summary>
    public void* DataAt(int row) => data == 0 ? null : (void*)(data + row * dataStride);

    /// <summary>The indicator of row <paramref name="row"/> when it is also the length slot (SQLBindCol), else null.</summary>
    public nint* SharedIndicatorAt(int row) => indicator == 0 || indicator != length ? null : (nint*)(indicator + row * lengthStride);

    /// <summary>Where row <paramref name="row"/> (0-based) of the rowset goes.</summary>
    public CellTarget Target(int row, nuint maxLength) => new(
        CType,
        data == 0 ? null : (void*)(data + row * dataStride),
        BufferLength,
        indicator == 0 ? null : (nint*)(indicator + row * lengthStride),
        length == 0 ? null : (nint*)(length + row * lengthStride),
        Numeric,
        maxLength);
}
