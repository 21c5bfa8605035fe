using System.Collections.Concurrent;
using System.Text.Json;

namespace ZohoOdbc.Tests.Acceptance;

/// <summary>
/// Where the acceptance tests let the driver write (logs, key file, token store, governor), and every secret they saw
/// pass: the last test greps all those files for them.
/// </summary>
internal static class AcceptanceFiles
{
    public static readonly string Root = Path.Combine(Path.GetTempPath(), "zohoodbc-tests", "acceptance-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Client secrets, refresh tokens, access tokens and grant codes seen on the wire.</summary>
    public static readonly ConcurrentDictionary<string, byte> Secrets = new(StringComparer.Ordinal);

    public static string Directory(string name)
    {
        var path = Path.Combine(Root, name);
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    public static string LogFile(string testName) => Path.Combine(Directory("logs"), testName + ".log");

    public static void Saw(string? secret)
    {
        if (!string.IsNullOrEmpty(secret)) Secrets.TryAdd(secret, 0);
    }

    private static int writers;

    /// <summary>Marks a test that writes files here while it runs (the secret search waits for it, whatever xUnit's order).</summary>
    public static IDisposable Writing()
    {
        Interlocked.Increment(ref writers);
        return new Writer();
    }

    /// <summary>Waits until no test is writing here any more.</summary>
    public static async Task WhenNoneWritingAsync(TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (Volatile.Read(ref writers) > 0 && DateTime.UtcNow < until) await Task.Delay(200);
        Assert.True(Volatile.Read(ref writers) == 0, "tests were still writing when the search for secrets began");
    }

    private sealed class Writer : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 0) Interlocked.Decrement(ref writers);
        }
    }
}

/// <summary>Passes requests to the network and notes every token Zoho Accounts hands out (to grep for them later).</summary>
internal sealed class SecretRecordingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.RequestUri!.AbsolutePath.EndsWith("/oauth/v2/token", StringComparison.Ordinal))
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            try
            {
                using var json = JsonDocument.Parse(body);
                foreach (var name in new[] { "access_token", "refresh_token" })
                    if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(name, out var value))
                        AcceptanceFiles.Saw(value.GetString());
            }
            catch (JsonException)
            {
                // A fault made it unreadable; the driver retries.
            }
            var replaced = new ByteArrayContent(body);
            foreach (var header in response.Content.Headers) replaced.Headers.TryAddWithoutValidation(header.Key, header.Value);
            response.Content = replaced;
        }
        return response;
    }
}
