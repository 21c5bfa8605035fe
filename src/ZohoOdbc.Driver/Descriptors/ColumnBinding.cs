namespace ZohoOdbc.Driver.Descriptors;

/// <summary>One ARD record, as SQLBindCol sets it: where a column's values go.</summary>
internal readonly record struct ColumnBinding(short CType, nint DataPtr, nint BufferLength, nint IndicatorPtr);
