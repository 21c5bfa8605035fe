using System.Text.Json;
using System.Text.Json.Nodes;
using ZohoOdbc.Emulator.Api;
using ZohoOdbc.Emulator.Control;
using ZohoOdbc.Emulator.Auth;
using ZohoOdbc.Emulator.Json;
using ZohoOdbc.Emulator.Limits;
using ZohoOdbc.Emulator.Recording;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Control;

/// <summary>
/// Endpoints for test harnesses under /__emulator (root only, never recorded, never rate-limited, no faults).
/// Every one is documented in the emulator's README.
/// </summary>
internal static class ControlEndpoints
{
    public const string BasePath = "/__emulator";

    public static void Map(IEndpointRouteBuilder routes, ControlPlane plane)
    {
        EmulatorJsonContext json = EmulatorJsonContext.Default;

        routes.MapGet(BasePath + "/health", context =>
        {
            context.Response.ContentType = "text/plain";
            return context.Response.WriteAsync("ok");
        });

        routes.MapGet(BasePath + "/info", context => Envelope.Json(plane.Describe(), json.EmulatorInfo).ExecuteAsync(context));

        routes.MapGet(BasePath + "/requests", context =>
            Envelope.Json(plane.Log.Snapshot(), json.IReadOnlyListRecordedRequest).ExecuteAsync(context));
        routes.MapGet(BasePath + "/requests/counts", context =>
            Envelope.Json(plane.Log.CountsByEndpoint(), json.IReadOnlyListEndpointCount).ExecuteAsync(context));
        routes.MapDelete(BasePath + "/requests", context =>
        {
            plane.Log.Clear();
            return NoContent(context);
        });

        routes.MapGet(BasePath + "/faults", context => Envelope.Json(plane.Faults.List(), json.IReadOnlyListActiveFault).ExecuteAsync(context));
        routes.MapPost(BasePath + "/faults", async context =>
        {
            FaultRule? rule = await ReadAsync(context, json.FaultRule);
            if (rule is null)
            {
                return;
            }

            try
            {
                await Envelope.Json(plane.Faults.Add(rule), json.ActiveFault, StatusCodes.Status201Created).ExecuteAsync(context);
            }
            catch (ArgumentException error)
            {
                await Refuse(context, StatusCodes.Status400BadRequest, error.Message);
            }
        });
        routes.MapDelete(BasePath + "/faults", context =>
        {
            plane.Faults.Clear();
            return NoContent(context);
        });
        routes.MapDelete(BasePath + "/faults/{id:int}", context =>
            plane.Faults.Remove(int.Parse((string)context.Request.RouteValues["id"]!, System.Globalization.CultureInfo.InvariantCulture))
                ? NoContent(context)
                : Refuse(context, StatusCodes.Status404NotFound, "no such fault"));

        routes.MapGet(BasePath + "/latency", context => Envelope.Json(plane.Slowdown.Settings, json.LatencySettings).ExecuteAsync(context));
        routes.MapPut(BasePath + "/latency", async context =>
        {
            LatencySettings? settings = await ReadAsync(context, json.LatencySettings);
            if (settings is null)
            {
                return;
            }

            if (settings.Milliseconds < 0)
            {
                await Refuse(context, StatusCodes.Status400BadRequest, "milliseconds cannot be negative");
                return;
            }

            plane.Slowdown.Settings = settings;
            await Envelope.Json(settings, json.LatencySettings).ExecuteAsync(context);
        });
        routes.MapDelete(BasePath + "/latency", context =>
        {
            plane.Slowdown.Settings = new LatencySettings();
            return NoContent(context);
        });

        routes.MapGet(BasePath + "/limits", context => Envelope.Json(plane.DescribeLimits(), json.LimitsView).ExecuteAsync(context));
        routes.MapPut(BasePath + "/limits", async context =>
        {
            LimitsUpdate? update = await ReadAsync(context, json.LimitsUpdate);
            if (update is null)
            {
                return;
            }

            if (update.PerMinuteLimit < 0 || update.DailyLimit < 0 || update.ConcurrencyLimit < 0)
            {
                await Refuse(context, StatusCodes.Status400BadRequest, "limits cannot be negative");
                return;
            }

            plane.UpdateLimits(update);
            await Envelope.Json(plane.DescribeLimits(), json.LimitsView).ExecuteAsync(context);
        });

        routes.MapGet(BasePath + "/clock", context => Envelope.Json(plane.DescribeClock(), json.ClockView).ExecuteAsync(context));
        routes.MapPost(BasePath + "/clock/advance", async context =>
        {
            ClockAdvance? advance = await ReadAsync(context, json.ClockAdvance);
            if (advance is null)
            {
                return;
            }

            if (advance.Seconds < 0)
            {
                await Refuse(context, StatusCodes.Status400BadRequest, "the clock only moves forward");
                return;
            }

            plane.Clock.Advance(TimeSpan.FromSeconds(advance.Seconds));
            await Envelope.Json(plane.DescribeClock(), json.ClockView).ExecuteAsync(context);
        });

        routes.MapPost(BasePath + "/reset", context =>
        {
            plane.Reset();
            return NoContent(context);
        });

        MapRecords(routes, plane);
    }

