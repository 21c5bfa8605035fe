using ZohoOdbc.Core.Engine;

namespace ZohoOdbc.Core;

/// <summary>
/// One execution's answer: its rows, and what the cache said about them (answered offline from a copy of a given age, or
/// from the previous copy because Zoho could not be reached), for the driver to post as 01000 warnings on the statement
/// that ran it. The rows are the caller's to dispose.
/// </summary>
public sealed record QueryResult(IRowReader Rows, IReadOnlyList<string> CacheNotices);
