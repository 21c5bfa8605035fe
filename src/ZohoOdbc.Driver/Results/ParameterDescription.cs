using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Driver.Results;

/// <summary>One parameter marker as Core typed it from its context (e.g. <c>total &gt; ?</c> is a decimal).</summary>
internal sealed record ParameterDescription(SqlDataType Type, int Size, short Scale, bool Nullable);
