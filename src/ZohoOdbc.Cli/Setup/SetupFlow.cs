using System.Security.Cryptography;
using ZohoOdbc.Cli.Odbc;
using ZohoOdbc.Core;
using ZohoOdbc.Core.Storage;
using ZohoOdbc.Core.Zoho;
using ZohoOdbc.Core.Zoho.Auth;

namespace ZohoOdbc.Cli.Setup;

/// <summary>
/// The state of one setup page: form → Zoho's consent page → organization → saved DSN. The authorization-code flow
/// is bound to an unguessable state value, so only the answer to this page's own request is accepted; the client
/// secret is kept in memory until the code is exchanged, then dropped (the token store has it, sealed).
/// </summary>
internal sealed class SetupFlow(SetupRequest defaults, string redirectUri)
{
    private readonly Lock gate = new();
    private SetupRequest request = defaults;
    private string? pendingState;
    private SignedInAccount? account;
    private SetupOutcome? outcome;
    private SetupProblem? problem;

    public string RedirectUri => redirectUri;

    /// <summary>The saved DSN and its test, once the user pressed Save.</summary>
    public SetupOutcome? Outcome
    {
        get
        {
            lock (gate) return outcome;
        }
    }

    /// <summary>Checks the form and returns the URL of Zoho's consent page; throws SetupProblemException when the form needs fixing.</summary>
    public string Authorize(FormModel submitted)
    {
        lock (gate)
        {
            var form = SetupRequests.FromForm(submitted, request);
            request = form;
            account = null;
            outcome = null;
            problem = form.Validate(redirectUri, needSecret: true);
            if (problem is not null) throw new SetupProblemException(problem);
            try
            {
                pendingState = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
                return OAuthHelper.AuthorizationUrl(form.Settings(withSecret: true), redirectUri, state: pendingState);
            }
            catch (ZohoOdbcException e)
            {
                pendingState = null;
                problem = new("A setting is not valid", e.Message, "Correct it and press Connect with Zoho again.");
                throw new SetupProblemException(problem, e);
            }
        }
    }

    /// <summary>
    /// Handles Zoho's redirect: the code is exchanged at the accounts server it names, the grant stored, and the
    /// organizations listed. Any failure becomes the page's problem; nothing is thrown.
    /// </summary>
    public void CompleteSignIn(Func<string, string?> answer, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var state = answer("state");
            if (pendingState is null || state is null || !CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.ASCII.GetBytes(state), System.Text.Encoding.ASCII.GetBytes(pendingState)))
            {
                // A stray answer must not disturb a setup that already signed in.
                if (account is null && outcome is null) problem = SetupProblems.StaleAnswer();
                return;
            }
            pendingState = null;
            if (answer("error") is { Length: > 0 } error)
            {
                problem = error == "access_denied" ? SetupProblems.ConsentDenied(request.Scopes) : SetupProblems.ZohoError(error, answer("error_description"));
                return;
            }
            if (answer("code") is not { Length: > 0 } code)
            {
                problem = SetupProblems.NoCode();
                return;
            }
            try
            {
                var grant = OAuthHelper.ExchangeCode(request.Settings(withSecret: true), code, redirectUri, answer("accounts-server"), cancellationToken);
                request = request with { ClientSecret = null };
                account = SetupSteps.AfterGrant(request, grant, cancellationToken);
                problem = null;
            }
            catch (Exception e) when (e is ZohoOdbcException or SetupProblemException)
            {
                problem = SetupProblems.SignIn(e, redirectUri);
            }
        }
    }

    /// <summary>Saves the DSN for the chosen organization and tests it. Throws SetupProblemException when it cannot be saved.</summary>
    public SetupOutcome Finish(string? organizationId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (account is null)
                throw new SetupProblemException(problem = new("Sign in to Zoho first", "No Zoho account is signed in on this page yet.", "Fill in the form and press Connect with Zoho."));
            try
            {
                outcome = SetupSteps.Save(request, account, organizationId ?? "", cancellationToken);
                problem = outcome.Problem;
                return outcome;
            }
            catch (Exception e) when (e is SetupProblemException or OdbcInstallerException or ZohoOdbcException or DllNotFoundException)
            {
                problem = SetupProblems.Connection(e);
                throw new SetupProblemException(problem, e);
            }
        }
    }

    /// <summary>Back to the form (keeping what was typed, but not the secret).</summary>
    public void Restart()
    {
        lock (gate)
        {
            request = request with { ClientSecret = null };
            pendingState = null;
            account = null;
            outcome = null;
            problem = null;
        }
    }

    public StateModel Snapshot()
    {
        lock (gate)
        {
            return new StateModel
            {
                Step = outcome is not null ? "done" : account is not null ? "organization" : "form",
                RedirectUri = redirectUri,
                Driver = request.Driver,
                Regions = ZohoRegion.Codes.ToArray(),
                CacheModes = SetupRequest.CacheModes,
                CanWriteSystem = OperatingSystem.IsWindows() || Environment.IsPrivilegedProcess,
                Form = new FormModel
                {
                    DataSourceName = request.DataSourceName,
                    Description = request.Description,
                    Product = request.Product,
                    Region = account?.Region ?? request.Region,
                    ClientId = request.ClientId,
                    Scope = request.Scope == DsnScope.System ? "system" : "user",
                    CacheMode = request.CacheMode,
                    CacheTtl = request.CacheTtl,
                    AccountsUrl = request.AccountsUrl,
                    ApiUrl = request.ApiUrl,
                },
                Problem = problem is null ? null : new ProblemModel { Title = problem.Title, Detail = problem.Detail, Action = problem.Action },
                Account = account is null ? null : new AccountModel
                {
                    Region = account.Region,
                    AccountsServer = account.AccountsServer,
                    Organizations = account.Organizations.Select(ToModel).ToArray(),
                },
                Result = outcome is null ? null : ToModel(outcome),
            };
        }
    }

    private static OrganizationModel ToModel(OrganizationInfo organization) =>
        new() { Id = organization.Id, Name = organization.Name, Currency = organization.CurrencyCode };

    private static ResultModel ToModel(SetupOutcome outcome) => new()
    {
        Succeeded = outcome.Succeeded,
        DataSourceName = outcome.DataSource.Name,
        Scope = outcome.Scope.Label(),
        Location = outcome.Scope.Location(),
        Keys = [new KeyValueModel { Key = "Driver", Value = outcome.DataSource.Driver }, .. outcome.DataSource.Values.Select(v => new KeyValueModel { Key = v.Key, Value = v.Value })],
        TokenStore = UserDirectories.Config ?? "(in memory)",
        Organization = outcome.Report is null ? null : ToModel(outcome.Report.Organization),
        ApiBaseUrl = outcome.Report?.ApiBaseUrl,
        Tables = outcome.Report?.Tables.Select(t => new TableModel { Name = t.Name, Description = t.Description, Columns = t.FixedColumns.Count }).ToArray() ?? [],
        Sample = outcome.Report is { Sample: var sample } ? new SampleModel { Sql = sample.Sql, Columns = sample.Columns, Rows = sample.Rows } : null,
        ElapsedMilliseconds = (long)(outcome.Report?.Elapsed.TotalMilliseconds ?? 0),
    };
}
