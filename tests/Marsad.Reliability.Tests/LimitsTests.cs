using System.Diagnostics;
using Marsad.Analysis;
using Marsad.Core;
using Marsad.Extraction;

namespace Marsad.Reliability.Tests;

/// <summary>Pathological documents end, through the real entry points, within the budget and with a reason.</summary>
public class LimitsTests
{
    // Generous for a loaded CI machine, still far below "hung": the pipeline's own budget is 30 s per document.
    private static readonly TimeSpan Ceiling = MarsadPipeline.DefaultBudget + TimeSpan.FromSeconds(30);

    [Theory]
    [MemberData(nameof(Hostile.All), MemberType = typeof(Hostile))]
    public void Pathological_input_finishes_within_the_budget_or_is_refused_with_a_reason(string name)
    {
        var bytes = Hostile.ByName(name);
        var clock = Stopwatch.StartNew();
        try
        {
            var article = ArticleExtractor.Extract(bytes, new ExtractionOptions { Uri = "https://example.com/" + name });
            var document = Document.FromArticle(article, null, bytes);
            MarsadPipeline.CreateDefault().Run(document);
            Assert.Equal(MarsadPipeline.CreateDefault().Processors.Length, document.Versions.Count);
        }
        catch (MarsadInputException ex)
        {
            Assert.False(string.IsNullOrWhiteSpace(ex.Message));
        }

        Assert.True(clock.Elapsed < Ceiling, $"{name} took {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void A_document_over_the_time_budget_fails_with_the_budget_and_the_step_named()
    {
        var bytes = Hostile.ManyNames();
        var article = ArticleExtractor.Extract(bytes, new ExtractionOptions());
        var document = Document.FromArticle(article, null, bytes);
        var pipeline = MarsadPipeline.CreateDefault().WithBudget(TimeSpan.FromMilliseconds(1));

        var ex = Assert.Throws<MarsadBudgetException>(() => pipeline.Run(document));

        Assert.Contains("time budget", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancellation_by_the_caller_is_not_reported_as_a_budget_overrun()
    {
        var document = new Document("d", "قال الوزير إن الاجتماع كان مثمرا.");
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => MarsadPipeline.CreateDefault().Run(document, cts.Token));
    }

    [Fact]
    public void Default_pipeline_has_a_time_budget()
    {
        Assert.Equal(MarsadPipeline.DefaultBudget, MarsadPipeline.CreateDefault().Budget);
    }

    [Fact]
    public void Input_over_the_size_cap_is_refused_with_the_limit_named()
    {
        var ex = Assert.Throws<MarsadInputException>(() => ArticleExtractor.Extract(Hostile.LongWord(), new ExtractionOptions { MaxBytes = 1024 * 1024 }));

        Assert.Contains("limit", ex.Message, StringComparison.Ordinal);
    }
}
