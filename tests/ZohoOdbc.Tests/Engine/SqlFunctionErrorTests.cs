using Microsoft.Data.Sqlite;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Tests.Engine;

/// <summary>An engine function's error comes back out of SQLite with its SQLSTATE and its message whole.</summary>
public sealed class SqlFunctionErrorTests
{
    [Theory]
    [InlineData("Conversion failed when converting date and/or time from character string '2024-13-01'",
        "Conversion failed when converting date and/or time from character string '2024-13-01'.")]
    [InlineData("Divide by zero error encountered.", "Divide by zero error encountered.")]
    [InlineData("It's 'quoted' in the middle", "It's 'quoted' in the middle.")]
    public void The_message_keeps_its_own_quotes_through_SQLite(string raised, string reported)
    {
        using var connection = SqliteRuntime.OpenInMemory();
        connection.CreateFunction<object?>("fail_now", () => throw SqlFunctionError.Raise("22007", raised));
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT fail_now()";
        var sqlite = Assert.Throws<SqliteException>(() => command.ExecuteScalar());
        var error = SqliteRuntime.Translate(sqlite);
        Assert.Equal("22007", error.SqlState);
        Assert.Equal(reported, error.Message);
    }

    [Fact]
    public void Other_SQLite_failures_are_HY000_with_SQLite_s_words()
    {
        using var connection = SqliteRuntime.OpenInMemory();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM no_such_table";
        var error = SqliteRuntime.Translate(Assert.Throws<SqliteException>(() => command.ExecuteScalar()));
        Assert.Equal(SqlStates.GeneralError, error.SqlState);
        Assert.Contains("no such table", error.Message);
    }
}
