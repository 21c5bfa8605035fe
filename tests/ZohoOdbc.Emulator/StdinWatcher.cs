namespace ZohoOdbc.Emulator;

/// <summary>Stops the application when standard input reaches end of file (the parent process closed it or died).</summary>
internal static class StdinWatcher
{
    public static void StopWhenClosed(IHostApplicationLifetime lifetime)
    {
        var thread = new Thread(() =>
        {
            try
            {
                using Stream stdin = Console.OpenStandardInput();
                var buffer = new byte[256];
                while (stdin.Read(buffer, 0, buffer.Length) > 0)
                {
                    // Input is ignored; only its end matters.
                }
            }
            catch (IOException)
            {
                // A broken pipe means the parent is gone, the same as end of file.
            }

            lifetime.StopApplication();
        })
        {
            IsBackground = true,
            Name = "stdin-watcher",
        };
        thread.Start();
    }
}
