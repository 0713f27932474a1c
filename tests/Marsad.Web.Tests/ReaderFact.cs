using Xunit.Sdk;

namespace Marsad.Web.Tests;

/// <summary>A fact of the shared reader suite (runs once per engine subclass).</summary>
[XunitTestCaseDiscoverer("Marsad.Testing.EngineFactDiscoverer", "Marsad.Web.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReaderFactAttribute : FactAttribute;
