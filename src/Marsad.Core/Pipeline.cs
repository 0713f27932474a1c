using System.Collections.Immutable;

namespace Marsad.Core;

/// <summary>One step of analysis: reads the layers earlier steps produced and adds its own.</summary>
public interface IDocumentProcessor
{
    /// <summary>Short stable name, e.g. "sentences", "ner".</summary>
    string Name { get; }

    /// <summary>Version recorded per document so a store knows what to re-analyze after an upgrade.</summary>
    string Version { get; }

    void Process(Document document, CancellationToken cancellationToken = default);
}

/// <summary>An immutable, thread-safe sequence of processors. Build one with <see cref="PipelineBuilder"/>.</summary>
public sealed class Pipeline
{
    internal Pipeline(ImmutableArray<IDocumentProcessor> processors, TimeSpan? budget = null)
    {
        Processors = processors;
        Budget = budget;
    }

    public ImmutableArray<IDocumentProcessor> Processors { get; }

    /// <summary>
    /// Wall-clock time one document may take; null for no limit. Enforced cooperatively: between steps and wherever a
    /// step checks its token, so a hostile document ends with <see cref="MarsadBudgetException"/> instead of stalling a worker.
    /// </summary>
    public TimeSpan? Budget { get; }

    /// <summary>The same steps under another time budget (null: none).</summary>
    public Pipeline WithBudget(TimeSpan? budget) => new PipelineBuilder().UseAll(Processors).WithBudget(budget).Build();

    /// <summary>"sentences=1;ner=2": the versions of every step, stored per article.</summary>
    public string VersionKey => string.Join(';', Processors.Select(p => $"{p.Name}={p.Version}"));

    public Document Run(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (Budget is not { } budget)
        {
            RunSteps(document, cancellationToken);
            return document;
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(budget);
        var step = string.Empty;
        try
        {
            RunSteps(document, limit.Token, name => step = name);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new MarsadBudgetException($"analysis over the {budget.TotalSeconds:0.#} s time budget (in step '{step}', {document.Text.Length} characters)");
        }

        // A step that never looks at its token still ends here rather than passing a late document on as if in time.
        if (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new MarsadBudgetException($"analysis over the {budget.TotalSeconds:0.#} s time budget ({document.Text.Length} characters)");
        }

        return document;
    }

    private void RunSteps(Document document, CancellationToken cancellationToken, Action<string>? starting = null)
    {
        foreach (var processor in Processors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            starting?.Invoke(processor.Name);
            processor.Process(document, cancellationToken);
            document.Versions[processor.Name] = processor.Version;
        }
    }
}

public sealed class PipelineBuilder
{
    private readonly List<IDocumentProcessor> _processors = [];
    private TimeSpan? _budget;

    internal PipelineBuilder UseAll(IEnumerable<IDocumentProcessor> processors)
    {
        _processors.AddRange(processors);
        return this;
    }

    /// <summary>Limits the wall-clock time of one document (see <see cref="Pipeline.Budget"/>).</summary>
    public PipelineBuilder WithBudget(TimeSpan? budget)
    {
        if (budget is { } b && b <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(budget), "a time budget must be positive");
        }

        _budget = budget;
        return this;
    }

    public PipelineBuilder Use(IDocumentProcessor processor)
    {
        ArgumentNullException.ThrowIfNull(processor);
        if (_processors.Any(p => p.Name == processor.Name))
        {
            throw new InvalidOperationException($"a processor named '{processor.Name}' is already in the pipeline");
        }

        _processors.Add(processor);
        return this;
    }

    public Pipeline Build() => new([.. _processors], _budget);
}
