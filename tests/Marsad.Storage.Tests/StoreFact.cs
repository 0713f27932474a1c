using Xunit.Abstractions;
using Xunit.Sdk;

namespace Marsad.Storage.Tests;

/// <summary>Marks a test class whose store is PostgreSQL: its tests are skipped, with a reason, when MARSAD_TEST_PG is unset.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NeedsPostgresAttribute : Attribute;

/// <summary>A fact of the shared store suite; skipped for PostgreSQL classes when no test server is configured.</summary>
[XunitTestCaseDiscoverer("Marsad.Storage.Tests.StoreFactDiscoverer", "Marsad.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

public sealed class StoreFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var needsPg = testMethod.TestClass.Class.GetCustomAttributes(typeof(NeedsPostgresAttribute)).Any();
        var skip = needsPg && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("MARSAD_TEST_PG"))
            ? "PostgreSQL tests need MARSAD_TEST_PG (a connection string; ./test starts a throwaway server and sets it)"
            : null;
        var display = discoveryOptions.MethodDisplayOrDefault();
        var options = discoveryOptions.MethodDisplayOptionsOrDefault();
        yield return skip is null
            ? new XunitTestCase(diagnostics, display, options, testMethod)
            : new XunitSkippedDataRowTestCase(diagnostics, display, options, testMethod, skip);
    }
}
