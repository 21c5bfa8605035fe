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

    public static object?[] Decode(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        var row = new object?[reader.Read7BitEncodedInt()];
        for (var i = 0; i < row.Length; i++) row[i] = Read(reader);
        return row;
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

    private static object? Read(BinaryReader reader) => reader.ReadByte() switch
    {
        Null => null,
        Text => reader.ReadString(),
        Decimal => reader.ReadDecimal(),
        Integer => reader.Read7BitEncodedInt64(),
        True => true,
        False => false,
        Date => DateOnly.FromDayNumber(reader.Read7BitEncodedInt()),
        Timestamp => new DateTime(reader.ReadInt64()),
        Float => reader.ReadDouble(),
        var tag => throw new InvalidDataException($"unknown value tag {tag}"),
    };
}
