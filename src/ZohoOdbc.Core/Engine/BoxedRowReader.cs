using System.Globalization;
using System.Text;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// A row reader whose values are objects already (rows built in memory): the typed getters
/// unbox <see cref="IRowReader.GetValue"/>, widening the integer types in-memory rows use.
/// </summary>
public abstract class BoxedRowReader : IRowReader
{
    private byte[] utf8 = new byte[256];

    public abstract IReadOnlyList<ResultColumn> Columns { get; }

    public abstract bool Read();

    public abstract object? GetValue(int ordinal);

    public abstract void Dispose();

    public bool IsNull(int ordinal) => GetValue(ordinal) is null;

    public long GetInt64(int ordinal) => GetValue(ordinal) switch
    {
        long l => l,
        int i => i,
        short s => s,
        bool b => b ? 1 : 0,
        var other => Convert.ToInt64(other, CultureInfo.InvariantCulture),
    };

    public double GetDouble(int ordinal) => GetValue(ordinal) switch
    {
        double d => d,
        var other => Convert.ToDouble(other, CultureInfo.InvariantCulture),
    };

    public decimal GetDecimal(int ordinal) => GetValue(ordinal) switch
    {
        decimal d => d,
        var other => Convert.ToDecimal(other, CultureInfo.InvariantCulture),
    };

    public bool GetBoolean(int ordinal) => GetValue(ordinal) switch
    {
        bool b => b,
        var other => Convert.ToInt64(other, CultureInfo.InvariantCulture) != 0,
    };

    public DateOnly GetDate(int ordinal) => GetValue(ordinal) switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        var other => throw Unreadable(other, ordinal),
    };

    public DateTime GetTimestamp(int ordinal) => GetValue(ordinal) switch
    {
        DateTime t => t,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        var other => throw Unreadable(other, ordinal),
    };

    public ReadOnlySpan<byte> GetUtf8(int ordinal)
    {
        var text = GetValue(ordinal) switch
        {
            string s => s,
            var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
        };
        var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (utf8.Length < needed) utf8 = new byte[Math.Max(needed, utf8.Length * 2)];
        return utf8.AsSpan(0, Encoding.UTF8.GetBytes(text, utf8));
    }

    private ZohoOdbcException Unreadable(object? value, int ordinal) =>
        new(SqlStates.DataTypeMismatch, $"The value '{value}' of column '{Columns[ordinal].Name}' cannot be read as {Columns[ordinal].Type}.");
}
