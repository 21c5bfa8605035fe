using System.Runtime.InteropServices;

namespace ZohoOdbc.Driver.Strings;

/// <summary>SQLWCHAR strings: UTF-16 in 2-byte units (unixODBC and Windows).</summary>
internal sealed unsafe class Utf16Text : OdbcText
{
    public override int UnitSize => 2;

    public override byte[] Encode(ReadOnlySpan<char> value) => MemoryMarshal.AsBytes(value).ToArray();

    public override int ByteCount(ReadOnlySpan<char> value) => value.Length * 2;

    public override int Encode(ReadOnlySpan<char> value, Span<byte> destination)
    {
        MemoryMarshal.AsBytes(value).CopyTo(destination);
        return value.Length * 2;
    }

    /// <summary>Rounds down to whole units and never ends on the high half of a surrogate pair.</summary>
    public override int BoundaryAtOrBefore(ReadOnlySpan<byte> encoded, int limit)
    {
        if (limit >= encoded.Length) return encoded.Length;
        limit -= limit % 2;
        var units = MemoryMarshal.Cast<byte, char>(encoded);
        if (limit > 0 && char.IsHighSurrogate(units[limit / 2 - 1])) limit -= 2;
        return limit;
    }

    protected override nint TerminatedLength(void* text) => MemoryMarshal.CreateReadOnlySpanFromNullTerminated((char*)text).Length;

    protected override string Decode(void* text, int length) => new((char*)text, 0, length);
}
