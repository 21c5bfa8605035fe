using Microsoft.Data.Sqlite;

namespace ZohoOdbc.Core.Engine;

/// <summary>
/// Streams the rows of the translated query, converting each SQLite value to the CLR type of its
/// result column. Owns the in-memory database: disposing the reader frees it.
/// </summary>
internal sealed class SqliteRowReader : IRowReader
{
    private readonly SqliteConnection connection;
    private readonly SqliteCommand command;
    private readonly SqliteDataReader reader;

    private SqliteRowReader(SqliteConnection connection, SqliteCommand command, SqliteDataReader reader, IReadOnlyList<ResultColumn> columns)
    {
        this.connection = connection;
        this.command = command;
        this.reader = reader;
        Columns = columns;
    }

    /// <summary>Runs <paramref name="sql"/> on <paramref name="connection"/>, which the reader then owns.</summary>
    public static SqliteRowReader Execute(SqliteConnection connection, string sql, IReadOnlyList<ResultColumn> columns, Action<SqliteCommand>? bind = null)
    {
        var command = connection.CreateCommand();
        try
        {
            command.CommandText = sql;
            bind?.Invoke(command);
            return new SqliteRowReader(connection, command, command.ExecuteReader(), columns);
        }
        catch (SqliteException e)
        {
            command.Dispose();
            throw SqliteRuntime.Translate(e);
        }
        catch
        {
            command.Dispose();
            throw;
        }
    }

    public IReadOnlyList<ResultColumn> Columns { get; }

    public bool Read()
    {
        try
        {
            return reader.Read();
        }
        catch (SqliteException e)
        {
            throw SqliteRuntime.Translate(e);
        }
    }

    public object? GetValue(int ordinal) => SqliteStorage.FromStorage(reader.GetValue(ordinal), Columns[ordinal]);

    public void Dispose()
    {
        reader.Dispose();
        command.Dispose();
        connection.Dispose();
    }
}
