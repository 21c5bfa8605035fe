using ZohoOdbc.Emulator.Auth;
using ZohoOdbc.Emulator.Control;
using ZohoOdbc.Emulator.Limits;
using ZohoOdbc.Emulator.Tenancy;

namespace ZohoOdbc.Emulator.Api;

/// <summary>
/// Wraps every API handler: authenticate, check the scope, resolve the organization, pass the organization's limits
/// (the lease covers the added latency, so slow requests count as in flight), wait the configured latency, answer.
/// </summary>
internal sealed class ApiPipeline(ApiGuard guard, LimitEnforcer limits, RequestSlowdown slowdown)
{
    /// <summary>An endpoint that works on one organization's data.</summary>
    public RequestDelegate ForOrganization(ZohoProduct product, string scopeModule, Func<HttpContext, HostedOrganization, IResult> handle) =>
        async context =>
        {
            AccessGrant caller = guard.Authenticate(context);
            ApiGuard.RequireScope(caller, product, scopeModule);
            HostedOrganization organization = guard.ResolveOrganization(context.Request, product, caller);
            using IDisposable lease = limits.Admit(organization, context.Response);
            await slowdown.DelayAsync(context);
            await handle(context, organization).ExecuteAsync(context);
        };

    /// <summary>An endpoint about the user rather than an organization (GET /organizations).</summary>
    public RequestDelegate ForUser(ZohoProduct product, string scopeModule, Func<HttpContext, AccessGrant, IResult> handle) =>
        async context =>
        {
            AccessGrant caller = guard.Authenticate(context);
            ApiGuard.RequireScope(caller, product, scopeModule);
            await slowdown.DelayAsync(context);
            await handle(context, caller).ExecuteAsync(context);
        };
}
