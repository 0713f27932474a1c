using Marsad.Core;

namespace Marsad.Analysis;

/// <summary>The default analysis pipeline every entry point (CLI, ingest, API) uses.</summary>
public static class MarsadPipeline
{
    private static readonly Lazy<Pipeline> Default = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Time one document may take in analysis: news articles take milliseconds; only hostile input comes near.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(30);

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
        builder.WithBudget(DefaultBudget);
        return builder.Build();
    }
}
