namespace ZohoOdbc.Core.Engine;

/// <summary>
/// A ? marker of a prepared statement (SQLDescribeParam): its 0-based ordinal and the type inferred from where it
/// stands (<c>total &gt; ?</c> is decimal(18,2); varchar(4000) when nothing says). Size and Scale as in <see cref="ResultColumn"/>.
/// </summary>
public sealed record ParameterInfo(int Ordinal, SqlDataType Type, int Size, short Scale, bool Nullable);
