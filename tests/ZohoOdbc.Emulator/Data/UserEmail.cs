namespace ZohoOdbc.Emulator.Data;

/// <summary>An e-mail address of a user.</summary>
public sealed record UserEmail(string Email, bool IsSelected);
