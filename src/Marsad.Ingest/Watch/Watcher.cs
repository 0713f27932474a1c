using System.Collections.Concurrent;
using System.Text;
using Marsad.Core;
using Marsad.Extraction;
using Marsad.Ingest.Feeds;

namespace Marsad.Ingest.Watch;

internal sealed record WatchOptions
{
    /// <summary>Articles extracted and analyzed at once, across all sources (fetching is bounded per host by the fetcher).</summary>
    public int MaxParallelItems { get; init; } = Environment.ProcessorCount;

    /// <summary>Child sitemaps read from a sitemap index, newest first.</summary>
    public int MaxSitemapsPerIndex { get; init; } = 5;

    public int MaxItemsPerFeed { get; init; } = 1000;

    public long MaxFeedBytes { get; init; } = FeedParser.DefaultMaxBytes;
}

/// <summary>What one poll of one source did.</summary>
internal sealed record SourcePassReport(string Source, int FeedsRead, int FeedsNotModified, int Stored, int StoredFromFeed, int AlreadySeen, int GivenUp, int Failed, IReadOnlyList<string> Errors)
{
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append($"{Source}: {Stored + StoredFromFeed} new ({StoredFromFeed} from feed content), {AlreadySeen} seen, {GivenUp} given up, {Failed} to retry; feeds {FeedsRead} read, {FeedsNotModified} not modified");
        foreach (var e in Errors)
        {
            sb.Append("\n  error: ").Append(e);
        }

        return sb.ToString();
    }
}

/// <summary>
/// Polls sources: feed or sitemap (conditional GET) → new items (by canonical URL) → article page → extraction
/// (feed content as fallback) → analysis → state. A feed's validators are saved only once all its items are
/// handled, so a crash mid-feed means the next run reads the whole feed again and skips what was stored.
/// </summary>
internal sealed class Watcher(PoliteFetcher fetcher, IWatchState state, Pipeline pipeline, WatchOptions options, Action<string>? log = null)
{
    private readonly ConcurrentDictionary<string, byte> _inFlight = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _itemSlots = new(Math.Max(1, options.MaxParallelItems));

    private enum Outcome { Stored, StoredFromFeed, AlreadySeen, GivenUp, Failed }

    private sealed class Tally
    {
        public int FeedsRead;
        public int FeedsNotModified;
        public int Stored;
        public int StoredFromFeed;
        public int AlreadySeen;
        public int GivenUp;
        public int Failed;
        public int FeedsOk;
        public ConcurrentQueue<string> Errors { get; } = new();
    }

    /// <summary>One pass over every source, all sources at once (each host's gate keeps it polite).</summary>
    public async Task<IReadOnlyList<SourcePassReport>> RunOnceAsync(IReadOnlyList<NewsSource> sources, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return await Task.WhenAll(sources.Select(s => PollAsync(s, ct))).ConfigureAwait(false);
    }

