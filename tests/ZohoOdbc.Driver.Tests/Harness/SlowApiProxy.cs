using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ZohoOdbc.Driver.Tests.Harness;

/// <summary>
/// An HTTP proxy in front of the emulator that holds back the answers to some paths (the
/// invoice list, the token endpoint) until the client gives up or <see cref="Stall"/> passes: a
/// Zoho that is slow on purpose, for cancellation and time-out tests. The stall is far longer
/// than any bound a test asserts, so a driver that does not stop cannot pass by luck.
/// </summary>
public sealed class SlowApiProxy : IDisposable
{
    private static readonly HttpClient Forwarder = new() { Timeout = TimeSpan.FromMinutes(2) };
    private readonly HttpListener listener = new();
    private readonly string target;
    private readonly Func<string, bool> isSlow;
    private readonly CancellationTokenSource stopping = new();

    public SlowApiProxy(string target, Func<string, bool> isSlow)
    {
        this.target = target.TrimEnd('/');
        this.isSlow = isSlow;
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}";
        listener.Prefixes.Add(Url + "/");
        listener.Start();
        _ = Task.Run(Serve);
    }

    /// <summary>How long a held request waits before it is forwarded.</summary>
    public static readonly TimeSpan Stall = TimeSpan.FromMinutes(5);

    public string Url { get; }

    /// <summary>Waits (without spinning: the machine may be small and busy) until a request is held; false after <paramref name="limit"/>.</summary>
    public bool WaitUntilHeld(TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (Held == 0)
        {
            if (clock.Elapsed > limit) return false;
            Thread.Sleep(20);
        }
        return true;
    }

    /// <summary>How many requests were held back.</summary>
    public int Held => held;

    private int held;

    private async Task Serve()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (stopping.IsCancellationRequested || !listener.IsListening)
            {
                return;
            }
            _ = Task.Run(() => Handle(context));
        }
    }

    private async Task Handle(HttpListenerContext context)
    {
        try
        {
            var path = context.Request.Url!.PathAndQuery;
            if (isSlow(path))
            {
                Interlocked.Increment(ref held);
                await Task.Delay(Stall, stopping.Token);
            }
            using var request = new HttpRequestMessage(new HttpMethod(context.Request.HttpMethod), target + path);
            if (context.Request.HasEntityBody)
            {
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                request.Content = new ByteArrayContent(body.ToArray());
                if (context.Request.ContentType is { } type) request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            }
            foreach (var name in context.Request.Headers.AllKeys.OfType<string>())
                if (name is "Authorization" or "Accept") request.Headers.TryAddWithoutValidation(name, context.Request.Headers[name]);
            using var response = await Forwarder.SendAsync(request, stopping.Token);
            context.Response.StatusCode = (int)response.StatusCode;
            if (response.Content.Headers.ContentType is { } contentType) context.Response.ContentType = contentType.ToString();
            var bytes = await response.Content.ReadAsByteArrayAsync();
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception)
        {
            // The client went away (cancelled) or the proxy is stopping.
            try { context.Response.Abort(); } catch (Exception) { }
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        stopping.Cancel();
        listener.Close();
    }
}
