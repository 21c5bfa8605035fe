using ZohoOdbc.Driver.Odbc;

namespace ZohoOdbc.Driver.Functions;

/// <summary>
/// SQLGetFunctions over <see cref="ExportedFunctions.Ids"/>, which the source generator derives
/// from the exports themselves: the bitmap cannot claim or omit a function by mistake.
/// </summary>
internal static unsafe class FunctionBitmap
{
    public const ushort AllFunctions = 0;          // SQL_API_ALL_FUNCTIONS: 100 SQLUSMALLINT flags
    public const ushort Odbc3AllFunctions = 999;   // SQL_API_ODBC3_ALL_FUNCTIONS: 250 SQLUSMALLINT words
    private const int Odbc2Slots = 100;
    private const int Odbc3Words = 250;

    public static short Fill(ushort functionId, ushort* supported)
    {
        if (supported == null) return SqlReturn.Success;
        switch (functionId)
        {
            case Odbc3AllFunctions:
                new Span<ushort>(supported, Odbc3Words).Clear();
                foreach (var id in ExportedFunctions.Ids) supported[id >> 4] |= (ushort)(1 << (id & 0xF));
                break;
            case AllFunctions:
                new Span<ushort>(supported, Odbc2Slots).Clear();
                foreach (var id in ExportedFunctions.Ids)
                    if (id < Odbc2Slots) supported[id] = (ushort)Sentinels.True;
                break;
            default:
                *supported = ExportedFunctions.Ids.Contains(functionId) ? (ushort)Sentinels.True : (ushort)Sentinels.False;
                break;
        }
        return SqlReturn.Success;
    }
}
