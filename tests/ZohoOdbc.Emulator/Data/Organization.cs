namespace ZohoOdbc.Emulator.Data;

/// <summary>An organization as GET /organizations lists it.</summary>
public sealed record Organization
{
    public required string OrganizationId { get; init; }
    public required string Name { get; init; }
    public required string ContactName { get; init; }
    public required string Email { get; init; }
    public required bool IsDefaultOrg { get; init; }
    public required int PlanType { get; init; }
    public required bool TaxGroupEnabled { get; init; }
    public required int ZiMigrationStatus { get; init; }
    public required string PlanName { get; init; }
    public required string PlanPeriod { get; init; }
    public required string LanguageCode { get; init; }
    /// <summary>0-based: 0 = January.</summary>
    public required int FiscalYearStartMonth { get; init; }
    public required DateOnly AccountCreatedDate { get; init; }
    public required string AccountCreatedDateFormatted { get; init; }
    public required string TimeZone { get; init; }
    public required bool IsOrgActive { get; init; }
    public required string CurrencyId { get; init; }
    public required string CurrencyCode { get; init; }
    public required string CurrencySymbol { get; init; }
    public required string CurrencyFormat { get; init; }
    public required int PricePrecision { get; init; }

    /// <summary>The single organization the emulator serves. Its time zone is shown as New York; timestamps use a fixed -0500.</summary>
    public static Organization Emulated { get; } = new()
    {
        OrganizationId = EmulatorCredentials.OrganizationId,
        Name = EmulatorCredentials.OrganizationName,
        ContactName = "Emulator Admin",
        Email = "admin@emulated-trading.example",
        IsDefaultOrg = true,
        PlanType = 12,
        TaxGroupEnabled = true,
        ZiMigrationStatus = 0,
        PlanName = "PROFESSIONAL",
        PlanPeriod = "Monthly",
        LanguageCode = "en",
        FiscalYearStartMonth = 0,
        AccountCreatedDate = new DateOnly(2023, 6, 1),
        AccountCreatedDateFormatted = "01 Jun 2023",
        TimeZone = "America/New_York",
        IsOrgActive = true,
        CurrencyId = Currency.Usd.CurrencyId,
        CurrencyCode = Currency.Usd.CurrencyCode,
        CurrencySymbol = Currency.Usd.CurrencySymbol,
        CurrencyFormat = "###,##0.00",
        PricePrecision = 2,
    };
}
