namespace ZohoOdbc.Driver.Conversion;

/// <summary>How a value transfer ended; warnings become diagnostics at the caller, which knows the row.</summary>
internal enum TransferOutcome
{
    /// <summary>All of the value was written.</summary>
    Complete,

    /// <summary>Character or binary data did not fit (01004); SQLGetData can return the rest.</summary>
    Truncated,

    /// <summary>A fractional part or time portion was dropped (01S07).</summary>
    FractionTruncated,
}
