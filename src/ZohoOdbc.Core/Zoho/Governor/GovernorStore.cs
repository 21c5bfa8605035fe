using System.Globalization;
using Microsoft.Data.Sqlite;
using ZohoOdbc.Core.Storage;

namespace ZohoOdbc.Core.Zoho.Governor;

/// <summary>
/// The governor's shared state, in one SQLite file that every process of the user opens (governor.db in the
/// cache directory), so clients on one machine stay under an organization's limits together:
/// <list type="bullet">
/// <item><c>calls</c>: the calls of the last minute, per organization: a call counts from its start until a minute
/// after its answer, because Zoho saw it somewhere in between (a sliding window that also holds when a call waits
/// long for a connection or a busy CPU before it reaches Zoho);</item>
/// <item><c>in_flight</c>: calls running now, each with its process and a lease in case that process dies;</item>
/// <item><c>daily</c>: calls per organization and UTC day;</item>
/// <item><c>org_state</c>: what Zoho told us: paused until (429 code 44), a lowered concurrency (code 1070),
/// a spent quota (code 45), today's quota as its X-Rate-Limit headers give it.</item>
/// </list>
/// Each decision is one IMMEDIATE transaction, so two processes never both take the last slot.
/// </summary>
internal sealed class GovernorStore : IDisposable
{
    public const string FileName = "governor.db";

    private static readonly SchemaDefinition Schema = new(1, """
        CREATE TABLE IF NOT EXISTS calls (slot TEXT PRIMARY KEY, org TEXT NOT NULL, answered_ms INTEGER);
        CREATE INDEX IF NOT EXISTS calls_by_org ON calls (org, answered_ms);
        CREATE TABLE IF NOT EXISTS in_flight (slot TEXT PRIMARY KEY, org TEXT NOT NULL, pid INTEGER NOT NULL, until_ms INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS daily (org TEXT NOT NULL, day TEXT NOT NULL, used INTEGER NOT NULL, PRIMARY KEY (org, day));
        CREATE TABLE IF NOT EXISTS org_state (
            org TEXT PRIMARY KEY,
            paused_until_ms INTEGER NOT NULL DEFAULT 0,
            concurrency_cap INTEGER,
            cap_changed_ms INTEGER NOT NULL DEFAULT 0,
            quota_limit INTEGER,
            quota_reset_ms INTEGER NOT NULL DEFAULT 0,
            reported_limit INTEGER,
            reported_day TEXT);
        """, ["calls", "in_flight", "daily", "org_state"]);

    /// <summary>A lowered concurrency goes back up by one after this long without another code 1070.</summary>
    private static readonly TimeSpan CapRecovery = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan ConcurrencyPoll = TimeSpan.FromMilliseconds(40);

    private readonly SharedDatabase database;
    private readonly TimeProvider clock;

    private GovernorStore(SharedDatabase database, TimeProvider clock)
    {
        this.database = database;
        this.clock = clock;
    }

    /// <summary>The file shared by the processes of the user; null path for a process-only store.</summary>
    public string? Path => database.Path;

    public static GovernorStore OpenFile(string path, TimeProvider clock) => new(SharedDatabase.OpenFile(path, Schema), clock);

