using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Marsad.Web.Tests;

/// <summary>One SQLite store with the test articles (real pipeline and built facts), shared by a test class.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    internal const string Token = "test-token-5f1c";

    private TestStore? _store;

    internal TestStore Store => _store ?? throw new InvalidOperationException("not initialized");

    public string Spec => Store.Spec;

    public async Task InitializeAsync()
    {
        _store = TestStore.Sqlite();
        TestArticles.WriteFacts(_store.Store);
        await TestArticles.IngestFilesAsync(_store.Store);
    }

    public Task DisposeAsync()
    {
        _store?.Dispose();
        return Task.CompletedTask;
    }

    public WebFactory Factory(WebOptions? options = null) =>
        new(options ?? new WebOptions { Store = Spec, Token = Token });
}

/// <summary>The real app (the same services and middleware <c>marsad serve</c> composes) on ASP.NET Core's test server.</summary>
public sealed class WebFactory(WebOptions options) : WebApplicationFactory<WebFactory>
{
    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder()
            .ConfigureWebHost(web => web
                .UseContentRoot(AppContext.BaseDirectory)
                .ConfigureServices(s => s.AddMarsad(options))
                .Configure(app => app.UseMarsad()));

    // After the factory's own guess (a folder named like this assembly beside the solution, which does not exist).
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);
}
