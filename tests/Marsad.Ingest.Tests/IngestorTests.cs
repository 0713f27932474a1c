using Marsad.Core;
using Marsad.Ingest.Sources;
using Marsad.Storage;

namespace Marsad.Ingest.Tests;

public sealed class IngestorTests
{
    private sealed class Marker(string version) : IDocumentProcessor
    {
        public string Name => "marker";

        public string Version => version;

        public void Process(Document document, CancellationToken cancellationToken = default) =>
            document.Entities.Add(new Entity { Id = "E1", Type = "GPE", Name = "جدة" });
    }

    private static async Task<IngestProgress> Ingest(IStore store, Pipeline pipeline, params string[] paths) =>
        await new Ingestor(store, pipeline, new IngestOptions { Workers = 2, BatchSize = 50 })
            .RunAsync(new InputReader(new FieldMap()).ReadAsync(paths));

    [Fact]
    public async Task Ingesting_the_same_inputs_twice_adds_nothing_the_second_time()
    {
        var dir = Inputs.Dir();
        Inputs.JsonArray(dir, "a.json", Enumerable.Range(1, 120));
        await File.WriteAllTextAsync(Path.Combine(dir, "page.html"), Inputs.Html(500));
        using var store = StoreFactory.Open(Path.Combine(dir, "marsad.db"));
        var pipeline = new PipelineBuilder().Build();
        var first = await Ingest(store, pipeline, dir);
        var second = await Ingest(store, pipeline, dir);
        Assert.Equal(121, first.Ingested);
        Assert.Equal(0, second.Ingested);
        Assert.Equal(121, second.Skipped);
        Assert.Equal(121, store.Stats().Articles);
    }

    [Fact]
    public async Task A_bad_input_is_recorded_with_its_reason_and_the_batch_goes_on()
    {
        var dir = Inputs.Dir();
        Inputs.JsonArray(dir, "a.json", Enumerable.Range(1, 5));
        await File.WriteAllBytesAsync(Path.Combine(dir, "blob.bin"), [0, 1, 2, 3, 4, 5, 0, 7, 8, 1, 2, 3]);
        using var store = StoreFactory.Open(Path.Combine(dir, "marsad.db"));
        var result = await Ingest(store, new PipelineBuilder().Build(), dir);
        Assert.Equal(5, result.Ingested);
        Assert.Equal(1, result.Failed);
        Assert.Contains("binary", Assert.Single(store.Failures(10)).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_fields_win_over_what_extraction_finds()
    {
        var dir = Inputs.Dir();
        var record = new { source = "beta", url = "https://news.example/7", published = "2024-05-08 10:00:00", title = "خبر رقم 7", content = Inputs.Body(7) };
        File.WriteAllText(Path.Combine(dir, "a.json"), System.Text.Json.JsonSerializer.Serialize(new[] { record }));
        using var store = StoreFactory.Open(Path.Combine(dir, "marsad.db"));
        await Ingest(store, new PipelineBuilder().Build(), dir);
        var doc = DocumentJson.Parse(Assert.Single(store.Documents()).Json);
        Assert.Equal(("خبر رقم 7", "https://news.example/7", "2024-05-08T10:00:00"), (doc.Title, doc.Url, doc.Published?.ToIso()));
        Assert.Equal("beta", Assert.Single(store.Stats().Sources).Source);
    }

    [Fact]
    public async Task Reanalysis_reruns_only_articles_of_another_pipeline_version()
    {
        var dir = Inputs.Dir();
        Inputs.JsonArray(dir, "a.json", Enumerable.Range(1, 30));
        using var store = StoreFactory.Open(Path.Combine(dir, "marsad.db"));
        await Ingest(store, new PipelineBuilder().Use(new Marker("1")).Build(), dir);
        var upgraded = new PipelineBuilder().Use(new Marker("2")).Build();
        var first = await new Ingestor(store, upgraded).ReanalyzeAsync();
        var second = await new Ingestor(store, upgraded).ReanalyzeAsync();
        Assert.Equal(30, first.Replaced);
        Assert.Equal(0, second.Read);
        Assert.Equal([("marker=2", 30L)], store.Stats().PipelineVersions);
        Assert.Equal(30, Assert.Single(store.Actors()).Articles);
    }
}
