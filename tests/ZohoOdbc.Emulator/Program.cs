using ZohoOdbc.Emulator;

// Local Zoho Books / Zoho Invoice API. The first stdout line announces the address; harnesses wait for it.
EmulatorOptions options;
try
{
    options = EmulatorOptions.Parse(args);
}
catch (ArgumentException error)
{
    Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine(EmulatorOptions.Usage);
    return 2;
}

await using EmulatorServer server = await EmulatorServer.StartAsync(options);
Console.Out.WriteLine($"Emulator listening on {server.BaseUrl}");
Console.Out.Flush();

if (options.ExitOnStdinClose)
{
    StdinWatcher.StopWhenClosed(server.Lifetime);
}

await server.WaitForShutdownAsync();
return 0;
