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
    internal Pipeline(ImmutableArray<IDocumentProcessor> processors) => Processors = processors;

    public ImmutableArray<IDocumentProcessor> Processors { get; }

    /// <summary>"sentences=1;ner=2": the versions of every step, stored per article.</summary>
    public string VersionKey => string.Join(';', Processors.Select(p => $"{p.Name}={p.Version}"));

    public Document Run(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var processor in Processors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            processor.Process(document, cancellationToken);
            document.Versions[processor.Name] = processor.Version;
        }

        return document;
    }
}

public sealed class PipelineBuilder
{
    private readonly List<IDocumentProcessor> _processors = [];

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

    public Pipeline Build() => new([.. _processors]);
}
