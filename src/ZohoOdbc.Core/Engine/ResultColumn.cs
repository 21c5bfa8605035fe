namespace ZohoOdbc.Core.Engine;

/// <summary>
/// One column of a result, known before execution (describe-before-execute).
/// <paramref name="Size"/> is characters for VarChar, precision for Decimal, digits otherwise;
/// <paramref name="Scale"/> is the number of fractional digits for Decimal (and Timestamp).
/// </summary>
public sealed record ResultColumn(
    string Name,
    SqlDataType Type,
    int Size,
    short Scale,
    bool Nullable,
    string? BaseTable = null,
    string? BaseColumn = null);
