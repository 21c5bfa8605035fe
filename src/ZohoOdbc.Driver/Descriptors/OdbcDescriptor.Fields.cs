using ZohoOdbc.Driver.Conversion;
using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;
using ZohoOdbc.Driver.Strings;
using F = ZohoOdbc.Driver.Odbc.DescField;

namespace ZohoOdbc.Driver.Descriptors;

/// <summary>SQLGetDescField and SQLSetDescField.</summary>
internal sealed unsafe partial class OdbcDescriptor
{
    public short GetField(short recordNumber, short field, OdbcText text, void* value, int bufferLength, int* length)
    {
        var width = DescriptorFieldRules.Width(field);
        if (width is null || !DescriptorFieldRules.CanRead(Kind, field))
            throw new OdbcException(OdbcStates.InvalidDescriptorField, $"Descriptor field {field} is not defined for {KindName}.");
        if (Kind == DescriptorKind.ImplementationRow && field is not (F.AllocType or F.ArrayStatusPtr or F.RowsProcessedPtr)
            && Owner is { IsDescribed: false })
            throw new OdbcException(OdbcStates.StatementNotPrepared, "The IRD is empty until a statement is prepared or executed.");

        if (DescriptorFieldRules.IsHeader(field))
        {
            WriteNumber(width.Value, HeaderValue(field), value, length);
            return SqlReturn.Success;
        }

        RequireRecordNumber(recordNumber);
        if (recordNumber > Count) return SqlReturn.NoData;

        if (width == DescriptorFieldWidth.Text)
        {
            if (bufferLength < 0) throw new OdbcException(OdbcStates.InvalidStringLength, "The buffer length is negative.");
            text.Write(RecordText(recordNumber, field), value, bufferLength, LengthUnit.Bytes, length, Diagnostics);
            return SqlReturn.Success;
        }
        WriteNumber(width.Value, RecordNumber(recordNumber, field), value, length);
        return SqlReturn.Success;
    }

    public short SetField(short recordNumber, short field, void* value, int bufferLength, OdbcText text)
    {
        var width = DescriptorFieldRules.Width(field);
        if (width is null)
            throw new OdbcException(OdbcStates.InvalidDescriptorField, $"Descriptor field {field} is not known.");
        if (!DescriptorFieldRules.CanWrite(Kind, field))
        {
            if (Kind == DescriptorKind.ImplementationRow)
                throw new OdbcException(OdbcStates.CannotModifyIrd, "An implementation row descriptor cannot be modified, except its two array pointers.");
            throw new OdbcException(OdbcStates.InvalidDescriptorField, $"Descriptor field {field} cannot be set on {KindName}.");
        }

        var number = (nint)value;
        if (DescriptorFieldRules.IsHeader(field))
        {
            SetHeader(field, number);
            return SqlReturn.Success;
        }

        RequireRecordNumber(recordNumber);
        var record = Record(recordNumber);
        if (Kind == DescriptorKind.Application && !DescriptorFieldRules.KeepsBinding(field)) record.DataPtr = 0;
        switch (field)
        {
            case F.Type: record.DeclareVerboseType((short)number); break;
            case F.ConciseType: record.DeclareConciseType((short)number); break;
            case F.DateTimeIntervalCode: record.DeclareSubcode((short)number); break;
            case F.DateTimeIntervalPrecision: record.DateTimeIntervalPrecision = (int)number; break;
            case F.Length: record.Length = (nuint)number; break;
            case F.OctetLength: record.OctetLength = number; break;
            case F.Precision:
                record.Precision = (short)number;
                record.HasExplicitNumericFormat = true;
                break;
            case F.Scale:
                record.Scale = (short)number;
                record.HasExplicitNumericFormat = true;
                break;
            case F.NumPrecRadix: record.NumPrecRadix = (int)number; break;
            case F.IndicatorPtr: record.IndicatorPtr = number; break;
            case F.OctetLengthPtr: record.OctetLengthPtr = number; break;
            case F.ParameterType: record.ParameterType = ValidParameterType((short)number); break;
            case F.Name: record.Name = text.ReadBytes(value, bufferLength) ?? ""; break;
            case F.Unnamed:
                if ((short)number != ColumnField.UnnamedValue)
                    throw new OdbcException(OdbcStates.InvalidAttributeValue, "SQL_DESC_UNNAMED can only be set to SQL_UNNAMED.");
                record.Name = "";
                break;
            case F.DataPtr:
                // Setting DATA_PTR triggers the consistency check; on the IPD nothing is stored.
                CheckConsistency(record);
                if (Kind == DescriptorKind.Application) record.DataPtr = number;
                break;
        }
        return SqlReturn.Success;
    }

    private string KindName => Kind switch
    {
        DescriptorKind.ImplementationRow => "an IRD",
        DescriptorKind.ImplementationParameter => "an IPD",
        _ => "an application descriptor",
    };

    private long HeaderValue(short field) => field switch
    {
        F.AllocType => AllocType,
        F.ArraySize => (long)ArraySize,
        F.ArrayStatusPtr => ArrayStatusPtr,
        F.BindOffsetPtr => BindOffsetPtr,
        F.BindType => (long)BindType,
        F.RowsProcessedPtr => RowsProcessedPtr,
        _ => Count,
    };

