namespace ZohoOdbc.Driver.Descriptors;

/// <summary>
/// What a descriptor describes. Application descriptors (ARD, APD, and every explicitly
/// allocated one) share one set of fields; the two implementation descriptors differ.
/// </summary>
internal enum DescriptorKind
{
    /// <summary>ARD or APD, implicit or allocated with SQLAllocHandle(SQL_HANDLE_DESC).</summary>
    Application,

    /// <summary>IRD: the result columns; read-only except its two array pointers.</summary>
    ImplementationRow,

    /// <summary>IPD: the parameters as the SQL statement sees them.</summary>
    ImplementationParameter,
}
