using System.Globalization;
using System.Text;
using ZohoOdbc.Core;
using EmulatorRequest = ZohoOdbc.Emulator.Recording.RecordedRequest;

namespace ZohoOdbc.Tests.Acceptance;

/// <summary>What the acceptance tests read back: query results as text, and the emulator's busiest minute.</summary>
internal static class AcceptanceQueries
{
    /// <summary>All rows of a query, each as one tab-separated line of invariant text.</summary>
    public static List<string> Lines(Session session, string sql)
    {
        using var reader = session.Prepare(sql).Execute();
        var lines = new List<string>();
        var line = new StringBuilder();
        while (reader.Read())
        {
            line.Clear();
            for (var i = 0; i < reader.Columns.Count; i++) line.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('\t');
            lines.Add(line.ToString());
        }
        return lines;
    }

    /// <summary>The most calls whose arrival times fall within 60 seconds of each other.</summary>
    public static int MostInAnyMinute(IReadOnlyList<EmulatorRequest> ordered)
    {
        var most = 0;
        for (int start = 0, end = 0; start < ordered.Count; start++)
        {
            while (end < ordered.Count && ordered[end].TimeUtc - ordered[start].TimeUtc < TimeSpan.FromSeconds(60)) end++;
            most = Math.Max(most, end - start);
        }
        return most;
    }
}
