namespace Marsad.Ingest.Sources;

/// <summary>
/// One unit of input (a file, a JSON record, a TREC document, a WARC record), read but not yet extracted.
/// Either raw <see cref="Bytes"/> to run through extraction, or a record's fields.
/// </summary>
public sealed record SourceItem
{
    /// <summary>Stable identity of the unit: its kind and a hash of its bytes, so the same input is never done twice.</summary>
    public required string UnitKey { get; init; }

    /// <summary>Where it came from, for messages: a path, path!entry, path#record.</summary>
    public required string Input { get; init; }

    public byte[]? Bytes { get; init; }

    /// <summary>"html", "text", or null to detect.</summary>
    public string? Format { get; init; }

    public string? Text { get; init; }

    public string? Html { get; init; }

    public string? Id { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public string? Published { get; init; }

    /// <summary>The outlet's name as the input gives it (e.g. "alriyadh").</summary>
    public string? Source { get; init; }

    /// <summary>An article already made from the input (a feed item), used as it is instead of extraction.</summary>
    public Marsad.Core.Article? Article { get; init; }

    /// <summary>Set when the unit could not be read at all; it is recorded as a failure.</summary>
    public string? Error { get; init; }

    public static string KeyOf(string kind, ReadOnlySpan<byte> bytes) => kind + ":" + Marsad.Core.Document.HashId(bytes);
}
