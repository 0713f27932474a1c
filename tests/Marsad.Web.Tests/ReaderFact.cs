using Xunit.Abstractions;
using Xunit.Sdk;

namespace Marsad.Web.Tests;

/// <summary>Marks a reader-suite class whose store is PostgreSQL: skipped, with the reason, when MARSAD_TEST_PG is unset.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NeedsPostgresAttribute : Attribute;

/// <summary>A fact of the shared reader suite (runs once per engine subclass).</summary>
[XunitTestCaseDiscoverer("Marsad.Web.Tests.ReaderFactDiscoverer", "Marsad.Web.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReaderFactAttribute : FactAttribute;

public sealed class ReaderFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var skip = testMethod.TestClass.Class.GetCustomAttributes(typeof(NeedsPostgresAttribute)).Any()
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("MARSAD_TEST_PG"))
            ? "PostgreSQL tests need MARSAD_TEST_PG (a connection string; ./test starts a throwaway server and sets it)"
            : null;
        yield return new ReaderTestCase(diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, skip);
    }
}

public sealed class ReaderTestCase : XunitTestCase
{
    private string? _skip;

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ReaderTestCase() { }

    public ReaderTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method, string? skip)
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
        data.AddValue("ReaderSkip", _skip);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        // Before the base: it may initialize, asking for the skip reason.
        _skip = data.GetValue<string?>("ReaderSkip");
        base.Deserialize(data);
    }
}
