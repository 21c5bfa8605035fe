using ZohoOdbc.Core;

namespace ZohoOdbc.Tests;

public class ConnectionSettingsTests
{
    private static ConnectionSettings Parse(out IReadOnlyList<string> unknown, params (string, string)[] pairs) =>
        ConnectionSettings.Parse(pairs.ToDictionary(p => p.Item1, p => p.Item2), out unknown);

    [Fact]
    public void Keys_are_case_insensitive_and_values_trimmed()
    {
        var settings = Parse(out var unknown, ("product", "invoice"), ("REGION", "eu"), ("clientid", " 1000.X "),
            ("OrganizationID", "123"), ("timeout", "45"), ("MAXCALLSPERQUERY", "7"));
        Assert.Equal(ZohoProduct.Invoice, settings.Product);
        Assert.Equal("EU", settings.Region);
        Assert.Equal("1000.X", settings.ClientId);
        Assert.Equal("123", settings.OrganizationId);
        Assert.Equal(TimeSpan.FromSeconds(45), settings.Timeout);
        Assert.Equal(7, settings.MaxCallsPerQuery);
        Assert.Empty(unknown);
    }

    [Fact]
    public void Defaults_apply_when_keys_are_absent()
    {
        var settings = Parse(out _);
        Assert.Equal(ZohoProduct.Books, settings.Product);
        Assert.Equal("US", settings.Region);
        Assert.Equal(TimeSpan.FromSeconds(30), settings.Timeout);
        Assert.Equal(1000, settings.MaxCallsPerQuery);
        Assert.Null(settings.ClientId);
    }

    [Fact]
    public void Unknown_keys_are_reported_but_driver_manager_keys_are_not()
    {
        Parse(out var unknown, ("DSN", "Zoho"), ("Driver", "ZohoOdbc"), ("UID", "u"), ("PWD", "p"), ("Colour", "blue"), ("Regoin", "EU"));
        Assert.Equal(["Colour", "Regoin"], unknown.OrderBy(k => k));
    }

    [Theory]
    [InlineData("Product", "Crm", "Product 'Crm' is not valid")]
    [InlineData("Region", "XX", "Region 'XX' is not valid")]
    [InlineData("Timeout", "abc", "Timeout='abc' is not valid")]
    [InlineData("Timeout", "0", "Timeout='0' is not valid")]
    [InlineData("MaxCallsPerQuery", "-5", "MaxCallsPerQuery='-5' is not valid")]
    [InlineData("LogLevel", "Loud", "LogLevel 'Loud' is not valid: use Off, Error, Warning, Info or Debug.")]
    public void Bad_values_are_HY024_naming_the_keyword(string key, string value, string message)
    {
        var e = Assert.Throws<ZohoOdbcException>(() => Parse(out _, (key, value)));
        Assert.Equal(SqlStates.InvalidConnectionAttribute, e.SqlState);
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void Paths_are_made_absolute_and_a_leading_tilde_is_the_home_directory()
    {
        var settings = Parse(out _, ("LogFile", "~/zoho/driver.log"), ("CachePath", "cache"), ("LogLevel", "debug"));
        Assert.Equal(Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "zoho", "driver.log"), settings.LogFile);
        Assert.Equal(Path.GetFullPath("cache"), settings.CachePath);
        Assert.Equal(ZohoOdbc.Core.Logging.DriverLogLevel.Debug, settings.LogVerbosity);
    }
}
