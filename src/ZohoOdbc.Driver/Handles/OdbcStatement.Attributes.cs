using ZohoOdbc.Driver.Descriptors;
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
    private nuint maxLength;
    /// <summary>SQL_ATTR_NOSCAN: send the text exactly as written (the driver otherwise rewrites time literals).</summary>
    private bool noScan;
    private nuint odbc2RowsetSize = 1;
    private nint fetchBookmarkPtr;
    private bool metadataId;

    /// <summary>SQL_ATTR_MAX_LENGTH: the most bytes of character or binary data returned (0 = all), cut without a warning.</summary>
    public nuint MaxLength => maxLength;

    public unsafe short SetAttribute(int attribute, void* value)
    {
        RequireNoPendingData();
        var number = (nuint)value;
        switch (attribute)
        {
            case Attr.RowArraySize:
                if (number == 0) throw new OdbcException(OdbcStates.InvalidAttributeValue, "The row array size must be at least 1.");
                Ard.ArraySize = number;
                break;
            case Attr.RowBindType: Ard.BindType = number; break;
            case Attr.RowBindOffsetPtr: Ard.BindOffsetPtr = (nint)value; break;
            case Attr.RowOperationPtr: Ard.ArrayStatusPtr = (nint)value; break;
            case Attr.RowStatusPtr: Ird.ArrayStatusPtr = (nint)value; break;
            case Attr.RowsFetchedPtr: Ird.RowsProcessedPtr = (nint)value; break;
            case Attr.RowsetSize:
                if (number == 0) throw new OdbcException(OdbcStates.InvalidAttributeValue, "The rowset size must be at least 1.");
                odbc2RowsetSize = number;
                break;
            case Attr.ParamsetSize:
                if (number == 0) throw new OdbcException(OdbcStates.InvalidAttributeValue, "The parameter set size must be at least 1.");
                Apd.ArraySize = number;
                break;
            case Attr.ParamBindType: Apd.BindType = number; break;
            case Attr.ParamBindOffsetPtr: Apd.BindOffsetPtr = (nint)value; break;
            case Attr.ParamOperationPtr: Apd.ArrayStatusPtr = (nint)value; break;
            case Attr.ParamStatusPtr: Ipd.ArrayStatusPtr = (nint)value; break;
            case Attr.ParamsProcessedPtr: Ipd.RowsProcessedPtr = (nint)value; break;
            case Attr.FetchBookmarkPtr: fetchBookmarkPtr = (nint)value; break;
            case Attr.QueryTimeout: queryTimeoutSeconds = number; break;
            case Attr.MaxRows: maxRows = number; break;
            case Attr.MaxLength: maxLength = number; break;
            case Attr.NoScan: noScan = number != Attr.Off; break;
            case Attr.MetadataId: metadataId = number != 0; break;
            case Attr.CursorType:
                RequireNotPrepared(attribute);
                KeepOnly(number, Attr.CursorForwardOnly, "The cursor is forward-only.");
                break;
            case Attr.Concurrency:
                RequireNotPrepared(attribute);
                KeepOnly(number, Attr.ConcurReadOnly, "The cursor is read-only.");
                break;
            case Attr.CursorSensitivity when number != Attr.Unspecified: KeepOnly(number, Attr.Insensitive, "The cursor is insensitive."); break;
            case Attr.CursorSensitivity: break;
            case Attr.RetrieveData: KeepOnly(number, Attr.RetrieveOn, "Data is always retrieved."); break;
            case Attr.AsyncEnable: KeepOnly(number, Attr.Off, "Asynchronous execution is not supported."); break;
            case Attr.SimulateCursor:
                RequireNotPrepared(attribute);
                KeepOnly(number, 0, "Positioned updates and deletes are not supported.");
                break;
            case Attr.KeysetSize or Attr.EnableAutoIpd:
                KeepOnly(number, 0, $"Statement attribute {attribute} keeps its default, 0.");
                break;
            case Attr.CursorScrollable:
                if (number != Attr.NonScrollable) throw new OdbcException(OdbcStates.OptionalFeatureNotImplemented, "Scrollable cursors are not supported.");
                break;
            case Attr.UseBookmarks:
                RequireNotPrepared(attribute);
                if (number != Attr.Off) throw new OdbcException(OdbcStates.OptionalFeatureNotImplemented, "Bookmarks are not supported.");
                break;
            case Attr.AppRowDesc: explicitArd = Attach((nint)value, explicitArd, implicitArd); break;
            case Attr.AppParamDesc: explicitApd = Attach((nint)value, explicitApd, implicitApd); break;
            case Attr.ImpRowDesc or Attr.ImpParamDesc:
                throw new OdbcException(OdbcStates.AutomaticDescriptor, "The implementation descriptors cannot be replaced.");
            case Attr.RowNumber:
                throw new OdbcException(OdbcStates.InvalidAttribute, "SQL_ATTR_ROW_NUMBER is read-only.");
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
            Attr.RowOperationPtr => (nuint)Ard.ArrayStatusPtr,
            Attr.RowStatusPtr => (nuint)Ird.ArrayStatusPtr,
            Attr.RowsFetchedPtr => (nuint)Ird.RowsProcessedPtr,
            Attr.RowsetSize => odbc2RowsetSize,
            Attr.ParamsetSize => Apd.ArraySize,
            Attr.ParamBindType => Apd.BindType,
            Attr.ParamBindOffsetPtr => (nuint)Apd.BindOffsetPtr,
            Attr.ParamOperationPtr => (nuint)Apd.ArrayStatusPtr,
            Attr.ParamStatusPtr => (nuint)Ipd.ArrayStatusPtr,
            Attr.ParamsProcessedPtr => (nuint)Ipd.RowsProcessedPtr,
            Attr.FetchBookmarkPtr => (nuint)fetchBookmarkPtr,
            Attr.QueryTimeout => queryTimeoutSeconds,
            Attr.MaxRows => maxRows,
            Attr.MaxLength => maxLength,
            Attr.NoScan => noScan ? 1u : 0u,
            Attr.MetadataId => metadataId ? 1u : 0u,
            Attr.CursorType => Attr.CursorForwardOnly,
            Attr.Concurrency => Attr.ConcurReadOnly,
            Attr.CursorScrollable => Attr.NonScrollable,
            Attr.CursorSensitivity => Attr.Insensitive,
            Attr.RetrieveData => Attr.RetrieveOn,
            Attr.AsyncEnable or Attr.UseBookmarks or Attr.KeysetSize or Attr.SimulateCursor or Attr.EnableAutoIpd => Attr.Off,
            Attr.RowNumber => CurrentRowNumber(),
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

    /// <summary>Cursor-shaping attributes cannot change once the statement is prepared (HY011).</summary>
    private void RequireNotPrepared(int attribute)
    {
        if (prepared is not null || cursor is not null)
            throw new OdbcException(OdbcStates.AttributeCannotBeSetNow, $"Statement attribute {attribute} cannot be set after the statement is prepared.");
    }

    /// <summary>
    /// SQL_ATTR_APP_ROW_DESC / APP_PARAM_DESC: an explicitly allocated descriptor of this
    /// connection, or the null handle (or the implicit descriptor) to return to the implicit one.
    /// </summary>
    private OdbcDescriptor? Attach(nint handle, OdbcDescriptor? current, OdbcDescriptor implicitDescriptor)
    {
        OdbcDescriptor? next;
        if (handle == 0 || handle == implicitDescriptor.Address) next = null;
        else if (!HandleRegistry.TryGet<OdbcDescriptor>(handle, out var descriptor))
            throw new OdbcException(OdbcStates.InvalidAttributeValue, "The value is not a descriptor handle.");
        else if (descriptor.AllocType != DescField.AllocUser)
            throw new OdbcException(OdbcStates.AutomaticDescriptor, "An automatically allocated descriptor of another statement cannot be used.");
        else if (!ReferenceEquals(descriptor.Connection, Connection))
            throw new OdbcException(OdbcStates.InvalidAttributeValue, "The descriptor belongs to another connection.");
        else next = descriptor;

        if (!ReferenceEquals(current, next))
        {
            current?.Detach(this);
            next?.Attach(this);
        }
        return next;
    }
}
