namespace ZohoOdbc.Driver.Odbc;

/// <summary>SQLSetConnectAttr / SQLGetConnectAttr attributes and values.</summary>
internal static class ConnectionAttribute
{
    public const int AsyncEnable = 4;
    public const int AccessMode = 101;
    public const int Autocommit = 102;
    public const int LoginTimeout = 103;
    public const int Trace = 104;
    public const int TraceFile = 105;
    public const int TranslateLib = 106;
    public const int TranslateOption = 107;
    public const int TxnIsolation = 108;
    public const int CurrentCatalog = 109;
    public const int OdbcCursors = 110;
    public const int QuietMode = 111;
    public const int PacketSize = 112;
    public const int ConnectionTimeout = 113;
    public const int AnsiApp = 115;
    public const int ResetConnection = 116;
    public const int ConnectionDead = 1209;
    public const int MetadataId = 10014;
    public const int AutoIpd = 10001;

    public const uint ModeReadOnly = 1;
    public const uint AutocommitOff = 0;
    public const uint AutocommitOn = 1;
    public const uint ConnectionIsDead = 1;
    public const uint ConnectionIsAlive = 0;
}
