namespace ZohoOdbc.Emulator.Recording;

/// <summary>How often one endpoint (method + route) was called, with the count per status code.</summary>
public sealed record EndpointCount(string Method, string Endpoint, int Count, IReadOnlyDictionary<string, int> StatusCodes);
