namespace ZohoOdbc.Emulator.Data;

/// <summary>The online payment gateways offered on an invoice.</summary>
public sealed record PaymentOptions(IReadOnlyList<PaymentGateway> PaymentGateways);
