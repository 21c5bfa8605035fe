namespace ZohoOdbc.Driver.Odbc;

/// <summary>SQLBindParameter InputOutputType values, and the parameter status / operation array values.</summary>
internal static class ParamIo
{
    public const short Input = 1;            // SQL_PARAM_INPUT
    public const short InputOutput = 2;      // SQL_PARAM_INPUT_OUTPUT
    public const short Output = 4;           // SQL_PARAM_OUTPUT
    public const short InputOutputStream = 8;
    public const short OutputStream = 16;

    public const ushort StatusSuccess = 0;           // SQL_PARAM_SUCCESS
    public const ushort StatusSuccessWithInfo = 6;   // SQL_PARAM_SUCCESS_WITH_INFO
    public const ushort StatusError = 5;             // SQL_PARAM_ERROR
    public const ushort StatusUnused = 7;            // SQL_PARAM_UNUSED
    public const ushort StatusDiagUnavailable = 1;   // SQL_PARAM_DIAG_UNAVAILABLE

    public const ushort Proceed = 0;                 // SQL_PARAM_PROCEED (operation array)
    public const ushort Ignore = 1;                  // SQL_PARAM_IGNORE
}
