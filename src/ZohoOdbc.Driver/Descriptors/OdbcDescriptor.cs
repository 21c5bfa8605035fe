using ZohoOdbc.Driver.Diagnostics;
using ZohoOdbc.Driver.Handles;
using ZohoOdbc.Driver.Odbc;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Descriptors;

/// <summary>
/// A descriptor: header fields plus numbered records. Each statement owns four implicit ones
/// (ARD, APD, IRD, IPD); applications may allocate more and attach them as ARD or APD. The
/// statement attributes ROW_ARRAY_SIZE, ROW_STATUS_PTR, PARAMSET_SIZE, ... are views of these
/// header fields, so each value is stored once. Field access is in the partial files.
/// </summary>
internal sealed partial class OdbcDescriptor : OdbcHandle
{
    private readonly List<DescriptorRecord> records = [];
    private readonly HashSet<OdbcStatement> users = [];
    private IReadOnlyList<ColumnDescriptor> columns = [];

    /// <summary>An implicit descriptor of <paramref name="owner"/>.</summary>
    public OdbcDescriptor(OdbcStatement owner, DescriptorKind kind) : base(HandleType.Descriptor)
    {
        Owner = owner;
        Connection = owner.Connection;
        Kind = kind;
        AllocType = DescField.AllocAuto;
    }

    /// <summary>An application descriptor allocated with SQLAllocHandle(SQL_HANDLE_DESC).</summary>
    public OdbcDescriptor(OdbcConnection connection) : base(HandleType.Descriptor)
    {
        Connection = connection;
        Kind = DescriptorKind.Application;
        AllocType = DescField.AllocUser;
    }

    public DescriptorKind Kind { get; }

    public short AllocType { get; }

    /// <summary>The statement of an implicit descriptor; null for an explicitly allocated one.</summary>
    public OdbcStatement? Owner { get; }

    public OdbcConnection Connection { get; }

    public override int OdbcVersion => Connection.Environment.OdbcVersion;

    public override string ComponentPrefix => Connection.ComponentPrefix;

    /// <summary>SQL_DESC_ARRAY_SIZE: rows per fetch (ARD) or parameter sets (APD).</summary>
    public nuint ArraySize { get; set; } = 1;

    /// <summary>SQL_DESC_BIND_TYPE: 0 for column-wise binding, else the row structure size.</summary>
    public nuint BindType { get; set; }

    /// <summary>SQL_DESC_BIND_OFFSET_PTR: an SQLLEN* added to every bound address.</summary>
    public nint BindOffsetPtr { get; set; }

    /// <summary>SQL_DESC_ARRAY_STATUS_PTR: an SQLUSMALLINT array (row status, row or parameter operation, parameter status).</summary>
    public nint ArrayStatusPtr { get; set; }

    /// <summary>SQL_DESC_ROWS_PROCESSED_PTR: an SQLULEN* (rows fetched, parameter sets processed).</summary>
    public nint RowsProcessedPtr { get; set; }

    /// <summary>The IRD's records: the columns of the prepared or executed result, valid right after SQLPrepare.</summary>
    public IReadOnlyList<ColumnDescriptor> Columns
    {
        get => columns;
        set => columns = Kind == DescriptorKind.ImplementationRow ? value : throw new InvalidOperationException("Only the IRD describes columns.");
    }

    /// <summary>SQL_DESC_COUNT: the highest record number in use.</summary>
    public int Count => Kind == DescriptorKind.ImplementationRow ? columns.Count : records.Count;

    /// <summary>The record <paramref name="number"/> (1-based) if it exists.</summary>
    public DescriptorRecord? Find(int number) => number >= 1 && number <= records.Count ? records[number - 1] : null;

    /// <summary>The record <paramref name="number"/>, created (with the records before it) when it does not exist yet.</summary>
    public DescriptorRecord Record(int number)
    {
        if (Kind == DescriptorKind.ImplementationRow)
            throw new InvalidOperationException("The IRD's records are the result columns.");
        while (records.Count < number) records.Add(NewRecord());
        return records[number - 1];
    }

    /// <summary>SQL_DESC_COUNT set by the application: drops the records above it or adds default ones.</summary>
    public void SetCount(int count)
    {
        if (count < 0) throw new OdbcException(OdbcStates.InvalidDescriptorIndex, "SQL_DESC_COUNT cannot be negative.");
        if (count < records.Count) records.RemoveRange(count, records.Count - count);
        else Record(count);
    }

    /// <summary>
    /// Unbinds one record (SQLBindCol with null buffers); if it was the last one, SQL_DESC_COUNT
    /// drops to the highest record still bound.
    /// </summary>
    public void Unbind(int number)
    {
        if (Find(number) is not { } record) return;
        record.DataPtr = record.IndicatorPtr = record.OctetLengthPtr = 0;
        if (number == records.Count) TrimUnbound();
    }

    /// <summary>SQLFreeStmt(SQL_UNBIND) / SQL_RESET_PARAMS: SQL_DESC_COUNT becomes 0.</summary>
    public void Clear() => records.Clear();

    /// <summary>A statement now uses this explicitly allocated descriptor as its ARD or APD.</summary>
    public void Attach(OdbcStatement statement)
    {
        lock (users) users.Add(statement);
    }

    public void Detach(OdbcStatement statement)
    {
        lock (users) users.Remove(statement);
    }

    /// <summary>Freeing an explicit descriptor returns its statements to their implicit ones.</summary>
    protected override void ReleaseResources()
    {
        OdbcStatement[] attached;
        lock (users) attached = [.. users];
        foreach (var statement in attached) statement.ForgetDescriptor(this);
        if (Owner is null) Connection.Forget(this);
    }

    private DescriptorRecord NewRecord() =>
        Kind == DescriptorKind.ImplementationParameter ? DescriptorRecord.Parameter() : DescriptorRecord.Application();

    private void TrimUnbound()
    {
        while (records.Count > 0 && !records[^1].IsBound) records.RemoveAt(records.Count - 1);
    }
}
