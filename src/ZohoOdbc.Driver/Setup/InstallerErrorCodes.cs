namespace ZohoOdbc.Driver.Setup;

/// <summary>The ODBC_ERROR_* codes of odbcinst.h that ConfigDSN posts.</summary>
internal static class InstallerErrorCodes
{
    public const uint GeneralError = 1;
    public const uint InvalidRequestType = 5;
    public const uint InvalidName = 7;
    public const uint InvalidKeywordValue = 8;
    public const uint RequestFailed = 11;
    public const uint UserCanceled = 16;
    public const uint CreateDsnFailed = 18;
    public const uint RemoveDsnFailed = 20;
}
