using Marsad.Core;
using Marsad.Storage;
using Marsad.Storage.Watching;

namespace Marsad.Ingest.Watch;

/// <summary>
/// What watching must remember across restarts: per-feed validators, which articles are stored, per-source status.
/// Documents are stored idempotently, keyed by canonical URL, and marked seen in the same transaction, so a crash
/// between fetching and storing costs one refetch and never a duplicate.
/// </summary>
internal interface IWatchState
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
    bool StoreDocument(string source, string canonicalUrl, Document document);

    /// <summary>Marks an item seen without a document (a permanent failure: 404, robots, not an article) so it is not retried.</summary>
    void MarkGivenUp(string source, string canonicalUrl, string link, string reason);

    void RecordSuccess(string source, DateTimeOffset at);

    void RecordError(string source, DateTimeOffset at, string error);
}

/// <summary>
/// Watch state in the article store (SQLite or PostgreSQL): a watched item is the input unit
/// <c>watch:CANONICAL-URL</c>, finished by the same <see cref="IStore.Write"/> that stores its article (through
/// <see cref="ArticleRecord.Create"/>, as ingest does) or its failure, so "seen" and "stored" never disagree.
/// </summary>
internal sealed class StoreWatchState(IStore store, string pipelineVersion) : IWatchState
{
    private readonly IWatchLedger _ledger = StoreWatching.Ledger(store);

    /// <summary>The store takes one writer at a time anyway; taking turns here avoids busy waits on SQLite.</summary>
    private readonly Lock _writer = new();

    public static string UnitKey(string canonicalUrl) => "watch:" + canonicalUrl;

    public Validators? GetValidators(string feedUrl) =>
        _ledger.FeedValidators(feedUrl) is { } v ? new Validators(v.ETag, v.LastModified) : null;

    public void SaveValidators(string source, string feedUrl, Validators validators)
    {
        ArgumentNullException.ThrowIfNull(validators);
        _ledger.SaveFeedValidators(source, feedUrl, new FeedValidators(validators.ETag, validators.LastModified));
    }

    public bool IsSeen(string canonicalUrl) => _ledger.IsDone(UnitKey(canonicalUrl), ArticleKeys.UrlKey(canonicalUrl));

    public byte[]? GetFetchedPage(string canonicalUrl) => _ledger.PendingPage(UnitKey(canonicalUrl));

    public void SaveFetchedPage(string source, string canonicalUrl, byte[] body) => _ledger.SavePendingPage(UnitKey(canonicalUrl), source, body);

    public bool StoreDocument(string source, string canonicalUrl, Document document)
    {
        // Terms, JSON and story signature are computed here, outside the turn at the writer.
        var record = ArticleRecord.Create(document, UnitKey(canonicalUrl), pipelineVersion, source);
        lock (_writer)
        {
            return store.Write([record], []).Inserted == 1;
        }
    }

    public void MarkGivenUp(string source, string canonicalUrl, string link, string reason)
    {
        lock (_writer)
        {
            store.Write([], [new IngestFailure(UnitKey(canonicalUrl), link, $"{source}: {reason}", DateTimeOffset.UtcNow)]);
        }
    }

    public void RecordSuccess(string source, DateTimeOffset at) => _ledger.RecordSuccess(source, at);

    public void RecordError(string source, DateTimeOffset at, string error) => _ledger.RecordError(source, at, error);
}
