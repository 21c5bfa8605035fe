using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Logging;
using ZohoOdbc.Core.Zoho;
using ZohoOdbc.Core.Zoho.Governor;
using ZohoOdbc.Core.Zoho.Http;

namespace ZohoOdbc.Tests;

/// <summary>
/// The rate governor. Two <see cref="GovernorStore"/>s on one file stand for two processes; decisions are checked
/// directly, so no test waits out a real minute (the 8-process acceptance test does, against the emulator).
/// </summary>
public class GovernorTests
{
    private const string Org = "700000001";
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    [Fact]
    public void Calls_per_minute_are_counted_across_processes()
    {
        using var dir = new TempDirectory("gov-rate");
        using var a = GovernorStore.OpenFile(dir.File(GovernorStore.FileName), TimeProvider.System);
        using var b = GovernorStore.OpenFile(dir.File(GovernorStore.FileName), TimeProvider.System);
        var limits = new GovernorLimits(3, 10, null, "no known plan");

        Release(a, a.TryAcquire(Org, limits, 1, Lease));
        Release(b, b.TryAcquire(Org, limits, 2, Lease));
        Release(a, a.TryAcquire(Org, limits, 1, Lease));
        var wait = Assert.IsType<GovernorDecision.Wait>(b.TryAcquire(Org, limits, 2, Lease));
        Assert.InRange(wait.Delay, TimeSpan.FromSeconds(59), GovernorLimits.Window + TimeSpan.FromMilliseconds(10));
        Assert.Equal("3 calls in the last minute", wait.Reason);
        // Another organization has a window of its own.
        Assert.IsType<GovernorDecision.Granted>(b.TryAcquire("other", limits, 2, Lease));
    }

    [Fact]
    public void Calls_in_flight_are_bounded_and_freed_on_release()
    {
        using var dir = new TempDirectory("gov-flight");
        using var a = GovernorStore.OpenFile(dir.File(GovernorStore.FileName), TimeProvider.System);
        using var b = GovernorStore.OpenFile(dir.File(GovernorStore.FileName), TimeProvider.System);
        var limits = new GovernorLimits(100, 2, null, "no known plan");

        var first = Assert.IsType<GovernorDecision.Granted>(a.TryAcquire(Org, limits, Environment.ProcessId, Lease));
        Assert.IsType<GovernorDecision.Granted>(b.TryAcquire(Org, limits, Environment.ProcessId, Lease));
        Assert.Equal("2 calls in flight", Assert.IsType<GovernorDecision.Wait>(b.TryAcquire(Org, limits, Environment.ProcessId, Lease)).Reason);
        a.Release(first.Slot);
        Assert.IsType<GovernorDecision.Granted>(b.TryAcquire(Org, limits, Environment.ProcessId, Lease));
    }

    [Fact]
    public void Code_1070_lowers_concurrency_for_every_process()
    {
        using var dir = new TempDirectory("gov-1070");
        using var a = GovernorStore.OpenFile(dir.File(GovernorStore.FileName), TimeProvider.System);
        using var b = GovernorStore.OpenFile(dir.File(GovernorStore.FileName), TimeProvider.System);
        var limits = new GovernorLimits(100, 2, null, "no known plan");
        Assert.Equal(1, a.LowerConcurrency(Org, limits.MaxConcurrency));
        Assert.Equal(1, a.LowerConcurrency(Org, limits.MaxConcurrency));

        Assert.IsType<GovernorDecision.Granted>(b.TryAcquire(Org, limits, Environment.ProcessId, Lease));
        Assert.Equal("1 calls in flight", Assert.IsType<GovernorDecision.Wait>(b.TryAcquire(Org, limits, Environment.ProcessId, Lease)).Reason);
    }

