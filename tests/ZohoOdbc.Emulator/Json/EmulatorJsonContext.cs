using System.Text.Json.Serialization;
using ZohoOdbc.Emulator.Api;
using ZohoOdbc.Emulator.Auth;
using ZohoOdbc.Emulator.Control;
using ZohoOdbc.Emulator.Data;
using ZohoOdbc.Emulator.Recording;

namespace ZohoOdbc.Emulator.Json;

/// <summary>Source-generated JSON metadata for every type the emulator reads or writes: snake_case names, Zoho's date and amount forms.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    Converters = [typeof(AmountConverter), typeof(TimestampConverter), typeof(OptionalTimestampConverter), typeof(OptionalDateConverter)])]
[JsonSerializable(typeof(Organization))]
[JsonSerializable(typeof(Contact))]
[JsonSerializable(typeof(ContactListRow))]
[JsonSerializable(typeof(Invoice))]
[JsonSerializable(typeof(InvoiceListRow))]
[JsonSerializable(typeof(Estimate))]
[JsonSerializable(typeof(SalesOrder))]
[JsonSerializable(typeof(CreditNote))]
[JsonSerializable(typeof(CustomerPayment))]
[JsonSerializable(typeof(RecurringInvoice))]
[JsonSerializable(typeof(Bill))]
[JsonSerializable(typeof(VendorCredit))]
[JsonSerializable(typeof(PurchaseOrder))]
[JsonSerializable(typeof(VendorPayment))]
[JsonSerializable(typeof(Expense))]
[JsonSerializable(typeof(Item))]
[JsonSerializable(typeof(Account))]
[JsonSerializable(typeof(Journal))]
[JsonSerializable(typeof(BankAccount))]
[JsonSerializable(typeof(BankTransaction))]
[JsonSerializable(typeof(OrganizationCurrency))]
[JsonSerializable(typeof(ExchangeRate))]
[JsonSerializable(typeof(Tax))]
[JsonSerializable(typeof(OrganizationUser))]
[JsonSerializable(typeof(Project))]
[JsonSerializable(typeof(ProjectTask))]
[JsonSerializable(typeof(TimeEntry))]
[JsonSerializable(typeof(ContactPerson))]
[JsonSerializable(typeof(PageContext))]
[JsonSerializable(typeof(ZohoErrorBody))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(OAuthError))]
[JsonSerializable(typeof(OAuthThrottleError))]
[JsonSerializable(typeof(RevokeResponse))]
[JsonSerializable(typeof(IReadOnlyList<RecordedRequest>))]
[JsonSerializable(typeof(IReadOnlyList<EndpointCount>))]
[JsonSerializable(typeof(FaultRule))]
[JsonSerializable(typeof(ActiveFault))]
[JsonSerializable(typeof(IReadOnlyList<ActiveFault>))]
[JsonSerializable(typeof(LatencySettings))]
[JsonSerializable(typeof(LimitsUpdate))]
[JsonSerializable(typeof(LimitsView))]
[JsonSerializable(typeof(ClockAdvance))]
[JsonSerializable(typeof(ClockView))]
[JsonSerializable(typeof(ControlError))]
[JsonSerializable(typeof(CreatedRecord))]
[JsonSerializable(typeof(EmulatorInfo))]
public sealed partial class EmulatorJsonContext : JsonSerializerContext;
