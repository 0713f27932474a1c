using Marsad.Core;

namespace Marsad.Analysis;

/// <summary>The default analysis pipeline every entry point (CLI, ingest, API) uses.</summary>
public static class MarsadPipeline
{
    private static readonly Lazy<Pipeline> Default = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shared, thread-safe default pipeline (models are loaded once).</summary>
    public static Pipeline CreateDefault() => Default.Value;

    private static Pipeline Build()
    {
        var builder = new PipelineBuilder();
        builder.Use(new Marsad.Arabic.Processors.TokensProcessor());
        builder.Use(new Marsad.Arabic.Processors.SentencesProcessor());
        builder.Use(Entities.EntityRecognizer.Load());
        builder.Use(new Quotes.QuoteProcessor());
        builder.Use(new Events.EventProcessor());
        return builder.Build();
    }
}