    /// <summary>POST creates, PATCH or PUT edits, DELETE removes records: /__emulator/organizations/{org}/records/{collection}[/{id}].</summary>
    private static void MapRecords(IEndpointRouteBuilder routes, ControlPlane plane)
    {
        const string records = BasePath + "/organizations/{organization_id}/records/{**path}";

        routes.MapPost(records, async context =>
        {
            if (Resolve(context, plane, withId: false) is not { } target)
            {
                await Refuse(context, StatusCodes.Status404NotFound, "unknown organization or collection");
                return;
            }

            JsonObject? fields = await ReadFieldsAsync(context);
            if (fields is null)
            {
                return;
            }

            string? templateId = context.Request.Query["copy_of"];
            try
            {
                string id = target.Entity.Create(target.Organization.Data, fields, target.Organization.NextId(), plane.Now(target.Organization), templateId);
                await Envelope.Json(new CreatedRecord(id), EmulatorJsonContext.Default.CreatedRecord, StatusCodes.Status201Created).ExecuteAsync(context);
            }
            catch (Exception error) when (error is ArgumentException or JsonException or InvalidOperationException)
            {
                await Refuse(context, StatusCodes.Status400BadRequest, error.Message);
            }
        });

        foreach (string method in (string[])["PATCH", "PUT"])
        {
            routes.MapMethods(records, [method], async context =>
            {
                if (Resolve(context, plane, withId: true) is not { } target)
                {
                    await Refuse(context, StatusCodes.Status404NotFound, "unknown organization or collection");
                    return;
                }

                JsonObject? fields = await ReadFieldsAsync(context);
                if (fields is null)
                {
                    return;
                }

                try
                {
                    bool found = target.Entity.Edit(target.Organization.Data, target.Id!, fields, plane.Now(target.Organization));
                    await (found ? NoContent(context) : Refuse(context, StatusCodes.Status404NotFound, "no such record"));
                }
                catch (Exception error) when (error is ArgumentException or JsonException or InvalidOperationException)
                {
                    await Refuse(context, StatusCodes.Status400BadRequest, error.Message);
                }
            });
        }

        routes.MapDelete(records, context =>
        {
            if (Resolve(context, plane, withId: true) is not { } target)
            {
                return Refuse(context, StatusCodes.Status404NotFound, "unknown organization or collection");
            }

            return target.Entity.Delete(target.Organization.Data, target.Id!)
                ? NoContent(context)
                : Refuse(context, StatusCodes.Status404NotFound, "no such record");
        });
    }

    private static RecordTarget? Resolve(HttpContext context, ControlPlane plane, bool withId)
    {
        HostedOrganization? organization = plane.Directory.FindOrganization((string)context.Request.RouteValues["organization_id"]!);
        string path = ((context.Request.RouteValues["path"] as string) ?? "").Trim('/');
        string? id = null;
        if (withId)
        {
            int slash = path.LastIndexOf('/');
            if (slash < 0)
            {
                return null;
            }

            id = path[(slash + 1)..];
            path = path[..slash];
        }

        IEntity? entity = EntityCatalog.Find(path);
        return organization is null || entity is null || !entity.CanMutate ? null : new RecordTarget(organization, entity, id);
    }

    private static async Task<T?> ReadAsync<T>(HttpContext context, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info) where T : class
    {
        try
        {
            T? value = await JsonSerializer.DeserializeAsync(context.Request.Body, info, context.RequestAborted);
            if (value is null)
            {
                await Refuse(context, StatusCodes.Status400BadRequest, "a JSON body is required");
            }

            return value;
        }
        catch (JsonException error)
        {
            await Refuse(context, StatusCodes.Status400BadRequest, "invalid JSON: " + error.Message);
            return null;
        }
    }

    private static async Task<JsonObject?> ReadFieldsAsync(HttpContext context)
    {
        try
        {
            if (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) is JsonObject fields)
            {
                return fields;
            }
        }
        catch (JsonException)
        {
            // Answered below.
        }

        await Refuse(context, StatusCodes.Status400BadRequest, "the body must be a JSON object of field names and values");
        return null;
    }

    private static Task NoContent(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    private static Task Refuse(HttpContext context, int status, string message) =>
        Envelope.Json(new ControlError(message), EmulatorJsonContext.Default.ControlError, status).ExecuteAsync(context);

    private sealed record RecordTarget(HostedOrganization Organization, IEntity Entity, string? Id);
}
