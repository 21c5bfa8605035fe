using System.Text;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// What the cache knows of one table (a row of sys_cache, sealed): the committed generation of its replica, how many
/// rows it has, when it was loaded in full, brought up to date and reconciled, the cursor of the next delta, and the
/// API calls spent on it.
/// </summary>
internal sealed record TableState
{
    private const byte EncodingVersion = 1;

    public required string Name { get; init; }

    /// <summary>The replica's committed generation: the rows readers see. 0 before the first full load.</summary>
    public long Generation { get; init; }

    public long Rows { get; init; }
    public DateTimeOffset? LastFullLoad { get; init; }
    public DateTimeOffset? LastDelta { get; init; }
    public DateTimeOffset? LastReconciliation { get; init; }

    /// <summary>The last_modified_time value of the next delta (as Zoho takes it), or the first date of the next date window.</summary>
    public string? Cursor { get; init; }

    /// <summary>The cursor as an instant, to keep it from moving back.</summary>
    public DateTimeOffset? CursorInstant { get; init; }

    public long ListCalls { get; init; }
    public long DetailCalls { get; init; }

    public bool IsLoaded => LastFullLoad is not null && Generation > 0;

    /// <summary>When the replica last matched Zoho.</summary>
    public DateTimeOffset? UpToDateAt => Latest(Latest(LastFullLoad, LastDelta), LastReconciliation);

    public static TableState Empty(string name) => new() { Name = name };

    public byte[] Encode()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(EncodingVersion);
            writer.Write(Name);
            writer.Write(Generation);
            writer.Write(Rows);
            Write(writer, LastFullLoad);
            Write(writer, LastDelta);
            Write(writer, LastReconciliation);
            writer.Write(Cursor ?? "");
            Write(writer, CursorInstant);
            writer.Write(ListCalls);
            writer.Write(DetailCalls);
        }
        return stream.ToArray();
    }

    public static TableState Decode(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        if (reader.ReadByte() != EncodingVersion) throw new CacheDamagedException("a table state of an unknown layout");
        var name = reader.ReadString();
        return new TableState
        {
            Name = name,
            Generation = reader.ReadInt64(),
            Rows = reader.ReadInt64(),
            LastFullLoad = ReadTime(reader),
            LastDelta = ReadTime(reader),
            LastReconciliation = ReadTime(reader),
            Cursor = reader.ReadString() is { Length: > 0 } cursor ? cursor : null,
            CursorInstant = ReadTime(reader),
            ListCalls = reader.ReadInt64(),
            DetailCalls = reader.ReadInt64(),
        };
    }

    private static void Write(BinaryWriter writer, DateTimeOffset? time) => writer.Write(time?.ToUnixTimeMilliseconds() ?? long.MinValue);

    private static DateTimeOffset? ReadTime(BinaryReader reader) =>
        reader.ReadInt64() is var ms && ms != long.MinValue ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
