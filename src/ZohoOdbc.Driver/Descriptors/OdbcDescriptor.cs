using ZohoOdbc.Driver.Handles;
using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Descriptors;

/// <summary>
/// One of a statement's four implicit descriptors. Holds the header fields the statement
/// attributes are views of (ROW_ARRAY_SIZE is ARD.ARRAY_SIZE, ROWS_FETCHED_PTR is
/// IRD.ROWS_PROCESSED_PTR, ...), so each value is stored once.
/// </summary>
internal class OdbcDescriptor(OdbcStatement owner) : OdbcHandle(HandleType.Descriptor)
{
    public OdbcStatement Owner { get; } = owner;

    /// <summary>SQL_DESC_ARRAY_SIZE: rows per fetch (ARD) or parameter sets (APD).</summary>
    public nuint ArraySize { get; set; } = 1;

    /// <summary>SQL_DESC_BIND_TYPE: 0 for column-wise binding, else the row structure size.</summary>
    public nuint BindType { get; set; }

    /// <summary>SQL_DESC_BIND_OFFSET_PTR: an SQLLEN* added to every bound address.</summary>
    public nint BindOffsetPtr { get; set; }

    /// <summary>SQL_DESC_ARRAY_STATUS_PTR: an SQLUSMALLINT array (row or parameter status).</summary>
    public nint ArrayStatusPtr { get; set; }

    /// <summary>SQL_DESC_ROWS_PROCESSED_PTR: an SQLULEN* (rows fetched, parameters processed).</summary>
    public nint RowsProcessedPtr { get; set; }

    public override string ComponentPrefix => Owner.ComponentPrefix;
}