    public static GovernorStore OpenInMemory(TimeProvider clock) => new(SharedDatabase.OpenInMemory(Schema), clock);

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Takes a slot for one call when every limit allows it; otherwise says how long to wait, or that today's quota is spent.</summary>
    public GovernorDecision TryAcquire(string org, GovernorLimits limits, int processId, TimeSpan lease)
    {
        var now = Now;
        var nowMs = now.ToUnixTimeMilliseconds();
        return database.Write<GovernorDecision>(tx =>
        {
            database.Execute(tx, "DELETE FROM in_flight WHERE until_ms < $now", ("$now", nowMs));
            // A call whose slot vanished (its process died, its lease ran out) counts as answered now.
            database.Execute(tx, "UPDATE calls SET answered_ms = $now WHERE org = $org AND answered_ms IS NULL AND slot NOT IN (SELECT slot FROM in_flight)",
                ("$org", org), ("$now", nowMs));
            database.Execute(tx, "DELETE FROM calls WHERE org = $org AND answered_ms <= $cut", ("$org", org), ("$cut", nowMs - (long)GovernorLimits.Window.TotalMilliseconds));

            var state = ReadState(tx, org);
            if (state.PausedUntilMs > nowMs)
                return new GovernorDecision.Wait(TimeSpan.FromMilliseconds(state.PausedUntilMs - nowMs), "Zoho asked to pause (code 44)");

            var quota = Quota(tx, org, limits, now, state);
            if (quota.Limit is { } limit && quota.Used >= limit) return new GovernorDecision.QuotaSpent(quota);

            var cap = Math.Min(limits.MaxConcurrency, state.ConcurrencyCap ?? limits.MaxConcurrency);
            if (state.ConcurrencyCap is { } lowered && lowered < limits.MaxConcurrency && nowMs - state.CapChangedMs >= CapRecovery.TotalMilliseconds)
            {
                cap = Math.Min(limits.MaxConcurrency, lowered + 1);
                database.Execute(tx, "UPDATE org_state SET concurrency_cap = $cap, cap_changed_ms = $now WHERE org = $org",
                    ("$cap", cap), ("$now", nowMs), ("$org", org));
            }
            if (database.Scalar(tx, "SELECT COUNT(*) FROM in_flight WHERE org = $org", ("$org", org)) >= cap && !ForgetDeadProcesses(tx, org, processId, cap))
                return new GovernorDecision.Wait(ConcurrencyPoll, $"{cap} calls in flight");

            if (database.Scalar(tx, "SELECT COUNT(*) FROM calls WHERE org = $org", ("$org", org)) >= limits.RequestsPerMinute)
            {
                // The first answered call to leave the window frees a slot; with none answered yet, look again shortly.
                var oldest = database.Scalar(tx, "SELECT COALESCE(MIN(answered_ms), 0) FROM calls WHERE org = $org", ("$org", org));
                var wait = oldest == 0 ? (long)ConcurrencyPoll.TotalMilliseconds : oldest + (long)GovernorLimits.Window.TotalMilliseconds - nowMs + 1;
                return new GovernorDecision.Wait(TimeSpan.FromMilliseconds(Math.Max(1, wait)), $"{limits.RequestsPerMinute} calls in the last minute");
            }

            var slot = Guid.NewGuid().ToString("N");
            database.Execute(tx, "INSERT INTO calls (slot, org, answered_ms) VALUES ($slot, $org, NULL)", ("$slot", slot), ("$org", org));
            database.Execute(tx, "INSERT INTO in_flight (slot, org, pid, until_ms) VALUES ($slot, $org, $pid, $until)",
                ("$slot", slot), ("$org", org), ("$pid", processId), ("$until", nowMs + (long)lease.TotalMilliseconds));
            database.Execute(tx, """
                INSERT INTO daily (org, day, used) VALUES ($org, $day, 1)
                ON CONFLICT (org, day) DO UPDATE SET used = used + 1
                """, ("$org", org), ("$day", Day(now)));
            return new GovernorDecision.Granted(slot);
        });
    }

    /// <summary>Ends a call: it leaves the calls in flight, and the minute window a minute from now.</summary>
    public void Release(string slot) => database.Write(tx =>
    {
        database.Execute(tx, "UPDATE calls SET answered_ms = $now WHERE slot = $slot", ("$now", Now.ToUnixTimeMilliseconds()), ("$slot", slot));
        return database.Execute(tx, "DELETE FROM in_flight WHERE slot = $slot", ("$slot", slot));
    });

    /// <summary>Zoho said 429 code 44 (too many calls per minute): every process waits until <paramref name="until"/>.</summary>
    public void Pause(string org, DateTimeOffset until) => database.Write(tx =>
    {
        EnsureState(tx, org);
        return database.Execute(tx, "UPDATE org_state SET paused_until_ms = MAX(paused_until_ms, $until) WHERE org = $org",
            ("$until", until.ToUnixTimeMilliseconds()), ("$org", org));
    });

    /// <summary>Zoho said code 1070 (too many calls in flight): one fewer at a time, for every process, for a while.</summary>
    public int LowerConcurrency(string org, int configured) => database.Write(tx =>
    {
        var state = ReadState(tx, org);
        EnsureState(tx, org);
        var cap = Math.Max(1, Math.Min(configured, state.ConcurrencyCap ?? configured) - 1);
        database.Execute(tx, "UPDATE org_state SET concurrency_cap = $cap, cap_changed_ms = $now WHERE org = $org",
            ("$cap", cap), ("$now", Now.ToUnixTimeMilliseconds()), ("$org", org));
        return cap;
    });

    /// <summary>Zoho said code 45: no process calls again for this organization until <paramref name="resetsAt"/>.</summary>
    public void MarkQuotaSpent(string org, int? limit, DateTimeOffset resetsAt) => database.Write(tx =>
    {
        EnsureState(tx, org);
        return database.Execute(tx, "UPDATE org_state SET quota_limit = $limit, quota_reset_ms = $reset WHERE org = $org",
            ("$limit", limit), ("$reset", resetsAt.ToUnixTimeMilliseconds()), ("$org", org));
    });

