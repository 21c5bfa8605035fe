using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;

namespace ZohoOdbc.Core.Cache;

/// <summary>
/// A typed row (the values <see cref="Zoho.EntityRowReader"/> produces: string, decimal, long, bool, double, DateOnly,
/// DateTime or null) as compact bytes and back, exactly: decimals keep their scale, times their ticks.
/// </summary>
internal static class RowCodec
{
    private const byte Null = 0, Text = 1, Decimal = 2, Integer = 3, True = 4, False = 5, Date = 6, Timestamp = 7, Float = 8;

    public static byte[] Encode(IReadOnlyList<object?> row)
    {
        using var stream = new MemoryStream(64 + row.Count * 8);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(row.Count);
            foreach (var value in row) Write(writer, value);
        }
        return stream.ToArray();
    }

    public static object?[] Decode(byte[] bytes) => Decode(bytes, null);

    /// <summary>
    /// The row, with only the values <paramref name="keep"/> marks decoded (null: all); the others stay null and cost no
    /// allocation. Reads what <see cref="Encode"/> wrote with BinaryWriter, straight from the bytes.
    /// </summary>
    public static object?[] Decode(ReadOnlySpan<byte> bytes, bool[]? keep)
    {
        var reader = new SpanReader(bytes);
        var row = new object?[reader.VarInt()];
        for (var i = 0; i < row.Length; i++)
        {
            if (keep is null || (i < keep.Length && keep[i])) row[i] = reader.Value();
            else reader.Skip();
        }
        return row;
    }

    /// <summary>
    /// Checks that <paramref name="bytes"/> holds a whole row and writes it to <paramref name="output"/> (at least as long)
    /// with only the values <paramref name="keep"/> marks (null: all), the others as nulls: what
    /// <see cref="Decode(ReadOnlySpan{byte}, bool[])"/> would read from it, in fewer bytes. Returns the length written.
    /// </summary>
    public static int Compact(ReadOnlySpan<byte> bytes, bool[]? keep, Span<byte> output)
    {
        var reader = new SpanReader(bytes);
        var count = reader.VarInt();
        if (count < 0) throw new InvalidDataException("a cached row has a negative length");
        var written = reader.Position;
        bytes[..written].CopyTo(output);
        for (var i = 0; i < count; i++)
        {
            var start = reader.Position;
            reader.Skip();
            if (keep is null || (i < keep.Length && keep[i]))
            {
                bytes[start..reader.Position].CopyTo(output[written..]);
                written += reader.Position - start;
            }
            else
            {
                output[written++] = Null;
            }
        }
        return written;
    }

    private static void Write(BinaryWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.Write(Null);
                break;
            case string s:
                writer.Write(Text);
                writer.Write(s);
                break;
            case decimal d:
                writer.Write(Decimal);
                writer.Write(d);
                break;
            case long l:
                writer.Write(Integer);
                writer.Write7BitEncodedInt64(l);
                break;
            case int i:
                writer.Write(Integer);
                writer.Write7BitEncodedInt64(i);
                break;
            case bool b:
                writer.Write(b ? True : False);
                break;
            case DateOnly date:
                writer.Write(Date);
                writer.Write7BitEncodedInt(date.DayNumber);
                break;
            case DateTime time:
                writer.Write(Timestamp);
                writer.Write(time.Ticks);
                break;
            case double f:
                writer.Write(Float);
                writer.Write(f);
                break;
            default:
                throw new ArgumentException($"A row value of type {value.GetType().Name} cannot be cached.", nameof(value));
        }
    }

    /// <summary>BinaryReader's encodings (7-bit lengths, UTF-8 strings, little-endian numbers) over a span, without a stream.</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> bytes = bytes;

        public int Position { get; private set; }

        public object? Value() => Byte() switch
        {
            Null => null,
            Text => Encoding.UTF8.GetString(Take(VarInt())),
            Decimal => new decimal([Int32(), Int32(), Int32(), Int32()]),
            Integer => VarLong(),
            True => true,
            False => false,
            Date => DateOnly.FromDayNumber(VarInt()),
            Timestamp => new DateTime(BinaryPrimitives.ReadInt64LittleEndian(Take(8))),
            Float => BinaryPrimitives.ReadDoubleLittleEndian(Take(8)),
            var tag => throw new InvalidDataException($"unknown value tag {tag}"),
        };

        public void Skip()
        {
            switch (Byte())
            {
                case Null or True or False: break;
                case Text: Advance(VarInt()); break;
                case Decimal: Advance(16); break;
                case Integer: VarLong(); break;
                case Date: VarInt(); break;
                case Timestamp or Float: Advance(8); break;
                case var tag: throw new InvalidDataException($"unknown value tag {tag}");
            }
        }

        public int VarInt()
        {
            var value = VarLong();
            if (value is < int.MinValue or > uint.MaxValue) throw new FormatException("a cached row has a malformed length");
            return (int)value;
        }

        // Write7BitEncodedInt64: seven bits a byte, low first, at most ten bytes. Most are one byte (tags' lengths, small numbers).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private long VarLong()
        {
            if (Position < bytes.Length && bytes[Position] < 0x80) return bytes[Position++];
            return LongVarLong();
        }

        private long LongVarLong()
        {
            ulong value = 0;
            for (var shift = 0; shift < 70; shift += 7)
            {
                var b = Byte();
                value |= (ulong)(b & 0x7F) << shift;
                if ((b & 0x80) == 0) return (long)value;
            }
            throw new FormatException("a cached row has a malformed number");
        }

        private int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        // Inlined, with the throw out of line: every value of every row passes here.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private byte Byte()
        {
            if ((uint)Position >= (uint)bytes.Length) EndsEarly();
            return bytes[Position++];
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private ReadOnlySpan<byte> Take(int count)
        {
            if ((uint)count > (uint)(bytes.Length - Position)) EndsEarly();
            var taken = bytes.Slice(Position, count);
            Position += count;
            return taken;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Advance(int count)
        {
            if ((uint)count > (uint)(bytes.Length - Position)) EndsEarly();
            Position += count;
        }

        [DoesNotReturn, MethodImpl(MethodImplOptions.NoInlining)]
        private static void EndsEarly() => throw new EndOfStreamException("a cached row ends early");
    }
}