    private void SetHeader(short field, nint number)
    {
        switch (field)
        {
            case F.ArraySize:
                if (number <= 0) throw new OdbcException(OdbcStates.InvalidAttributeValue, "SQL_DESC_ARRAY_SIZE must be at least 1.");
                ArraySize = (nuint)number;
                break;
            case F.ArrayStatusPtr: ArrayStatusPtr = number; break;
            case F.BindOffsetPtr: BindOffsetPtr = number; break;
            case F.BindType: BindType = (nuint)(uint)number; break;
            case F.RowsProcessedPtr: RowsProcessedPtr = number; break;
            case F.Count: SetCount((short)number); break;
        }
    }

    private long RecordNumber(int number, short field)
    {
        if (Kind == DescriptorKind.ImplementationRow)
        {
            var column = Columns[number - 1];
            return field switch
            {
                F.DateTimeIntervalCode => column.Type.DateTimeSub ?? 0,
                F.DateTimeIntervalPrecision => 0,
                F.RowVer => Sentinels.False,
                _ => ColumnAttributes.Number(column, (ushort)field, Connection.Environment.OdbcVersion) ?? 0,
            };
        }

        var record = records[number - 1];
        return field switch
        {
            F.Type => record.Type,
            F.ConciseType => record.ConciseType,
            F.DateTimeIntervalCode => record.DateTimeIntervalCode,
            F.DateTimeIntervalPrecision => record.DateTimeIntervalPrecision,
            F.Length => (long)record.Length,
            F.OctetLength => record.OctetLength,
            F.Precision => record.Precision,
            F.Scale => record.Scale,
            F.NumPrecRadix => record.NumPrecRadix,
            F.DataPtr => record.DataPtr,
            F.IndicatorPtr => record.IndicatorPtr,
            F.OctetLengthPtr => record.OctetLengthPtr,
            F.ParameterType => record.ParameterType,
            F.Nullable => record.Nullable,
            F.Unnamed => record.Name.Length == 0 ? ColumnField.UnnamedValue : ColumnField.Named,
            F.CaseSensitive => SqlType.IsCharacter(record.ConciseType) ? Sentinels.True : Sentinels.False,
            F.Unsigned => OdbcType.IsNumericSqlType(record.ConciseType) ? Sentinels.False : Sentinels.True,
            F.FixedPrecScale or F.RowVer => Sentinels.False,
            _ => 0,
        };
    }

    private string RecordText(int number, short field)
    {
        if (Kind == DescriptorKind.ImplementationRow)
            return ColumnAttributes.Text(Columns[number - 1], (ushort)field) ?? "";
        var record = records[number - 1];
        return field switch
        {
            F.Name => record.Name,
            F.TypeName or F.LocalTypeName => OdbcType.ForSqlType(record.ConciseType)?.TypeName ?? "",
            _ => "",
        };
    }

    private static void WriteNumber(DescriptorFieldWidth width, long number, void* value, int* length)
    {
        if (value != null)
        {
            switch (width)
            {
                case DescriptorFieldWidth.SmallInt: *(short*)value = (short)number; break;
                case DescriptorFieldWidth.Integer: *(int*)value = (int)number; break;
                case DescriptorFieldWidth.ULen: *(nuint*)value = (nuint)number; break;
                default: *(nint*)value = (nint)number; break;
            }
        }
        if (length != null)
            *length = width switch
            {
                DescriptorFieldWidth.SmallInt => sizeof(short),
                DescriptorFieldWidth.Integer => sizeof(int),
                _ => sizeof(nint),
            };
    }

    /// <summary>Record 0 is the bookmark record: bookmarks are not supported (07009).</summary>
    private static void RequireRecordNumber(short recordNumber)
    {
        if (recordNumber < 1)
            throw new OdbcException(OdbcStates.InvalidDescriptorIndex, $"Record {recordNumber} does not exist: bookmarks are not supported and records start at 1.");
    }

    private static short ValidParameterType(short type) => type is ParamIo.Input or ParamIo.InputOutput or ParamIo.Output
        or ParamIo.InputOutputStream or ParamIo.OutputStream
        ? type
        : throw new OdbcException(OdbcStates.InvalidAttributeValue, $"Parameter type {type} is not valid.");

    /// <summary>
    /// The consistency check SQL_DESC_DATA_PTR triggers (HY021): a known type, and for exact
    /// numerics a precision of 1–38 with a scale not above it.
    /// </summary>
    public void CheckConsistency(DescriptorRecord record)
    {
        var known = Kind == DescriptorKind.ImplementationParameter
            ? SqlType.IsKnown(record.ConciseType)
            : CTypeInfo.IsKnown(record.ConciseType);
        if (!known)
            throw new OdbcException(OdbcStates.InconsistentDescriptor, $"The descriptor record's type {record.ConciseType} is not a valid type.");
        if (record.ConciseType is SqlType.Decimal or SqlType.Numeric && record.HasExplicitNumericFormat
            && (record.Precision is < 1 or > DescriptorRecord.DefaultNumericPrecision || record.Scale < 0 || record.Scale > record.Precision))
            throw new OdbcException(OdbcStates.InconsistentDescriptor, $"Precision {record.Precision} and scale {record.Scale} are not consistent.");
    }
}
