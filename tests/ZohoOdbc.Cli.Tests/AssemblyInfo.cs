// The tests start real processes (emulator, zoho-odbc, chromium, isql) on a 2-core machine, and the ConfigDSN test
// sets process-wide environment variables for unixODBC: one test at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