    [Fact]
    public void Slots_of_a_dead_process_are_reclaimed()
    {
        using var dir = new TempDirectory("gov-dead");
        using var store = GovernorStore.OpenFile(dir.File(GovernorStore.FileName), TimeProvider.System);
        var limits = new GovernorLimits(100, 1, null, "no known plan");
        using (var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!)
        {
            process.WaitForExit();
            Assert.IsType<GovernorDecision.Granted>(store.TryAcquire(Org, limits, process.Id, Lease));
        }
        Assert.IsType<GovernorDecision.Granted>(store.TryAcquire(Org, limits, Environment.ProcessId, Lease));
    }

    [Fact]
    public async Task Code_44_pauses_every_caller_as_long_as_Zoho_asks()
    {
        using var dir = new TempDirectory("gov-44");
        using var store = GovernorStore.OpenFile(dir.File(GovernorStore.FileName), TimeProvider.System);
        var governor = new RateGovernor(store, Org, new GovernorLimits(100, 5, null, "no known plan"), TimeSpan.FromSeconds(30), DriverLog.Off);
        using (var permit = await governor.EnterAsync(CancellationToken.None))
        {
            var limited = FakeZoho.Json(HttpStatusCode.TooManyRequests, new JsonObject { ["code"] = 44, ["message"] = "blocked" });
            limited.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
            using var response = await ZohoResponse.ReadAsync(limited, CancellationToken.None);
            permit.Completed(response);
        }
        var clock = Stopwatch.StartNew();
        using (await governor.EnterAsync(CancellationToken.None))
            Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"entered after {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Daily_budget_comes_from_the_plan_unless_DailyLimit_is_set()
    {
        Assert.Equal(5000, GovernorLimits.From(FakeZoho.Settings(), "Professional").DailyLimit);
        Assert.Equal(1000, GovernorLimits.From(FakeZoho.Settings(), "FREE").DailyLimit);
        Assert.Null(GovernorLimits.From(FakeZoho.Settings(), null).DailyLimit);
        var limits = GovernorLimits.From(FakeZoho.Settings(("DailyLimit", "2")), "PREMIUM");
        Assert.Equal((2, "DailyLimit=2"), (limits.DailyLimit!.Value, limits.DailyLimitSource));

        using var dir = new TempDirectory("gov-daily");
        using var store = GovernorStore.OpenFile(dir.File(GovernorStore.FileName), TimeProvider.System);
        var governor = new RateGovernor(store, Org, limits, TimeSpan.FromSeconds(30), DriverLog.Off);
        (await governor.EnterAsync(CancellationToken.None)).Dispose();
        (await governor.EnterAsync(CancellationToken.None)).Dispose();
        var e = await Assert.ThrowsAsync<ZohoOdbcException>(async () => await governor.EnterAsync(CancellationToken.None));
        Assert.Equal((SqlStates.GeneralError, 45), (e.SqlState, e.NativeError));
        var midnight = DateTime.UtcNow.Date.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith($"The daily API quota of organization {Org} is used up: 2 calls (DailyLimit=2). It renews at {midnight} 00:00 UTC (in ", e.Message);
    }

    [Fact]
    public void Zohos_figures_of_the_day_correct_ours()
    {
        using var dir = new TempDirectory("gov-sync");
        using var store = GovernorStore.OpenFile(dir.File(GovernorStore.FileName), TimeProvider.System);
        var limits = new GovernorLimits(100, 5, 1000, "the FREE plan's quota");
        store.SyncDaily(Org, 1000, 990);
        Assert.Equal(10, store.DailyQuota(Org, limits).Remaining);
        store.SyncDaily(Org, 1000, 5);
        Assert.Equal(10, store.DailyQuota(Org, limits).Remaining);
        Assert.Equal("the FREE plan's quota", store.DailyQuota(Org, limits).Source);

        // Zoho's quota wins when it is lower than the plan's (a plan changed, or a quota Zoho lowered).
        store.SyncDaily("other", 500, 495);
        var quota = store.DailyQuota("other", limits);
        Assert.Equal((500, 5L, "as Zoho reported"), (quota.Limit!.Value, quota.Remaining!.Value, quota.Source));
    }

    [Fact]
    public void A_scan_that_would_spend_the_rest_of_the_quota_is_refused_before_its_second_call()
    {
        var zoho = new FakeZoho { PlanName = "FREE" };
        using (var session = TestSql.Open(zoho, ("DailyLimit", "3")))
            Assert.Equal(450, TestSql.Rows(session, "SELECT invoice_id FROM invoices").Count);

        zoho = new FakeZoho { PlanName = "FREE" };
        using var limited = TestSql.Open(zoho, ("DailyLimit", "2"));
        var e = Assert.Throws<ZohoOdbcException>(() => TestSql.Rows(limited, "SELECT invoice_id FROM invoices"));
        Assert.Equal((SqlStates.GeneralError, 45), (e.SqlState, e.NativeError));
        Assert.StartsWith("The query needs 2 more API calls to read invoices (450 rows, 200 per call), but only 1 of organization 700000001's " +
            "daily quota of 2 calls (DailyLimit=2) remain; it renews at ", e.Message);
        Assert.Contains("Narrow it with a condition Zoho applies itself", e.Message);
        Assert.Single(zoho.ListCalls("/invoices"));
    }

    [Fact]
    public void Zohos_code_45_gives_the_limit_and_the_renewal_and_stops_further_calls()
    {
        var zoho = new FakeZoho { PlanName = "STANDARD" };
        zoho.Intercept = r =>
        {
            if (!r.Uri.AbsolutePath.EndsWith("/invoices", StringComparison.Ordinal)) return null;
            var answer = FakeZoho.Json(HttpStatusCode.TooManyRequests, new JsonObject { ["code"] = 45, ["message"] = "The API call for this organization has exceeded the maximum call rate limit of 2,000." });
            answer.Headers.Add("X-Rate-Limit-Limit", "2000");
            answer.Headers.Add("X-Rate-Limit-Remaining", "0");
            answer.Headers.Add("X-Rate-Limit-Reset", "7200");
            return answer;
        };
        using var session = TestSql.Open(zoho);
        var e = Assert.Throws<ZohoOdbcException>(() => TestSql.Rows(session, "SELECT invoice_id FROM invoices"));
        Assert.Equal((SqlStates.GeneralError, 45), (e.SqlState, e.NativeError));
        Assert.StartsWith("Zoho refused the call: The API call for this organization has exceeded the maximum call rate limit of 2,000 (code 45). " +
            "The daily API quota of organization 700000001 is used up: 2,000 calls (as Zoho reported). It renews at ", e.Message);
        Assert.Contains("UTC (in 1 h 59 min)", e.Message);

        // The next query does not call Zoho at all.
        var again = Assert.Throws<ZohoOdbcException>(() => TestSql.Rows(session, "SELECT invoice_id FROM invoices"));
        Assert.Equal(45, again.NativeError);
        Assert.Single(zoho.ListCalls("/invoices"));
    }

    [Fact]
    public void Code_1070_is_retried_with_fewer_calls_in_flight()
    {
        var zoho = new FakeZoho();
        var refused = 0;
        zoho.Intercept = r => r.Uri.AbsolutePath.EndsWith("/invoices", StringComparison.Ordinal) && Interlocked.Increment(ref refused) <= 2
            ? FakeZoho.Json(HttpStatusCode.TooManyRequests, new JsonObject { ["code"] = 1070, ["message"] = "You have reached the maximum number of in process requests allowed." })
            : null;
        using var dir = new TempDirectory("gov-1070-session");
        var log = dir.File("driver.log");
        using var session = TestSql.Open(zoho, ("LogFile", log));
        Assert.Equal(450, TestSql.Rows(session, "SELECT invoice_id FROM invoices").Count);
        Assert.Contains("at most 3 at a time for a while", File.ReadAllText(log));
    }

    private static void Release(GovernorStore store, GovernorDecision decision) => store.Release(Assert.IsType<GovernorDecision.Granted>(decision).Slot);
}
