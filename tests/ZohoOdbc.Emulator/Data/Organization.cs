using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Data;

/// <summary>
/// An organization as GET /organizations/{id} returns it; GET /organizations lists the same record without the
/// detail-only fields (Api/OrganizationsEntity.cs names them).
/// </summary>
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

    // Detail-only fields.
    public string DateFormat { get; init; } = "dd MMM yyyy";
    public string FieldSeparator { get; init; } = " ";
    public string IndustryType { get; init; } = "Wholesale";
    public string IndustrySize { get; init; } = "11-50";
    public string CompanyIdLabel { get; init; } = "Company ID";
    public string CompanyIdValue { get; init; } = "";
    public string TaxIdLabel { get; init; } = "Tax ID";
    public string TaxIdValue { get; init; } = "";
    public string OrgAddress { get; init; } = "";
    public string Phone { get; init; } = "";
    public string Fax { get; init; } = "";
    public string Website { get; init; } = "";
    public OrganizationAddress Address { get; init; } = new();
    public IReadOnlyList<CustomField> CustomFields { get; init; } = [];

    /// <summary>The first organization (<see cref="EmulatorCredentials.OrganizationId"/>). Its timestamps use a fixed -0500.</summary>
    public static Organization Emulated => OrganizationProfiles.Primary.Organization;
}
