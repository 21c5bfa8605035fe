using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ZohoOdbc.Cli.Tests.Harness;

/// <summary>
/// Headless Chromium driven through chromedriver's W3C WebDriver HTTP API (Debian's chromium and chromium-driver),
/// with HttpClient only: no browser download, no extra package. The flags keep Chromium off the network (this
/// machine has none) and out of the user's profile.
/// </summary>
public sealed class WebDriverSession : IDisposable
{
    private const string ElementKey = "element-6066-11e4-a52e-4f735466cecf";
    public const string Chromium = "/usr/bin/chromium";
    public const string ChromeDriver = "/usr/bin/chromedriver";

    private readonly Process driver;
    private readonly HttpClient http;
    private readonly string session;
    private readonly string profile;

    private WebDriverSession(Process driver, HttpClient http, string session, string profile)
    {
        this.driver = driver;
        this.http = http;
        this.session = session;
        this.profile = profile;
    }

    public static bool Available => File.Exists(Chromium) && File.Exists(ChromeDriver);

    public static WebDriverSession Start(int width = 1280, int height = 1000)
    {
        var port = FreePort.Next();
        var start = new ProcessStartInfo(ChromeDriver) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add($"--port={port}");
        var driver = Process.Start(start) ?? throw new InvalidOperationException("chromedriver did not start");
        driver.OutputDataReceived += (_, _) => { };
        driver.ErrorDataReceived += (_, _) => { };
        driver.BeginOutputReadLine();
        driver.BeginErrorReadLine();
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(90) };
        var profile = Directory.CreateTempSubdirectory("zohoodbc-chromium-").FullName;
        try
        {
            WaitUntilReady(http);
            var capabilities = new JsonObject
            {
                ["capabilities"] = new JsonObject
                {
                    ["alwaysMatch"] = new JsonObject
                    {
                        ["browserName"] = "chrome",
                        ["goog:chromeOptions"] = new JsonObject
                        {
                            ["binary"] = Chromium,
                            ["args"] = new JsonArray("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                                "--disable-default-apps", "--disable-extensions", $"--user-data-dir={profile}", $"--window-size={width},{height}"),
                        },
                    },
                },
            };
            var answer = Send(http, HttpMethod.Post, "session", capabilities);
            return new WebDriverSession(driver, http, answer?["sessionId"]?.GetValue<string>() ?? throw new InvalidOperationException("chromedriver gave no session id"), profile);
        }
        catch
        {
            driver.Kill(entireProcessTree: true);
            driver.Dispose();
            http.Dispose();
            throw;
        }
    }

    public void Navigate(string url) => Call(HttpMethod.Post, "url", new JsonObject { ["url"] = url });

    public string CurrentUrl => Call(HttpMethod.Get, "url")!.GetValue<string>();

    public string Find(string css) => FindBy("css selector", css);

    public string FindXPath(string xpath) => FindBy("xpath", xpath);

    public void Click(string element) => Call(HttpMethod.Post, $"element/{element}/click", new JsonObject());

    public void Type(string element, string text)
    {
        Call(HttpMethod.Post, $"element/{element}/clear", new JsonObject());
        Call(HttpMethod.Post, $"element/{element}/value", new JsonObject { ["text"] = text });
    }

    public string Text(string element) => Call(HttpMethod.Get, $"element/{element}/text")!.GetValue<string>();

    public JsonNode? Script(string script, params string[] args) =>
        Call(HttpMethod.Post, "execute/sync", new JsonObject { ["script"] = script, ["args"] = new JsonArray(args.Select(a => (JsonNode?)a).ToArray()) });

    /// <summary>Polls <paramref name="script"/> (a JavaScript expression) until it is true.</summary>
    public void WaitFor(string script, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Script($"return !!({script});")?.GetValue<bool>() != true)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0}s for {what}; the page at {CurrentUrl} shows: {Script("return document.body ? document.body.innerText : '';")}");
            Thread.Sleep(150);
        }
    }

    /// <summary>A PNG of the whole page: the window is first made as tall as the document.</summary>
    public byte[] FullPageScreenshot()
    {
        var height = Script("return Math.ceil(document.documentElement.scrollHeight);")!.GetValue<int>();
        var width = Script("return window.outerWidth;")!.GetValue<int>();
        Call(HttpMethod.Post, "window/rect", new JsonObject { ["width"] = width, ["height"] = Math.Clamp(height + 300, 600, 8000) });
        return Convert.FromBase64String(Call(HttpMethod.Get, "screenshot")!.GetValue<string>());
    }

    private string FindBy(string strategy, string value) =>
        Call(HttpMethod.Post, "element", new JsonObject { ["using"] = strategy, ["value"] = value })![ElementKey]!.GetValue<string>();

    private JsonNode? Call(HttpMethod method, string path, JsonObject? body = null) => Send(http, method, $"session/{session}/{path}", body);

    private static JsonNode? Send(HttpClient http, HttpMethod method, string path, JsonObject? body)
    {
        using var request = new HttpRequestMessage(method, path);
        // chromedriver wants a Content-Length: no chunked bodies.
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = http.Send(request);
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        var value = JsonNode.Parse(text)?["value"];
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"WebDriver {method} {path} failed ({(int)response.StatusCode}): {value?["error"]} {value?["message"]}");
        return value;
    }

    private static void WaitUntilReady(HttpClient http)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        for (;;)
        {
            try
            {
                using var response = http.GetAsync("status").GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("chromedriver did not answer /status");
            Thread.Sleep(100);
        }
    }

    public void Dispose()
    {
        try
        {
            Send(http, HttpMethod.Delete, $"session/{session}", null);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or JsonException or TaskCanceledException)
        {
            // The browser is killed with its driver below.
        }
        if (!driver.HasExited) driver.Kill(entireProcessTree: true);
        driver.Dispose();
        http.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
