[assembly: TestCollectionOrderer(ZohoOdbc.Tests.Acceptance.WaitingCollectionsFirst.TypeName, ZohoOdbc.Tests.Acceptance.DeclaredOrder.AssemblyName)]

namespace ZohoOdbc.Tests.Acceptance;

/// <summary>
/// The tests against the real emulator (issue 5's acceptance). They run alone, after the unit tests, so that their
/// timing (a minute-long governor window, short-lived tokens) is not disturbed by tests running beside them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AcceptanceCollection
{
    public const string Name = "Emulator acceptance";
}

/// <summary>Runs a class's tests in the order of their <see cref="OrderAttribute"/> (0 when absent).</summary>
public sealed class DeclaredOrder : Xunit.Sdk.ITestCaseOrderer
{
    public const string TypeName = "ZohoOdbc.Tests.Acceptance.DeclaredOrder";
    public const string AssemblyName = "ZohoOdbc.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : Xunit.Abstractions.ITestCase =>
        testCases.OrderBy(test => test.TestMethod.Method.GetCustomAttributes(typeof(OrderAttribute).AssemblyQualifiedName!)
            .Select(a => a.GetNamedArgument<int>(nameof(OrderAttribute.Value))).FirstOrDefault())
            .ThenBy(test => test.TestMethod.Method.Name, StringComparer.Ordinal);
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class OrderAttribute : Attribute
{
    public int Value { get; set; }
}

/// <summary>
/// Starts the collections that mostly wait (the 8-process test waits out Zoho's minute, the fault scan Zoho's Retry-After)
/// first, so that the other tests run meanwhile; the rest in name order. (Collections without parallelization run after
/// all others anyway.)
/// </summary>
public sealed class WaitingCollectionsFirst : Xunit.ITestCollectionOrderer
{
    public const string TypeName = "ZohoOdbc.Tests.Acceptance.WaitingCollectionsFirst";

    private static readonly string[] Waiting = [EightProcessTests.Name, FaultScanTests.Name];

    public IEnumerable<Xunit.Abstractions.ITestCollection> OrderTestCollections(IEnumerable<Xunit.Abstractions.ITestCollection> testCollections) =>
        testCollections.OrderBy(c => Array.FindIndex(Waiting, name => c.DisplayName.Contains(name, StringComparison.Ordinal)) is var i and >= 0 ? i : Waiting.Length)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
