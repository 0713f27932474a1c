using System.Collections.Concurrent;
using System.Diagnostics;
using Marsad.Storage;

namespace Marsad.Web;

/// <summary>
/// Recent search results, so a popular query costs one ranking, not one per reader: ranking every match of a
/// common word is the expensive part of a search. Entries live for a few seconds and are dropped whenever this
/// server writes; concurrent identical searches wait for one computation instead of each running it. Searches that
/// must be computed take turns (<see cref="WebOptions.SearchWorkers"/> at once, in order of arrival), so a burst
/// queues instead of slowing every search in it down together.
/// </summary>
internal sealed class SearchCache(IStore store, WebOptions options)
{
    private const int MaxEntries = 4096;

    private readonly ConcurrentDictionary<SearchRequest, Lazy<(SearchResult Result, long Until)>> _entries = new();
    private readonly SemaphoreSlim _workers = new(Math.Max(1, options.SearchWorkers));

    /// <summary>A fresh cached result at once; otherwise the search runs when a worker is free.</summary>
    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        if (options.SearchCacheSeconds > 0 && _entries.TryGetValue(request, out var entry) && entry.IsValueCreated
            && entry.Value.Until >= Stopwatch.GetTimestamp())
        {
            return entry.Value.Result;
        }

        await _workers.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return Search(request);
        }
        finally
        {
            _workers.Release();
        }
    }

    public SearchResult Search(SearchRequest request)
    {
        if (options.SearchCacheSeconds <= 0)
        {
            return store.Search(request);
        }

        var now = Stopwatch.GetTimestamp();
        var ttl = (long)(options.SearchCacheSeconds * Stopwatch.Frequency);
        var entry = _entries.GetOrAdd(request, r => new Lazy<(SearchResult, long)>(() => (store.Search(r), Stopwatch.GetTimestamp() + ttl)));
        var (result, until) = entry.Value;
        if (until >= now)
        {
            return result;
        }

        // Expired: whoever swaps in the fresh entry computes it; the others wait on that one.
        var fresh = new Lazy<(SearchResult, long)>(() => (store.Search(request), Stopwatch.GetTimestamp() + ttl));
        if (!_entries.TryUpdate(request, fresh, entry))
        {
            fresh = _entries.GetOrAdd(request, fresh);
        }

        if (_entries.Count > MaxEntries)
        {
            // Crude but bounded: the cache is a few seconds deep, so starting over costs little.
            _entries.Clear();
        }

        return fresh.Value.Item1;
    }

    /// <summary>After a write: results may have changed.</summary>
    public void Clear() => _entries.Clear();
}
