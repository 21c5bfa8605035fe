using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Odbc;
using Attr = ZohoOdbc.Driver.Odbc.StatementAttribute;

namespace ZohoOdbc.Driver.Handles;

/// <summary>
/// SQLSetStmtAttr / SQLGetStmtAttr. Array and pointer attributes live in the descriptors (they
/// are views of descriptor header fields); the rest are kept here.
/// </summary>
internal sealed partial class OdbcStatement
{
    private nuint queryTimeoutSeconds;
    private nuint maxRows;
    private nuint noScan;
    private nuint rowsetSize = 1;
    private nint fetchBookmarkPtr;
    private nint rowOperationPtr;
    private bool metadataId;

    public unsafe short SetAttribute(int attribute, void* value)
    {
        var number = (nuint)value;
        switch (attribute)
        {
            case Attr.RowArraySize:
                if (number == 0) throw new OdbcException(OdbcStates.InvalidAttributeValue, "The row array size must be at least 1.");
                Ard.ArraySize = number;
                break;
            case Attr.RowBindType: Ard.BindType = number; break;
            case Attr.RowBindOffsetPtr: Ard.BindOffsetPtr = (nint)value; break;
            case Attr.RowStatusPtr: Ird.ArrayStatusPtr = (nint)value; break;
            case Attr.RowsFetchedPtr: Ird.RowsProcessedPtr = (nint)value; break;
            case Attr.RowsetSize: rowsetSize = number; break;
            case Attr.ParamsetSize: Apd.ArraySize = number; break;
            case Attr.ParamBindType: Apd.BindType = number; break;
            case Attr.ParamBindOffsetPtr: Apd.BindOffsetPtr = (nint)value; break;
            case Attr.ParamOperationPtr: Apd.ArrayStatusPtr = (nint)value; break;
            case Attr.ParamStatusPtr: Ipd.ArrayStatusPtr = (nint)value; break;
            case Attr.ParamsProcessedPtr: Ipd.RowsProcessedPtr = (nint)value; break;
            case Attr.FetchBookmarkPtr: fetchBookmarkPtr = (nint)value; break;
            case Attr.RowOperationPtr: rowOperationPtr = (nint)value; break;
            case Attr.QueryTimeout: queryTimeoutSeconds = number; break;
            case Attr.MaxRows: maxRows = number; break;
            case Attr.NoScan: noScan = number; break;
            case Attr.MetadataId: metadataId = number != 0; break;
            case Attr.CursorType: KeepOnly(number, Attr.CursorForwardOnly, "The cursor is forward-only."); break;
            case Attr.Concurrency: KeepOnly(number, Attr.ConcurReadOnly, "The cursor is read-only."); break;
            case Attr.CursorSensitivity when number != Attr.Unspecified: KeepOnly(number, Attr.Insensitive, "The cursor is insensitive."); break;
            case Attr.CursorSensitivity: break;
            case Attr.RetrieveData: KeepOnly(number, Attr.RetrieveOn, "Data is always retrieved."); break;
            case Attr.AsyncEnable: KeepOnly(number, Attr.Off, "Asynchronous execution is not supported."); break;
            case Attr.KeysetSize or Attr.MaxLength or Attr.SimulateCursor or Attr.EnableAutoIpd:
                KeepOnly(number, 0, $"Statement attribute {attribute} keeps its default, 0.");
                break;
            case Attr.CursorScrollable or Attr.UseBookmarks:
                if (number != Attr.Off) throw new OdbcException(OdbcStates.OptionalFeatureNotImplemented, "Scrollable cursors and bookmarks are not supported.");
                break;
            case Attr.AppRowDesc or Attr.AppParamDesc:
                var implicitDescriptor = attribute == Attr.AppRowDesc ? Ard : Apd;
                if (value != null && (nint)value != implicitDescriptor.Address)
                    throw new OdbcException(OdbcStates.OptionalFeatureNotImplemented, "Explicitly allocated descriptors are not supported.");
                break;
            case Attr.ImpRowDesc or Attr.ImpParamDesc or Attr.RowNumber:
                throw new OdbcException(OdbcStates.InvalidAttribute, $"Statement attribute {attribute} is read-only.");
            default:
                throw new OdbcException(OdbcStates.InvalidAttribute, $"Statement attribute {attribute} is not known.");
        }
        return SqlReturn.Success;
    }

    /// <summary>Every statement attribute is an SQLULEN or a pointer: both are pointer-sized.</summary>
    public unsafe short GetAttribute(int attribute, void* value, int* length)
    {
        nuint result = attribute switch
        {
            Attr.RowArraySize => Ard.ArraySize,
            Attr.RowBindType => Ard.BindType,
            Attr.RowBindOffsetPtr => (nuint)Ard.BindOffsetPtr,
            Attr.RowStatusPtr => (nuint)Ird.ArrayStatusPtr,
            Attr.RowsFetchedPtr => (nuint)Ird.RowsProcessedPtr,
            Attr.RowsetSize => rowsetSize,
            Attr.ParamsetSize => Apd.ArraySize,
            Attr.ParamBindType => Apd.BindType,
            Attr.ParamBindOffsetPtr => (nuint)Apd.BindOffsetPtr,
            Attr.ParamOperationPtr => (nuint)Apd.ArrayStatusPtr,
            Attr.ParamStatusPtr => (nuint)Ipd.ArrayStatusPtr,
            Attr.ParamsProcessedPtr => (nuint)Ipd.RowsProcessedPtr,
            Attr.FetchBookmarkPtr => (nuint)fetchBookmarkPtr,
            Attr.RowOperationPtr => (nuint)rowOperationPtr,
            Attr.QueryTimeout => queryTimeoutSeconds,
            Attr.MaxRows => maxRows,
            Attr.NoScan => noScan,
            Attr.MetadataId => metadataId ? 1u : 0u,
            Attr.CursorType => Attr.CursorForwardOnly,
            Attr.Concurrency => Attr.ConcurReadOnly,
            Attr.CursorScrollable => Attr.NonScrollable,
            Attr.CursorSensitivity => Attr.Insensitive,
            Attr.RetrieveData => Attr.RetrieveOn,
            Attr.AsyncEnable or Attr.UseBookmarks or Attr.KeysetSize or Attr.MaxLength or Attr.SimulateCursor or Attr.EnableAutoIpd => Attr.Off,
            Attr.RowNumber => cursor is { OnRow: true } open ? (nuint)open.RowsRead : 0,
            Attr.AppRowDesc => (nuint)Ard.Address,
            Attr.AppParamDesc => (nuint)Apd.Address,
            Attr.ImpRowDesc => (nuint)Ird.Address,
            Attr.ImpParamDesc => (nuint)Ipd.Address,
            _ => throw new OdbcException(OdbcStates.InvalidAttribute, $"Statement attribute {attribute} is not known."),
        };
        if (value != null) *(nuint*)value = result;
        if (length != null) *length = sizeof(nuint);
        return SqlReturn.Success;
    }

    /// <summary>Only <paramref name="supported"/> is possible: any other value is replaced by it (01S02).</summary>
    private void KeepOnly(nuint requested, nuint supported, string reason)
    {
        if (requested != supported) Diagnostics.Add(OdbcStates.OptionValueChanged, $"Option value changed: {reason}");
    }
}
