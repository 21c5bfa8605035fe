using System.Text.Json.Nodes;
using ZohoOdbc.Emulator.Data;

namespace ZohoOdbc.Emulator.Api;

/// <summary>An entity seen without its record type: for route mapping and the control API's create, edit and delete.</summary>
internal interface IEntity
{
    string EntityName { get; }

    string Collection { get; }

    bool InInvoice { get; }

    bool IsNested { get; }

    bool CanMutate { get; }

    void Map(IEndpointRouteBuilder routes, ZohoProduct product, ApiPipeline pipeline);

    /// <summary>Adds a copy of <paramref name="templateId"/> (or of the newest record) with <paramref name="fields"/> set; returns the new id.</summary>
    string Create(DataStore store, JsonObject fields, string newId, DateTimeOffset now, string? templateId);

    bool Edit(DataStore store, string id, JsonObject fields, DateTimeOffset now);

    bool Delete(DataStore store, string id);
}
