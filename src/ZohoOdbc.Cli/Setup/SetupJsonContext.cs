using System.Text.Json.Serialization;

namespace ZohoOdbc.Cli.Setup;

/// <summary>Source-generated JSON for the setup page's API (NativeAOT: no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FormModel))]
[JsonSerializable(typeof(StateModel))]
[JsonSerializable(typeof(ProblemModel))]
[JsonSerializable(typeof(AuthorizeModel))]
[JsonSerializable(typeof(FinishModel))]
internal sealed partial class SetupJsonContext : JsonSerializerContext;
