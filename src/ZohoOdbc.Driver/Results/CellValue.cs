using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Driver.Results;

/// <summary>
/// One value of a result row as its column type's typed getter gives it, without boxing: text as
/// UTF-8 (borrowed from the reader or the kept rowset), everything else in <see cref="Bits"/> or
/// <see cref="Number"/>. What the fetch loop's typed path writes from.
/// </summary>
internal readonly ref struct CellValue
{
    public bool IsNull { get; init; }

    /// <summary>Integer, Bit (0/1), Double (its bits), Date (day number), Timestamp (ticks).</summary>
    public long Bits { get; init; }

    /// <summary>Decimal.</summary>
    public decimal Number { get; init; }

    /// <summary>VarChar as UTF-8.</summary>
    public ReadOnlySpan<byte> Text { get; init; }

    public double Double => BitConverter.Int64BitsToDouble(Bits);

    public DateOnly Date => DateOnly.FromDayNumber((int)Bits);

    public DateTime Timestamp => new(Bits);

    /// <summary>The value of column <paramref name="ordinal"/> of the reader's current row, through the getter of its type.</summary>
    public static CellValue Read(IRowReader reader, int ordinal, SqlDataType type)
    {
        if (reader.IsNull(ordinal)) return new CellValue { IsNull = true };
        return type switch
        {
            // A time of day comes from Core as its 'HH:mm:ss' text, which the conversions read.
            SqlDataType.VarChar or SqlDataType.Time => new CellValue { Text = reader.GetUtf8(ordinal) },
            SqlDataType.Decimal => new CellValue { Number = reader.GetDecimal(ordinal) },
            SqlDataType.Integer or SqlDataType.BigInt => new CellValue { Bits = reader.GetInt64(ordinal) },
            SqlDataType.Double => new CellValue { Bits = BitConverter.DoubleToInt64Bits(reader.GetDouble(ordinal)) },
            SqlDataType.Bit => new CellValue { Bits = reader.GetBoolean(ordinal) ? 1 : 0 },
            SqlDataType.Date => new CellValue { Bits = reader.GetDate(ordinal).DayNumber },
            SqlDataType.Timestamp => new CellValue { Bits = reader.GetTimestamp(ordinal).Ticks },
            _ => throw new InvalidOperationException($"Core produced a type the driver does not read: {type}."),
        };
    }
}
