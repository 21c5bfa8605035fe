namespace ZohoOdbc.Core.Engine;

/// <summary>
/// Rows of a result read ahead into one typed array per column, so a cursor reads rows in one tight loop
/// (<see cref="IRowReader.ReadBlock"/>) and a block cursor writes each bound column in another. The values are exactly
/// those the typed getters give; a value a getter cannot read keeps its error for when it is read. The arrays are reused
/// from block to block: a warm block allocates nothing.
/// </summary>
public sealed class RowBlock
{
    public RowBlock(IReadOnlyList<ResultColumn> columns)
    {
        Columns = new RowBlockColumn[columns.Count];
        for (var i = 0; i < Columns.Length; i++) Columns[i] = new RowBlockColumn(columns[i].Type);
    }

    public RowBlockColumn[] Columns { get; }

    /// <summary>Rows held.</summary>
    public int Count { get; private set; }

    /// <summary>Forgets the rows held.</summary>
    public void Reset()
    {
        foreach (var column in Columns) column.Reset();
        Count = 0;
    }

    /// <summary>Room for <paramref name="rows"/> rows, keeping those held.</summary>
    public void EnsureCapacity(int rows)
    {
        foreach (var column in Columns) column.EnsureCapacity(rows, Count);
    }

    /// <summary>Drops the first <paramref name="rows"/> rows held; the others become rows 0, 1, ...</summary>
    public void RemoveFirst(int rows)
    {
        if (rows <= 0) return;
        if (rows >= Count)
        {
            Reset();
            return;
        }
        foreach (var column in Columns) column.RemoveFirst(rows, Count);
        Count -= rows;
    }

    /// <summary>Appends <paramref name="count"/> rows of <paramref name="source"/> (same columns) from row <paramref name="start"/>.</summary>
    public void AppendFrom(RowBlock source, int start, int count)
    {
        EnsureCapacity(Count + count);
        for (var i = 0; i < Columns.Length; i++) Columns[i].AppendFrom(source.Columns[i], start, count, Count);
        Count += count;
    }

    /// <summary>The row just filled in counts (the readers fill row <see cref="Count"/> column by column, then commit it).</summary>
    public void CommitRow() => Count++;

    /// <summary>Copies the reader's current row into row <see cref="Count"/> through the typed getters: any reader's path.</summary>
    public void AddCurrentRow(IRowReader reader)
    {
        var row = Count;
        for (var i = 0; i < Columns.Length; i++)
        {
            var column = Columns[i];
            try
            {
                if (reader.IsNull(i))
                {
                    column.SetNull(row);
                    continue;
                }
                switch (column.Type)
                {
                    case SqlDataType.VarChar or SqlDataType.Time:
                        column.SetText(row, reader.GetUtf8(i));
                        break;
                    case SqlDataType.Decimal:
                        column.SetNumber(row, reader.GetDecimal(i));
                        break;
                    case SqlDataType.Integer or SqlDataType.BigInt:
                        column.SetBits(row, reader.GetInt64(i));
                        break;
                    case SqlDataType.Double:
                        column.SetBits(row, BitConverter.DoubleToInt64Bits(reader.GetDouble(i)));
                        break;
                    case SqlDataType.Bit:
                        column.SetBits(row, reader.GetBoolean(i) ? 1 : 0);
                        break;
                    case SqlDataType.Date:
                        column.SetBits(row, reader.GetDate(i).DayNumber);
                        break;
                    case SqlDataType.Timestamp:
                        column.SetBits(row, reader.GetTimestamp(i).Ticks);
                        break;
                    default:
                        throw new InvalidOperationException($"A row block does not hold {column.Type} values.");
                }
            }
            catch (ZohoOdbcException error)
            {
                column.SetError(row, error);
            }
        }
        Count++;
    }
}
