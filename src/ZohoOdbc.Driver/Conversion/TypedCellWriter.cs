using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Unicode;
using ZohoOdbc.Driver.Results;

namespace ZohoOdbc.Driver.Conversion;

/// <summary>
/// The fetch loop's fast path: one value as the reader's typed getter gave it straight into the
/// application's buffer, with no object and no string in between (UTF-8 text is copied or
/// transcoded as it comes from Core). It covers the common, complete transfers only and gives
/// the same bytes as <see cref="CellWriter"/>; whenever a value would be truncated, has no
/// buffer, or needs any other rule, it returns false without setting the length or indicator
/// and the caller takes CellWriter's path, which writes the buffer afresh.
/// </summary>
internal static unsafe class TypedCellWriter
{
    /// <param name="scale">The decimal digits of a Decimal column (the IRD's), which its text carries.</param>
    public static bool TryWrite(in CellValue value, TypedTransfer transfer, short scale, in CellTarget target, out TransferOutcome outcome)
    {
        outcome = TransferOutcome.Complete;
        if (target.Data == null || target.BufferLength < 0) return false;
        if (value.IsNull)
        {
            if (target.Indicator == null && target.Length == null) return false;
            target.SetNull();
            return true;
        }
        switch (transfer)
        {
            case TypedTransfer.TextToChar:
                return CopyUtf8(value.Text, target);
            case TypedTransfer.TextToWChar:
                return Utf16(value.Text, target);
            case TypedTransfer.DecimalToChar:
                return DecimalToChar(value.Number, scale, target);
            case TypedTransfer.DecimalToWChar:
                return DecimalToWChar(value.Number, scale, target);
            case TypedTransfer.DecimalToDouble:
                return Store(target, (double)value.Number);
            case TypedTransfer.DoubleToDouble:
                return Store(target, value.Double);
            case TypedTransfer.IntegerToBigInt:
                return Store(target, value.Bits);
            case TypedTransfer.IntegerToLong:
                return value.Bits is >= int.MinValue and <= int.MaxValue && Store(target, (int)value.Bits);
            case TypedTransfer.IntegerToDouble:
                return Store(target, (double)(decimal)value.Bits);
            case TypedTransfer.BitToBit:
                return Store(target, value.Bits != 0 ? (byte)1 : (byte)0);
            case TypedTransfer.DateToDate:
                return Store(target, DayNumberParts.Of((int)value.Bits));
            case TypedTransfer.DateToTimestamp:
            {
                var date = DayNumberParts.Of((int)value.Bits);
                return Store(target, new SqlTimestampStruct { Year = date.Year, Month = date.Month, Day = date.Day });
            }
            case TypedTransfer.TimestampToTimestamp:
                return Store(target, TimestampStruct(value.Bits));
            default:
                return false;
        }
    }

    /// <summary>A timestamp given as ticks as SQL_TIMESTAMP_STRUCT (the fraction in nanoseconds).</summary>
    public static SqlTimestampStruct TimestampStruct(long ticks)
    {
        var date = DayNumberParts.Of((int)(ticks / TimeSpan.TicksPerDay));
        var seconds = ticks % TimeSpan.TicksPerDay / TimeSpan.TicksPerSecond;
        return new SqlTimestampStruct
        {
            Year = date.Year,
            Month = date.Month,
            Day = date.Day,
            Hour = (ushort)(seconds / 3600),
            Minute = (ushort)(seconds / 60 % 60),
            Second = (ushort)(seconds % 60),
            Fraction = (uint)(ticks % TimeSpan.TicksPerSecond * 100),
        };
    }

    /// <summary>UTF-8 into a SQL_C_CHAR buffer with its terminator, when it fits whole (invalid UTF-8 takes CellWriter's replacement path).</summary>
    private static bool CopyUtf8(ReadOnlySpan<byte> text, in CellTarget target)
    {
        if (text.Length + 1 > target.BufferLength || !Utf8.IsValid(text)) return false;
        var destination = new Span<byte>(target.Data, text.Length + 1);
        text.CopyTo(destination);
        destination[text.Length] = 0;
        target.SetLength(text.Length);
        return true;
    }

    /// <summary>UTF-8 transcoded into a SQL_C_WCHAR buffer with its terminator, when it fits whole.</summary>
    private static bool Utf16(ReadOnlySpan<byte> text, in CellTarget target)
    {
        var room = (int)Math.Min(target.BufferLength / sizeof(char) - 1, int.MaxValue);
        if (room < 0) return false;
        var destination = new Span<char>(target.Data, room);
        // Short ASCII text (invoice numbers, names) widens faster byte by byte than through
        // Utf8.ToUtf16's vectorized set-up; the first non-ASCII byte hands the rest over to it.
        var written = text.Length <= ShortText ? WidenAscii(text, destination) : 0;
        if (written < text.Length)
        {
            if (Utf8.ToUtf16(text[written..], destination[written..], out _, out var rest) != OperationStatus.Done) return false;
            written += rest;
        }
        ((char*)target.Data)[written] = '\0';
        target.SetLength(written * sizeof(char));
        return true;
    }

    /// <summary>Up to this many bytes, text is widened here first.</summary>
    private const int ShortText = 64;

    /// <summary>
    /// Widens the leading ASCII bytes of <paramref name="text"/> that fit, eight at a time while
    /// eight remain and all are ASCII, then one by one; returns how many were widened.
    /// </summary>
    private static int WidenAscii(ReadOnlySpan<byte> text, Span<char> destination)
    {
        var length = Math.Min(text.Length, destination.Length);
        ref var source = ref MemoryMarshal.GetReference(text);
        ref var target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
        var i = 0;
        for (; i + sizeof(ulong) <= length; i += sizeof(ulong))
        {
            var eight = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref source, i));
            if ((eight & 0x8080808080808080) != 0) break;
            Vector128.WidenLower(Vector128.CreateScalarUnsafe(eight).AsByte()).StoreUnsafe(ref target, (nuint)i);
        }
        for (; i < length; i++)
        {
            var unit = Unsafe.Add(ref source, i);
            if (unit >= 0x80) break;
            Unsafe.Add(ref target, i) = unit;
        }
        return i;
    }

    /// <summary>A decimal's text formatted straight into a SQL_C_CHAR buffer, when it fits whole with its terminator.</summary>
    private static bool DecimalToChar(decimal number, short scale, in CellTarget target)
    {
        var room = (int)Math.Min(target.BufferLength - 1, ValueText.MaxFormattedLength);
        if (room < 0 || !DecimalText.TryFormat(number, scale, new Span<byte>(target.Data, room), out var written)) return false;
        ((byte*)target.Data)[written] = 0;
        target.SetLength(written);
        return true;
    }

    /// <summary>A decimal's text formatted straight into a SQL_C_WCHAR buffer, when it fits whole with its terminator.</summary>
    private static bool DecimalToWChar(decimal number, short scale, in CellTarget target)
    {
        var room = (int)Math.Min(target.BufferLength / sizeof(char) - 1, ValueText.MaxFormattedLength);
        if (room < 0 || !DecimalText.TryFormat(number, scale, new Span<char>(target.Data, room), out var written)) return false;
        ((char*)target.Data)[written] = '\0';
        target.SetLength(written * sizeof(char));
        return true;
    }

    private static bool Store<T>(in CellTarget target, T value) where T : unmanaged
    {
        *(T*)target.Data = value;
        target.SetLength(sizeof(T));
        return true;
    }
}
