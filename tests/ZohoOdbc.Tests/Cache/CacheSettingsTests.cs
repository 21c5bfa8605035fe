using ZohoOdbc.Core;
using ZohoOdbc.Core.Cache;

namespace ZohoOdbc.Tests.Cache;

public sealed class CacheSettingsTests
{
    [Fact]
    public void Defaults_are_a_replica_fresh_for_five_minutes_reconciled_daily_online()
    {
        var settings = CacheSettings.Parse(new Dictionary<string, string>());
        Assert.Equal((CacheMode.Replica, TimeSpan.FromSeconds(300), TimeSpan.FromDays(1), false, null),
            (settings.Mode, settings.Ttl, settings.ReconcileInterval, settings.Offline, settings.Key));
    }

    [Fact]
    public void Keywords_are_read_case_insensitively()
    {
        var settings = CacheSettings.Parse(new Dictionary<string, string>
        {
            ["cachemode"] = "pages", ["CACHETTL"] = "0", ["CacheKey"] = " s3cret ", ["offline"] = "Yes", ["ReconcileInterval"] = "3600",
        });
        Assert.Equal((CacheMode.Pages, TimeSpan.Zero, "s3cret", true, TimeSpan.FromHours(1)),
            (settings.Mode, settings.Ttl, settings.Key, settings.Offline, settings.ReconcileInterval));
        Assert.DoesNotContain("s3cret", settings.ToString());
    }

    [Theory]
    [InlineData("CacheMode", "Everything", "CacheMode 'Everything' is not valid: use Off, Pages or Replica.")]
    [InlineData("CacheTtl", "-1", "CacheTtl='-1' is not valid: give a whole number of seconds (0 or more).")]
    [InlineData("ReconcileInterval", "daily", "ReconcileInterval='daily' is not valid: give a whole number of seconds (0 or more).")]
    [InlineData("Offline", "maybe", "Offline='maybe' is not valid: use Yes or No.")]
    public void A_bad_value_is_HY024_saying_what_is_valid(string key, string value, string message)
    {
        var e = Assert.Throws<ZohoOdbcException>(() => CacheSettings.Parse(new Dictionary<string, string> { [key] = value }));
        Assert.Equal((SqlStates.InvalidConnectionAttribute, message), (e.SqlState, e.Message));
    }

    [Fact]
    public void The_connection_settings_carry_them()
    {
        var settings = ConnectionSettings.Parse(new Dictionary<string, string> { ["CacheMode"] = "Off", ["ReconcileInterval"] = "60" }, out var unknown);
        Assert.Empty(unknown);
        Assert.Equal((CacheMode.Off, TimeSpan.FromMinutes(1)), (settings.Cache.Mode, settings.Cache.ReconcileInterval));
    }
}