    /// <summary>Polls each source on its own interval until cancelled; re-reads the source list every cycle.</summary>
    public async Task RunAsync(Func<IReadOnlyList<NewsSource>> sources, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var due = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        var running = new Dictionary<string, Task>(StringComparer.Ordinal);
        IReadOnlyList<NewsSource> list = [];
        while (!ct.IsCancellationRequested)
        {
            try
            {
                list = sources();
            }
            catch (MarsadInputException ex)
            {
                log?.Invoke($"sources: {ex.Message} (keeping the previous list)");
            }

            var now = DateTime.UtcNow;
            foreach (var source in list)
            {
                if (running.ContainsKey(source.Name) || (due.TryGetValue(source.Name, out var at) && at > now))
                {
                    continue;
                }

                due[source.Name] = now + source.PollInterval;
                running[source.Name] = PollAsync(source, ct);
            }

            foreach (var (name, task) in running.Where(r => r.Value.IsCompleted).ToList())
            {
                running.Remove(name);
                await task.ConfigureAwait(false); // surfaces cancellation; PollAsync reports its own failures
            }

            try
            {
                // Wake when a poll ends, when the next source is due, or after a second (to re-read the source list).
                var next = due.Count == 0 ? TimeSpan.FromSeconds(1) : due.Values.Min() - DateTime.UtcNow;
                var wait = next < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : next > TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : next;
                await Task.WhenAny(running.Values.Append(Task.Delay(wait, ct))).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await Task.WhenAll(running.Values).ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();
    }

    public async Task<SourcePassReport> PollAsync(NewsSource source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tally = new Tally();
        foreach (var feed in source.Feeds.Concat(source.Sitemaps))
        {
            try
            {
                await PollFeedAsync(source, feed, 0, tally, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // A bug or a broken database must not stop the other feeds or the watch loop; it shows in the status.
                tally.Errors.Enqueue($"feed {feed}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        var errors = tally.Errors.ToList();
        var now = DateTimeOffset.UtcNow;
        if (errors.Count > 0)
        {
            state.RecordError(source.Name, now, errors.Count == 1 ? errors[0] : $"{errors[0]} (and {errors.Count - 1} more)");
        }

        if (tally.FeedsOk > 0 || errors.Count == 0)
        {
            state.RecordSuccess(source.Name, now);
        }

        var report = new SourcePassReport(source.Name, tally.FeedsRead, tally.FeedsNotModified, tally.Stored, tally.StoredFromFeed,
            tally.AlreadySeen, tally.GivenUp, tally.Failed, errors);
        log?.Invoke(report.ToString());
        return report;
    }

    private async Task PollFeedAsync(NewsSource source, string feedUrl, int depth, Tally tally, CancellationToken ct)
    {
        FetchResult result;
        try
        {
            result = await fetcher.FetchAsync(new Uri(feedUrl), state.GetValidators(feedUrl), ct).ConfigureAwait(false);
        }
        catch (FetchException ex)
        {
            tally.Errors.Enqueue($"feed {ex.Message}");
            return;
        }

        if (result.NotModified)
        {
            Interlocked.Increment(ref tally.FeedsNotModified);
            Interlocked.Increment(ref tally.FeedsOk);
            return;
        }

        ParsedFeed feed;
        try
        {
            feed = FeedParser.Parse(result.Body, feedUrl, source.Zone, options.MaxFeedBytes);
        }
        catch (FeedFormatException ex)
        {
            tally.Errors.Enqueue($"feed {ex.Message}");
            return;
        }

        Interlocked.Increment(ref tally.FeedsRead);
        if (feed.Kind == FeedKind.SitemapIndex)
        {
            if (depth > 0)
            {
                tally.Errors.Enqueue($"feed {feedUrl}: a sitemap index inside a sitemap index (not followed)");
                return;
            }

            foreach (var child in feed.ChildSitemaps.Take(options.MaxSitemapsPerIndex))
            {
                await PollFeedAsync(source, child, depth + 1, tally, ct).ConfigureAwait(false);
            }

            state.SaveValidators(source.Name, feedUrl, result.Validators);
            Interlocked.Increment(ref tally.FeedsOk);
            return;
        }

        // One task per distinct article; the same story twice in one feed (or under two spellings) is one item.
        var items = new Dictionary<string, FeedItem>(StringComparer.Ordinal);
        foreach (var item in feed.Items.Take(options.MaxItemsPerFeed))
        {
            if (CanonicalUrl.Of(item.Link) is { } canonical)
            {
                items.TryAdd(canonical, item);
            }
        }

        var outcomes = await Task.WhenAll(items.Select(kv => HandleItemAsync(source, kv.Value, kv.Key, ct))).ConfigureAwait(false);
        foreach (var outcome in outcomes)
        {
            switch (outcome)
            {
                case Outcome.Stored: Interlocked.Increment(ref tally.Stored); break;
                case Outcome.StoredFromFeed: Interlocked.Increment(ref tally.StoredFromFeed); break;
                case Outcome.AlreadySeen: Interlocked.Increment(ref tally.AlreadySeen); break;
                case Outcome.GivenUp: Interlocked.Increment(ref tally.GivenUp); break;
                default: Interlocked.Increment(ref tally.Failed); break;
            }
        }

        Interlocked.Increment(ref tally.FeedsOk);
        if (!outcomes.Contains(Outcome.Failed))
        {
            state.SaveValidators(source.Name, feedUrl, result.Validators);
        }
    }

    private async Task<Outcome> HandleItemAsync(NewsSource source, FeedItem item, string canonical, CancellationToken ct)
    {
        // Another feed (or source) is on this very article now: it will store it.
        if (state.IsSeen(canonical) || !_inFlight.TryAdd(canonical, 0))
        {
            return Outcome.AlreadySeen;
        }

        try
        {
            return state.IsSeen(canonical) ? Outcome.AlreadySeen : await FetchAndStoreAsync(source, item, canonical, ct).ConfigureAwait(false);
        }
        finally
        {
            _inFlight.TryRemove(canonical, out _);
        }
    }

    private async Task<Article> Extract(byte[] body, ExtractionOptions extraction, CancellationToken ct)
    {
        await _itemSlots.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return ArticleExtractor.Extract(body, extraction);
        }
        finally
        {
            _itemSlots.Release();
        }
    }

    /// <summary>
    /// The page's date unless the feed's is more precise: a page often states only a day (or only «اليوم», resolved
    /// against the clock), while the feed's timestamp comes from the publisher's system.
    /// </summary>
    private static NewsDate? Published(NewsDate? page, NewsDate? feed) =>
        page is { } p && (feed is not { } f || p.Precision >= f.Precision) ? page : feed ?? page;

    private async Task<Outcome> FetchAndStoreAsync(NewsSource source, FeedItem item, string canonical, CancellationToken ct)
    {
        Article? article = null;
        string? failure = null;
        var transient = false;
        try
        {
            // A page fetched before a crash is read from the state, not fetched again.
            var body = state.GetFetchedPage(canonical);
            if (body is null)
            {
                body = (await fetcher.FetchAsync(new Uri(item.Link), null, ct).ConfigureAwait(false)).Body;
                state.SaveFetchedPage(source.Name, canonical, body);
            }

            var now = DateTime.UtcNow;
            var reference = source.Zone is { } zone ? TimeZoneInfo.ConvertTimeFromUtc(now, zone) : now;
            article = await Extract(body, new ExtractionOptions { Uri = canonical, ReferenceTime = reference }, ct).ConfigureAwait(false);
            if (article.Paragraphs.Count == 0)
            {
                failure = article.Note ?? "no article body found on the page";
            }
        }
        catch (FetchException ex)
        {
            failure = ex.Reason;
            transient = ex.Transient;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Extraction failing on one page (whatever the reason) is that page's problem: the feed content may do.
            failure = ex is MarsadInputException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
        }

        var fromFeed = false;
        if (article is null || article.Paragraphs.Count == 0)
        {
            var feedArticle = FeedContent.ToArticle(item, canonical, source.Language, failure ?? "page failed");
            if (feedArticle.Paragraphs.Count == 0)
            {
                if (transient)
                {
                    log?.Invoke($"{source.Name}: {item.Link}: {failure} (will retry)");
                    return Outcome.Failed;
                }

                state.MarkGivenUp(source.Name, canonical, item.Link, failure ?? "no content");
                log?.Invoke($"{source.Name}: {item.Link}: {failure} (given up)");
                return Outcome.GivenUp;
            }

            article = feedArticle with { Title = article?.Title ?? feedArticle.Title, Authors = article?.Authors ?? [], Published = article?.Published ?? feedArticle.Published };
            fromFeed = true;
        }

        // The page's own metadata wins; the feed fills what the page leaves out.
        article = article with
        {
            Url = canonical,
            Title = article.Title ?? item.Title,
            Published = Published(article.Published, item.Published),
            Language = string.IsNullOrEmpty(article.Language) ? source.Language : article.Language,
        };
        // Fetches wait on their host's gate only; the CPU-bound part is bounded here, so a slow host never holds
        // the slots other hosts' articles need.
        bool stored;
        await _itemSlots.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var document = Document.FromArticle(article, Document.HashId(Encoding.UTF8.GetBytes(canonical)));
            pipeline.Run(document, ct);
            stored = state.StoreDocument(source.Name, canonical, document);
        }
        finally
        {
            _itemSlots.Release();
        }

        if (!stored)
        {
            return Outcome.AlreadySeen;
        }

        return fromFeed ? Outcome.StoredFromFeed : Outcome.Stored;
    }
}
