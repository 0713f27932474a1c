using Marsad.Core;

namespace Marsad.Storage;

/// <summary>
/// Where analyzed articles are kept and found. SQLite (one file, the default) and PostgreSQL implement it with the
/// same behaviour; the shared test suite runs against both.
/// </summary>
public interface IStore : IDisposable
{
    /// <summary>"sqlite" or "postgres".</summary>
    string Kind { get; }

    /// <summary>
    /// Claims input units (a file, a JSON record, a WARC record) for this worker before any work is spent on them.
    /// Returns the units this worker should process: not yet stored and not held by another live worker.
    /// </summary>
    IReadOnlySet<string> Claim(IReadOnlyList<string> unitKeys, string worker, TimeSpan lease);

    /// <summary>
    /// Extends this worker's unfinished claims by <paramref name="lease"/> from now. A live worker renews while it runs,
    /// so leases can be short and a killed worker's units are free again soon (stores without leases do nothing).
    /// </summary>
    void RenewClaims(string worker, TimeSpan lease) { }

    /// <summary>Workers holding unfinished, unexpired claims (none for stores without leases).</summary>
    IReadOnlyList<string> ClaimHolders() => [];

    /// <summary>Frees the unfinished claims of a worker known to be dead, so its units can be taken at once.</summary>
    void ReleaseClaims(string worker) { }

    /// <summary>Writes a batch in one transaction: upserts keyed on <see cref="ArticleRecord.Key"/>, failures, done units.</summary>
    WriteSummary Write(IReadOnlyList<ArticleRecord> articles, IReadOnlyList<IngestFailure> failures);

    SearchResult Search(SearchRequest request);

    StoreStats Stats();

    IReadOnlyList<IngestFailure> Failures(int limit);

    /// <summary>Stored documents in id order, optionally only those analyzed with another pipeline version.</summary>
    IEnumerable<StoredDocument> Documents(string? notVersion = null);

    IEnumerable<EventRow> Events();

    IEnumerable<QuoteRow> Quotes();

    IEnumerable<ActorRow> Actors();

    /// <summary>Every article with its story, for evaluation and exports.</summary>
    IEnumerable<StoryMember> StoryMembers();
}

/// <summary>What one <see cref="IStore.Write"/> did.</summary>
public readonly record struct WriteSummary(int Inserted, int Replaced, int Duplicates, int Failures);

/// <summary>An input that could not be turned into an article, kept so a user can see why later.</summary>
public sealed record IngestFailure(string UnitKey, string Input, string Reason, DateTimeOffset At);

public sealed record StoredDocument(long Id, string Key, string? Source, string PipelineVersion, string Json);

public sealed record StoreStats(
    long Articles,
    long Stories,
    long MultiSourceStories,
    long Failures,
    long Actors,
    long Events,
    long Quotes,
    IReadOnlyList<(string Source, long Count)> Sources,
    IReadOnlyList<(string Version, long Count)> PipelineVersions,
    int SchemaVersion);

public sealed record StoryMember(long ArticleId, string Key, string? Url, string? Source, string? Published, long StoryId, bool Earliest);

/// <summary>One PLOVER event as a flat row: with its article's URL and the sentence it came from.</summary>
public sealed record EventRow(string ArticleKey, string? Url, string Type, string? Mode, string? SourceActor, string? TargetActor,
    string? Date, string Trigger, string Sentence);

public sealed record QuoteRow(string ArticleKey, string? Url, string? Speaker, string? SpeakerActor, bool Direct, string Text, string? Published);

public sealed record ActorRow(long Id, string Key, string Type, string Name, string? Code, string? Country, long Articles, long Mentions,
    string? FirstSeen, string? LastSeen, IReadOnlyList<string> Aliases, IReadOnlyList<string> Roles);

/// <summary>A search: the user's query (parsed by <see cref="Search.SearchQuery"/>) and filters.</summary>
public sealed record SearchRequest
{
    public string? Query { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Source { get; init; }

    /// <summary>Articles mentioning an actor or entity whose name (any alias) or code matches.</summary>
    public string? Actor { get; init; }

    public string? EventType { get; init; }

    /// <summary>Articles with a quote whose speaker matches.</summary>
    public string? Speaker { get; init; }

    public int Limit { get; init; } = 10;

    public int Offset { get; init; }

    /// <summary>One result per story (the best-ranked member) unless false.</summary>
    public bool CollapseStories { get; init; } = true;

    public bool Facets { get; init; } = true;

    public bool Snippets { get; init; } = true;
}

public sealed record SearchHit(long Id, string Key, string? Url, string? Title, string? Source, string? Published, long StoryId,
    int StorySize, double Score, string? Snippet);

public sealed record FacetValue(string Value, long Count);

public sealed record SearchResult(long Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets);

/// <summary>A store could not do what was asked (bad query, bad connection string, newer schema).</summary>
public sealed class StoreException : MarsadInputException
{
    public StoreException() { }

    public StoreException(string message) : base(message) { }

    public StoreException(string message, Exception inner) : base(message, inner) { }
}
