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
        yield return new StoreTestCase(diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, skip);
    }
}

public sealed class StoreTestCase : XunitTestCase
{
    private string? _skip;

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase() { }

    public StoreTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, string? skip)
        : base(sink, display, options, method) => _skip = skip;

    protected override string? GetSkipReason(IAttributeInfo factAttribute) => _skip ?? base.GetSkipReason(factAttribute);

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("StoreSkip", _skip);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        base.Deserialize(data);
        _skip = data.GetValue<string?>("StoreSkip");
    }
}
