namespace ZohoOdbc.Emulator.Api;

public sealed record ZohoErrorBody(int Code, string Message);
