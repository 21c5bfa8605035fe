namespace ZohoOdbc.Emulator;

/// <summary>The address the emulator is bound to ("http://127.0.0.1:PORT"), known only once Kestrel has started.</summary>
public sealed class ServerAddress
{
    private string? baseUrl;

    public string BaseUrl
    {
        get => baseUrl ?? throw new InvalidOperationException("The server has not started yet.");
        set => baseUrl = value;
    }
}
