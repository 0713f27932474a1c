using Marsad.Core;

namespace Marsad.Analysis;

/// <summary>The default analysis pipeline every entry point (CLI, ingest, API) uses.</summary>
public static class MarsadPipeline
{
    private static readonly Lazy<Pipeline> Default = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Time one document may take in analysis: news articles take milliseconds; only hostile input comes near. Set
    /// <c>MARSAD_TIME_BUDGET</c> (seconds) to change it.
    /// </summary>
    public static readonly TimeSpan DefaultBudget = BudgetFrom(Environment.GetEnvironmentVariable("MARSAD_TIME_BUDGET"));

    internal static TimeSpan BudgetFrom(string? seconds) =>
        double.TryParse(seconds, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0 && s < 86_400
            ? TimeSpan.FromSeconds(s)
            : TimeSpan.FromSeconds(30);

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
