using Marsad.Core;

namespace Marsad.Ingest.Watch;

/// <summary>How one source is doing, for <c>marsad sources status</c> and the web UI.</summary>
internal sealed record SourceStatus(
    string Source,
    DateTimeOffset? LastPoll,
    DateTimeOffset? LastSuccess,
    DateTimeOffset? LastErrorAt,
    string? LastError,
    long ItemsStored,
    long ItemsLast24Hours,
    IReadOnlyList<(DateOnly Day, long Items)> ItemsPerDay);

/// <summary>
/// What watching must remember across restarts: per-feed validators, which articles are stored, per-source status.
/// Documents are stored idempotently, keyed by canonical URL, and marked seen in the same transaction, so a crash
/// between fetching and storing costs one refetch and never a duplicate. The store (IStore) implements this at merge.
/// </summary>
internal interface IWatchState : IDisposable
{
    /// <summary>The validators last saved for a feed URL, or null for a feed never fully processed.</summary>
    Validators? GetValidators(string feedUrl);

    /// <summary>Saved only after every item of the feed was handled, so an interrupted pass re-reads the feed.</summary>
    void SaveValidators(string source, string feedUrl, Validators validators);

    /// <summary>Whether an article with this canonical URL is stored (by any source) or was given up on.</summary>
    bool IsSeen(string canonicalUrl);

    /// <summary>A page fetched but not yet stored (the process stopped in between): used instead of fetching it again.</summary>
    byte[]? GetFetchedPage(string canonicalUrl);

    /// <summary>Keeps a fetched page's bytes until its document is stored (or given up), which removes them.</summary>
    void SaveFetchedPage(string source, string canonicalUrl, byte[] body);

    /// <summary>Stores the document unless one with the same canonical URL is stored; marks it seen; one transaction.</summary>
    /// <returns>True when stored now, false when it was already there.</returns>
    bool StoreDocument(string source, string canonicalUrl, string? guid, Document document);

    /// <summary>Marks an item seen without a document (a permanent failure: 404, robots, not an article) so it is not retried.</summary>
    void MarkGivenUp(string source, string canonicalUrl, string? guid, string reason);

    void RecordSuccess(string source, DateTimeOffset at);

    void RecordError(string source, DateTimeOffset at, string error);

    IReadOnlyList<SourceStatus> GetStatus(DateTimeOffset now);

    long CountDocuments();
}
