using Xunit.Abstractions;
using Xunit.Sdk;

namespace Marsad.Testing;

/// <summary>Marks a test class whose store is PostgreSQL: its tests are skipped, with the reason, when MARSAD_TEST_PG is unset.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NeedsPostgresAttribute : Attribute;

/// <summary>
/// Discovers the facts of a suite that runs once per store engine (an abstract contract class with one subclass per
/// engine): PostgreSQL subclasses are skipped with a stated reason when no test server is configured.
/// Each test project names it from its own fact attribute (linked as source, so the assembly name differs).
/// </summary>
public sealed class EngineFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var skip = testMethod.TestClass.Class.GetCustomAttributes(typeof(NeedsPostgresAttribute)).Any()
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("MARSAD_TEST_PG"))
            ? "PostgreSQL tests need MARSAD_TEST_PG (a connection string; ./test starts a throwaway server and sets it)"
            : null;
        yield return new EngineTestCase(diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, skip);
    }
}

/// <summary>A test case that carries its skip reason through serialization (test explorers re-create cases).</summary>
public sealed class EngineTestCase : XunitTestCase
{
    private string? _skip;

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public EngineTestCase() { }

    public EngineTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, string? skip)
        : base(sink, display, options, method)
    {
        _skip = skip;
        // The base constructor may already have initialized (and asked for the skip reason before _skip was set).
        if (skip is not null)
        {
            SkipReason = skip;
        }
    }

    protected override string? GetSkipReason(IAttributeInfo factAttribute) => _skip ?? base.GetSkipReason(factAttribute);

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("EngineSkip", _skip);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        // Before the base: it may initialize, asking for the skip reason.
        _skip = data.GetValue<string?>("EngineSkip");
        base.Deserialize(data);
    }
}
