using System.Net;
using System.Net.Sockets;

namespace ZohoOdbc.Cli.Tests.Harness;

/// <summary>A loopback port no one listens on right now, for the setup page.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
