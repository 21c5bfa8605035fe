using System.Buffers;
using System.Runtime.InteropServices;
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
            {
                Span<byte> text = stackalloc byte[ValueText.MaxFormattedLength];
                return DecimalText.TryFormat(value.Number, scale, text, out var written)
                    && CopyUtf8(text[..written], target);
            }
            case TypedTransfer.DecimalToWChar:
            {
                Span<char> text = stackalloc char[ValueText.MaxFormattedLength];
                return DecimalText.TryFormat(value.Number, scale, text, out var written)
                    && CopyUtf16(text[..written], target);
            }
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
            {
                value.Date.Deconstruct(out var year, out var month, out var day);
                return Store(target, new SqlDateStruct { Year = (short)year, Month = (ushort)month, Day = (ushort)day });
            }
            case TypedTransfer.DateToTimestamp:
            {
                value.Date.Deconstruct(out var year, out var month, out var day);
                return Store(target, new SqlTimestampStruct { Year = (short)year, Month = (ushort)month, Day = (ushort)day });
            }
            case TypedTransfer.TimestampToTimestamp:
                return Store(target, TimestampStruct(value.Bits));
            default:
                return false;
        }
    }

    /// <summary>A timestamp given as ticks as SQL_TIMESTAMP_STRUCT (the fraction in nanoseconds), date parts computed once.</summary>
    public static SqlTimestampStruct TimestampStruct(long ticks)
    {
        DateOnly.FromDayNumber((int)(ticks / TimeSpan.TicksPerDay)).Deconstruct(out var year, out var month, out var day);
        var seconds = ticks % TimeSpan.TicksPerDay / TimeSpan.TicksPerSecond;
        return new SqlTimestampStruct
        {
            Year = (short)year,
            Month = (ushort)month,
            Day = (ushort)day,
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
        if (Utf8.ToUtf16(text, destination, out _, out var written) != OperationStatus.Done) return false;
        ((char*)target.Data)[written] = '\0';
        target.SetLength(written * sizeof(char));
        return true;
    }

    private static bool CopyUtf16(ReadOnlySpan<char> text, in CellTarget target)
    {
        if ((text.Length + 1) * sizeof(char) > target.BufferLength) return false;
        var destination = new Span<char>(target.Data, text.Length + 1);
        text.CopyTo(destination);
        destination[text.Length] = '\0';
        target.SetLength(text.Length * sizeof(char));
        return true;
    }

    private static bool Store<T>(in CellTarget target, T value) where T : unmanaged
    {
        *(T*)target.Data = value;
        target.SetLength(sizeof(T));
        return true;
    }
}
