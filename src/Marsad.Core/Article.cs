namespace Marsad.Core;

/// <summary>Where a document's bytes came from and how they were read.</summary>
public sealed record DocumentSource(string? Uri, string Format, string? Encoding);

/// <summary>
/// What extraction makes of a page: the article's metadata and its body as paragraphs, before any language analysis.
/// </summary>
public sealed record Article
{
    public required DocumentSource Source { get; init; }

    public string? Url { get; init; }

    public string? Language { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public NewsDate? Published { get; init; }

    /// <summary>The wire dateline taken off the head of the first paragraph («بغداد - 23 - 7 (كونا) --»), or null.</summary>
    public string? Dateline { get; init; }

    /// <summary>Body paragraphs in reading order, each already whitespace-normalized, none empty.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>Why the body is empty or what was dropped (e.g. "no article body found"); null when all went well.</summary>
    public string? Note { get; init; }
}
