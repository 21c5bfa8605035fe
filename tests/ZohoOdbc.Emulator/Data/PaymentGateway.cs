namespace ZohoOdbc.Emulator.Data;

public sealed record PaymentGateway(string ConfigurationId, string GatewayName);
