using System.Globalization;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Tests.Sql;

/// <summary>
/// The time type: {t 'hh:mm:ss'}, CAST(... AS time), {fn CURTIME()} are described as time (the driver's SQL_TYPE_TIME)
/// before execution, their values read as 'HH:mm:ss', and conversions SQL Server refuses are errors, not guesses.
/// </summary>
public class TimeOfDayTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Theory]
    [InlineData("SELECT {t '10:00:00'}")]
    [InlineData("SELECT CAST(created_time AS time) FROM invoices")]
    [InlineData("SELECT {fn CURTIME()}")]
    [InlineData("SELECT {fn CURRENT_TIME()}")]
    [InlineData("SELECT MAX(CAST(created_time AS time)) FROM invoices")]
    public void Times_are_described_as_time(string sql)
    {
        var column = SqlTest.Column(sql);
        Assert.Equal((SqlDataType.Time, 8, (short)0), (column.Type, column.Size, column.Scale));
    }

    [Fact]
    public void A_time_compared_with_a_timestamp_is_that_time_on_1900_01_01()
    {
        Assert.Equal(SqlDataType.Timestamp, SqlTest.Column("SELECT CASE WHEN 1 = 1 THEN {t '10:00:00'} ELSE created_time END FROM invoices").Type);
    }

    [Theory]
    [InlineData("SELECT {t '25:00:00'}", SqlStates.InvalidDateTimeFormat)]
    [InlineData("SELECT CAST('noon' AS time)", SqlStates.InvalidDateTimeFormat)]
    [InlineData("SELECT CAST(date AS time) FROM invoices", SqlStates.DataTypeMismatch)]
    [InlineData("SELECT CAST({t '10:00:00'} AS date)", SqlStates.DataTypeMismatch)]
    [InlineData("SELECT CAST(total AS time) FROM invoices", SqlStates.DataTypeMismatch)]
    public void Conversions_SQL_Server_refuses_are_errors(string sql, string state)
    {
        Assert.Equal(state, SqlTest.Error(sql).SqlState);
    }

    [Fact]
    public void Date_functions_on_a_time_are_0A000()
    {
        var e = SqlTest.Error("SELECT DATEPART(hour, {t '10:00:00'})");
        Assert.Equal((SqlStates.FeatureNotSupported, "DATEPART on a time value is not supported yet."), (e.SqlState, e.Message));
    }

    [Fact]
    public void CURTIME_is_the_time_of_day_now()
    {
        var row = Assert.Single(fixture.Run("SELECT {fn CURTIME()}, {fn NOW()}").Rows);
        var time = Assert.IsType<string>(row[0]);
        Assert.Matches(@"^\d\d:\d\d:\d\d$", time);
        var now = (DateTime)row[1]!;
        var difference = (TimeOnly.ParseExact(time, "HH:mm:ss", CultureInfo.InvariantCulture) - TimeOnly.FromDateTime(now)).Duration();
        Assert.True(difference < TimeSpan.FromSeconds(5) || difference > TimeSpan.FromHours(23.9), $"{time} vs {now}");
    }

    [Fact]
    public void A_parameter_compared_with_a_time_is_a_time()
    {
        var parameter = Assert.Single(SqlTest.Prepare("SELECT 1 FROM invoices WHERE CAST(created_time AS time) < ?").Parameters);
        Assert.Equal(SqlDataType.Time, parameter.Type);
        var (rows, _, _) = fixture.Run("SELECT COUNT(*) FROM invoices WHERE CAST(created_time AS time) < ?", "9:30");
        var expected = fixture.Data.Invoices.Count(i => i.CreatedTime.DateTime.TimeOfDay < new TimeSpan(9, 30, 0));
        Assert.True(expected > 0);
        Assert.Equal((long)expected, Assert.Single(rows)[0]);
    }
}
