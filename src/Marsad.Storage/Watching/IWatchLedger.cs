namespace Marsad.Storage.Watching;

/// <summary>
/// What <c>marsad watch</c> keeps in the store beside the articles, so one store (SQLite or PostgreSQL) holds
/// everything and a restart resumes from it. A watched item is an input unit: it is done when its article (or its
/// failure) is written by <see cref="IStore.Write"/>, in the same transaction, which is what makes "seen" and
/// "stored" agree after a crash. Get it with <see cref="StoreWatching.Ledger"/>.
/// </summary>
public interface IWatchLedger
{
    /// <summary>The validators last saved for a feed URL, or null for a feed never fully processed.</summary>
    FeedValidators? FeedValidators(string feedUrl);

    void SaveFeedValidators(string source, string feedUrl, FeedValidators validators);

    /// <summary>Whether the unit is done (stored or given up) or an article with this key is stored (by any input).</summary>
    bool IsDone(string unitKey, string? articleKey);

    /// <summary>A page fetched for a unit that is not done yet (the process stopped in between).</summary>
    byte[]? PendingPage(string unitKey);

    /// <summary>Keeps a fetched page until its unit is done; the write that finishes the unit removes it.</summary>
    void SavePendingPage(string unitKey, string source, byte[] body);

    void RecordSuccess(string source, DateTimeOffset at);

    void RecordError(string source, DateTimeOffset at, string error);

    /// <summary>Every source ever polled, with the articles stored under its name (by time of ingestion).</summary>
    IReadOnlyList<SourceStatus> SourceStatuses(DateTimeOffset now, int days = 14);
}

public sealed record FeedValidators(string? ETag, string? LastModified);

/// <summary>How one watched source is doing: for <c>marsad sources status</c> and the web UI.</summary>
public sealed record SourceStatus(
    string Source,
    DateTimeOffset? LastPoll,
    DateTimeOffset? LastSuccess,
    DateTimeOffset? LastErrorAt,
    string? LastError,
    long ItemsStored,
    long ItemsLast24Hours,
    IReadOnlyList<(DateOnly Day, long Items)> ItemsPerDay);

public static class StoreWatching
{
    /// <summary>The watch ledger of a store opened by <see cref="StoreFactory"/>.</summary>
    public static IWatchLedger Ledger(IStore store) =>
        store as IWatchLedger ?? throw new ArgumentException("this store keeps no watch state", nameof(store));
}
