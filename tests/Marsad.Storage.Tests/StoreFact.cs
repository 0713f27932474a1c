using Xunit.Sdk;

namespace Marsad.Storage.Tests;

/// <summary>A fact of the shared store suite; skipped for PostgreSQL classes when no test server is configured.</summary>
[XunitTestCaseDiscoverer("Marsad.Testing.EngineFactDiscoverer", "Marsad.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
