namespace ZohoOdbc.Cli.Commands;

/// <summary>The help text.</summary>
internal static class Usage
{
    public const string Text = """
        zoho-odbc: set up and check ZohoOdbc data sources (DSNs) for Zoho Books and Zoho Invoice.

        zoho-odbc setup [--dsn NAME] [--system] [--no-browser] [--port 28765] [prefill options]
            Opens the setup page on 127.0.0.1: fill in the form, press "Connect with Zoho", accept on Zoho's
            page, pick the organization. The DSN is written through the ODBC driver manager (user DSN, or
            --system); the client secret and Zoho's grant go to the encrypted token store, never to odbc.ini.
            Register http://127.0.0.1:PORT/callback as a redirect URI of your Zoho API client.

        zoho-odbc setup --dsn NAME --client-id ID --client-secret SECRET|- (--code CODE|- | --refresh-token TOKEN|-)
                        [--region EU] [--product Books|Invoice] [--organization ID] [--system]
                        [--redirect-uri URI] [--accounts-server URL]
            The same without a browser, for scripts: --code takes a grant code (a Self Client's "Generate Code"
            in the Zoho API console, or the code= of a redirect, with the accounts-server= it named);
            --refresh-token takes an existing grant. "-" reads the value from standard input; the environment
            variables ZOHOODBC_CLIENT_SECRET, ZOHOODBC_GRANT_CODE and ZOHOODBC_REFRESH_TOKEN work too.

            Prefill options: --description, --driver (default ZohoOdbc), --product, --region, --client-id,
            --accounts-url, --api-url, --cache-mode Replica|Pages|Off, --cache-ttl SECONDS, --cache-path DIR.

        zoho-odbc test DSN            connect through the DSN's settings and run a test query
        zoho-odbc tables DSN [TABLE]  list the tables, or the columns of one table
        zoho-odbc cache status|sync|clear DSN [--table T1,T2 | --all]
                                      show, fill (with a progress bar) or empty the DSN's cache; sync brings
                                      the cached tables up to date, or fills the tables named (--all: every one)
        zoho-odbc remove DSN [--system]
                                      delete a DSN
        zoho-odbc help | version

        Exit codes: 0 success, 1 failure (the message says what to do), 2 wrong command line.
        """;
}
