namespace ZohoOdbc.Core.Zoho.Http;

/// <summary>
/// Decides when a call may go out (the rate governor of an organization) and learns from its answer.
/// Entered once per attempt, so retries count like any other call.
/// </summary>
internal interface IRequestGate
{
    /// <summary>Waits until a call may start; throws ZohoOdbcException when none may (daily quota spent).</summary>
    ValueTask<IRequestPermit> EnterAsync(CancellationToken cancellationToken);
}

/// <summary>One call in flight; disposing it ends the call.</summary>
internal interface IRequestPermit : IDisposable
{
    /// <summary>What Zoho answered (rate-limit codes and headers feed the governor).</summary>
    void Completed(ZohoResponse response);
}

/// <summary>The gate of calls that no organization's limits govern (Zoho Accounts, the organization list).</summary>
internal sealed class OpenGate : IRequestGate, IRequestPermit
{
    public static readonly OpenGate Instance = new();

    public ValueTask<IRequestPermit> EnterAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IRequestPermit>(this);

    public void Completed(ZohoResponse response)
    {
    }

    public void Dispose()
    {
    }
}