    /// <summary>
    /// Zoho's own figures for today (X-Rate-Limit-Limit and -Remaining): its quota, and its count when higher than ours
    /// (other machines and the web UI use the quota too).
    /// </summary>
    public void SyncDaily(string org, int limit, long usedAccordingToZoho) => database.Write(tx =>
    {
        var day = Day(Now);
        database.Execute(tx, """
            INSERT INTO daily (org, day, used) VALUES ($org, $day, $used)
            ON CONFLICT (org, day) DO UPDATE SET used = MAX(used, $used)
            """, ("$org", org), ("$day", day), ("$used", usedAccordingToZoho));
        EnsureState(tx, org);
        return database.Execute(tx, "UPDATE org_state SET reported_limit = $limit, reported_day = $day WHERE org = $org",
            ("$limit", limit), ("$day", day), ("$org", org));
    });

    public DailyQuotaStatus DailyQuota(string org, GovernorLimits limits) => database.Write(tx => Quota(tx, org, limits, Now, ReadState(tx, org)));

    private DailyQuotaStatus Quota(SqliteTransaction tx, string org, GovernorLimits limits, DateTimeOffset now, OrgState state)
    {
        var used = database.Scalar(tx, "SELECT used FROM daily WHERE org = $org AND day = $day", ("$org", org), ("$day", Day(now)));
        if (state.QuotaResetMs > now.ToUnixTimeMilliseconds())
        {
            // Zoho said the quota is spent: that holds until it renews, whatever we counted.
            var limit = state.QuotaLimit ?? limits.DailyLimit;
            return new DailyQuotaStatus(Math.Max(used, limit ?? used), limit ?? (int)Math.Min(int.MaxValue, used),
                DateTimeOffset.FromUnixTimeMilliseconds(state.QuotaResetMs), state.QuotaLimit is null ? limits.DailyLimitSource : "as Zoho reported");
        }
        // Zoho's figure for today, when it reported one, unless DailyLimit or the plan say less.
        if (state.ReportedLimit is { } reported && state.ReportedDay == Day(now) && (limits.DailyLimit is null || reported < limits.DailyLimit))
            return new DailyQuotaStatus(used, reported, DailyQuotaStatus.NextMidnightUtc(now), "as Zoho reported");
        return new DailyQuotaStatus(used, limits.DailyLimit, DailyQuotaStatus.NextMidnightUtc(now), limits.DailyLimitSource);
    }

    /// <summary>Frees the slots of processes that ended without releasing them; true when that made room.</summary>
    private bool ForgetDeadProcesses(SqliteTransaction tx, string org, int processId, int cap)
    {
        var pids = new List<long>();
        using (var command = database.Command(tx, "SELECT DISTINCT pid FROM in_flight WHERE org = $org AND pid <> $pid", ("$org", org), ("$pid", processId)))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) pids.Add(reader.GetInt64(0));
        var removed = 0;
        foreach (var pid in pids.Where(pid => !ProcessLiveness.IsRunning(pid)))
            removed += database.Execute(tx, "DELETE FROM in_flight WHERE org = $org AND pid = $pid", ("$org", org), ("$pid", pid));
        return removed > 0 && database.Scalar(tx, "SELECT COUNT(*) FROM in_flight WHERE org = $org", ("$org", org)) < cap;
    }

    private OrgState ReadState(SqliteTransaction tx, string org)
    {
        using var command = database.Command(tx,
            "SELECT paused_until_ms, concurrency_cap, cap_changed_ms, quota_limit, quota_reset_ms, reported_limit, reported_day FROM org_state WHERE org = $org",
            ("$org", org));
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return new OrgState(0, null, 0, null, 0, null, null);
        return new OrgState(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt32(1), reader.GetInt64(2),
            reader.IsDBNull(3) ? null : reader.GetInt32(3), reader.GetInt64(4),
            reader.IsDBNull(5) ? null : reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetString(6));
    }

    private void EnsureState(SqliteTransaction tx, string org) =>
        database.Execute(tx, "INSERT INTO org_state (org) VALUES ($org) ON CONFLICT (org) DO NOTHING", ("$org", org));

    private static string Day(DateTimeOffset now) => now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record OrgState(long PausedUntilMs, int? ConcurrencyCap, long CapChangedMs, int? QuotaLimit, long QuotaResetMs,
        int? ReportedLimit, string? ReportedDay);

    public void Dispose() => database.Dispose();
}
