using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;
using ZohoOdbc.Driver.Strings;

namespace ZohoOdbc.Driver.Descriptors;

/// <summary>SQLGetDescRec, SQLSetDescRec and SQLCopyDesc.</summary>
internal sealed unsafe partial class OdbcDescriptor
{
    public short GetRecord(short recordNumber, OdbcText text, void* name, short nameCapacity, short* nameLength,
        short* type, short* subType, nint* length, short* precision, short* scale, short* nullable)
    {
        if (Kind == DescriptorKind.ImplementationRow && Owner is { IsDescribed: false })
            throw new OdbcException(OdbcStates.StatementNotPrepared, "The IRD is empty until a statement is prepared or executed.");
        RequireRecordNumber(recordNumber);
        if (recordNumber > Count) return SqlReturn.NoData;
        if (nameCapacity < 0) throw new OdbcException(OdbcStates.InvalidStringLength, "The name buffer length is negative.");

        var snapshot = Snapshot(recordNumber);
        text.Write(snapshot.Name, name, nameCapacity, LengthUnit.Characters, nameLength, Diagnostics);
        if (type != null) *type = snapshot.Type;
        if (subType != null) *subType = snapshot.DateTimeIntervalCode;
        if (length != null) *length = snapshot.OctetLength;
        if (precision != null) *precision = snapshot.Precision;
        if (scale != null) *scale = snapshot.Scale;
        if (nullable != null) *nullable = snapshot.Nullable;
        return SqlReturn.Success;
    }

    public short SetRecord(short recordNumber, short type, short subType, nint length, short precision, short scale,
        nint data, nint octetLengthPtr, nint indicatorPtr)
    {
        if (Kind == DescriptorKind.ImplementationRow)
            throw new OdbcException(OdbcStates.CannotModifyIrd, "An implementation row descriptor cannot be modified.");
        RequireRecordNumber(recordNumber);
        var record = Record(recordNumber);
        record.DeclareVerboseType(type);
        if (type is SqlType.DateTime or SqlType.Interval) record.DeclareSubcode(subType);
        record.OctetLength = length;
        record.Precision = precision;
        record.Scale = scale;
        record.HasExplicitNumericFormat = true;
        CheckConsistency(record);
        if (Kind == DescriptorKind.Application) record.DataPtr = data;
        record.OctetLengthPtr = octetLengthPtr;
        record.IndicatorPtr = indicatorPtr;
        return SqlReturn.Success;
    }

    /// <summary>SQLCopyDesc: every field but SQL_DESC_ALLOC_TYPE, from <paramref name="source"/> into this descriptor.</summary>
    public void CopyFrom(OdbcDescriptor source)
    {
        if (Kind == DescriptorKind.ImplementationRow)
            throw new OdbcException(OdbcStates.CannotModifyIrd, "An implementation row descriptor cannot be the target of SQLCopyDesc.");
        if (source.Kind == DescriptorKind.ImplementationRow && source.Owner is { IsDescribed: false })
            throw new OdbcException(OdbcStates.StatementNotPrepared, "The source IRD is empty until its statement is prepared or executed.");
        if (ReferenceEquals(source, this)) return;

        ArraySize = source.ArraySize;
        BindType = source.BindType;
        BindOffsetPtr = source.BindOffsetPtr;
        ArrayStatusPtr = source.ArrayStatusPtr;
        RowsProcessedPtr = source.RowsProcessedPtr;
        records.Clear();
        for (var number = 1; number <= source.Count; number++) records.Add(source.Snapshot(number));
    }

    /// <summary>A record as a standalone copy; for the IRD, built from the column it describes.</summary>
    private DescriptorRecord Snapshot(int number)
    {
        if (Kind != DescriptorKind.ImplementationRow) return records[number - 1].Clone();

        var column = Columns[number - 1];
        var version = Connection.Environment.OdbcVersion;
        var record = new DescriptorRecord();
        record.DeclareConciseType(column.Type.ConciseType(version));
        record.Length = (nuint)column.ColumnSize;
        record.OctetLength = column.OctetLength;
        record.Precision = (short)(ColumnAttributes.Number(column, ColumnField.Precision, version) ?? 0);
        record.Scale = column.DecimalDigits;
        record.NumPrecRadix = column.Type.NumPrecRadix ?? 0;
        record.Nullable = column.Nullable ? Sentinels.Nullable : Sentinels.NoNulls;
        record.Name = column.Name;
        return record;
    }
}
