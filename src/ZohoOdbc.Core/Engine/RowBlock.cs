namespace ZohoOdbc.Core.Engine;

/// <summary>
/// Rows of a result read ahead into one typed array per column, so a block cursor reads its rowset in one tight loop
/// (<see cref="IRowReader.ReadBlock"/>) and writes each bound column in another. The values are exactly those the
/// typed getters give. The arrays are reused from rowset to rowset: a warm block allocates nothing.
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

    /// <summary>Forgets the rows held; room for <paramref name="capacity"/> rows.</summary>
    public void Reset(int capacity)
    {
        foreach (var column in Columns) column.Reset(capacity);
        Count = 0;
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
        Count++;
    }
}
