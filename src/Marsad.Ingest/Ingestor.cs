using System.Globalization;
using System.Threading.Channels;
using Marsad.Core;
using Marsad.Extraction;
using Marsad.Ingest.Sources;
using Marsad.Storage;

namespace Marsad.Ingest;

public sealed record IngestOptions
{
    /// <summary>Analysis workers; every core by default.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>Articles per write transaction.</summary>
    public int BatchSize { get; init; } = 256;

    /// <summary>
    /// How long a claimed unit stays reserved for this process (PostgreSQL, many workers). The ingest renews its
    /// leases every quarter of this while it runs, so a killed worker's units are free again within one lease.
    /// </summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(60);

    public string Worker { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
}

/// <summary>Counters of a run so far (also the final summary).</summary>
public sealed record IngestProgress(long Read, long Skipped, long Ingested, long Replaced, long Duplicates, long Failed, TimeSpan Elapsed)
{
    public long Done => Skipped + Ingested + Replaced + Duplicates + Failed;

    public double PerSecond => Elapsed.TotalSeconds > 0 ? (Ingested + Replaced + Duplicates) / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// The ingest pipeline: read → claim → extract + analyze on every core → one writer committing batches.
/// Every stage is joined by a bounded channel, so memory is bounded by the channel sizes, not by the input.
/// </summary>
public sealed class Ingestor(IStore store, Pipeline pipeline, IngestOptions? options = null)
{
    private readonly IngestOptions _options = options ?? new IngestOptions();
    private long _writeTicks;
    private long _read, _skipped, _ingested, _replaced, _duplicates, _failed;
    private readonly System.Diagnostics.Stopwatch _clock = new();

    public IngestProgress Progress => new(Interlocked.Read(ref _read), Interlocked.Read(ref _skipped), Interlocked.Read(ref _ingested),
        Interlocked.Read(ref _replaced), Interlocked.Read(ref _duplicates), Interlocked.Read(ref _failed), _clock.Elapsed);

    /// <summary>Time the single writer spent in store transactions: when it nears the elapsed time, the store is the limit.</summary>
    public TimeSpan WriterBusy => TimeSpan.FromTicks(Interlocked.Read(ref _writeTicks));

    /// <summary>Most recent failures with reasons (the store keeps all of them).</summary>
    public List<IngestFailure> RecentFailures { get; } = [];

    public async Task<IngestProgress> RunAsync(IAsyncEnumerable<SourceItem> items, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        return await RunCoreAsync(
            async (toAnalyze, token) =>
            {
                var pending = new List<SourceItem>(128);
                await foreach (var item in items.WithCancellation(token).ConfigureAwait(false))
                {
                    Interlocked.Increment(ref _read);
                    pending.Add(item);
                    if (pending.Count == 128)
                    {
                        await ClaimAndForwardAsync(pending, toAnalyze, token).ConfigureAwait(false);
                    }
                }

                await ClaimAndForwardAsync(pending, toAnalyze, token).ConfigureAwait(false);
            },
            item => Prepare(item),
            ct).ConfigureAwait(false);
    }

    /// <summary>Re-runs the pipeline over stored articles whose recorded pipeline version differs from the current one.</summary>
    public async Task<IngestProgress> ReanalyzeAsync(CancellationToken ct = default)
    {
        var version = pipeline.VersionKey;
        return await RunCoreAsync(
            async (toAnalyze, token) =>
            {
                foreach (var stored in store.Documents(notVersion: version))
                {
                    Interlocked.Increment(ref _read);
                    await toAnalyze.WriteAsync(new Work(null, stored), token).ConfigureAwait(false);
                }
            },
            work => Reanalyze(work.Stored!, version),
            ct).ConfigureAwait(false);
    }

    private sealed record Work(SourceItem? Item, StoredDocument? Stored);

    private sealed record Outcome(ArticleRecord? Article, IngestFailure? Failure);

    private async Task ClaimAndForwardAsync(List<SourceItem> pending, ChannelWriter<Work> toAnalyze, CancellationToken ct)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var claimed = new HashSet<string>(store.Claim([.. pending.Select(p => p.UnitKey)], _options.Worker, _options.Lease), StringComparer.Ordinal);
        foreach (var item in pending)
        {
            // Remove on first use: a unit repeated in the input is done once.
            if (claimed.Remove(item.UnitKey))
            {
                await toAnalyze.WriteAsync(new Work(item, null), ct).ConfigureAwait(false);
            }
            else
            {
                Interlocked.Increment(ref _skipped);
            }
        }

        pending.Clear();
    }

    private async Task<IngestProgress> RunCoreAsync(Func<ChannelWriter<Work>, CancellationToken, Task> produce, Func<Work, Outcome> analyze, CancellationToken ct)
    {
        _clock.Restart();
        var workers = Math.Max(1, _options.Workers);
        var toAnalyze = Channel.CreateBounded<Work>(new BoundedChannelOptions(workers * 32) { SingleWriter = true });
        var toWrite = Channel.CreateBounded<Outcome>(new BoundedChannelOptions(_options.BatchSize * 2) { SingleReader = true });
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var token = linked.Token;
        ReleaseDeadWorkers();
        using var stopRenewing = new CancellationTokenSource();
        var renewal = RenewLeasesAsync(stopRenewing.Token);

        var reader = Task.Run(
            async () =>
            {
                try
                {
                    await produce(toAnalyze.Writer, token).ConfigureAwait(false);
                }
                finally
                {
                    toAnalyze.Writer.TryComplete();
                }
            }, token);
        var analyzers = Enumerable.Range(0, workers).Select(_ => Task.Run(
            async () =>
            {
                await foreach (var work in toAnalyze.Reader.ReadAllAsync(token).ConfigureAwait(false))
                {
                    await toWrite.Writer.WriteAsync(analyze(work), token).ConfigureAwait(false);
                }
            }, token)).ToArray();
        var writer = Task.Run(
            async () =>
            {
                try
                {
                    await WriteAllAsync(toWrite.Reader, token).ConfigureAwait(false);
                }
                catch
                {
                    // A store that cannot write (disk full, read-only) must stop the readers and analyzers too,
                    // or they wait forever on a full channel.
                    await linked.CancelAsync().ConfigureAwait(false);
                    throw;
                }
            }, token);
        try
        {
            await reader.ConfigureAwait(false);
            await Task.WhenAll(analyzers).ConfigureAwait(false);
        }
        catch
        {
            await linked.CancelAsync().ConfigureAwait(false);
            // The writer may still be between its fault and its end (it cancels us first): wait for it, then surface
            // the store's own error rather than the cancellation it caused.
            await Task.WhenAny(writer).ConfigureAwait(false);
            if (writer.IsFaulted)
            {
                // Surface the store's own error rather than the cancellation it caused.
                await writer.ConfigureAwait(false);
            }

            throw;
        }
        finally
        {
            toWrite.Writer.TryComplete();
        }

        try
        {
            await writer.ConfigureAwait(false);
        }
        finally
        {
            await stopRenewing.CancelAsync().ConfigureAwait(false);
            await renewal.ConfigureAwait(false);
        }

        _clock.Stop();
        return Progress;
    }

    /// <summary>
    /// Frees the claims of earlier ingests on this machine whose process is gone (killed, crashed): a restart takes
    /// their units at once instead of waiting out the lease. Workers on other machines are left to their leases.
    /// </summary>
    private void ReleaseDeadWorkers()
    {
        var prefix = Environment.MachineName + ":";
        foreach (var worker in store.ClaimHolders())
        {
            if (worker == _options.Worker || !worker.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = worker.AsSpan(prefix.Length);
            var colon = rest.IndexOf(':');
            if (colon > 0 && int.TryParse(rest[..colon], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid) && !ProcessAlive(pid))
            {
                store.ReleaseClaims(worker);
            }
        }
    }

    private static bool ProcessAlive(int pid)
    {
        try
        {
            using var p = System.Diagnostics.Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Keeps this worker's claims alive while it runs (see <see cref="IngestOptions.Lease"/>).</summary>
    private async Task RenewLeasesAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(_options.Lease / 4);
        try
        {
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
            {
                try
                {
                    store.RenewClaims(_options.Worker, _options.Lease);
                }
                catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or IOException)
                {
                    // A missed renewal only risks another worker redoing a unit (articles are keyed: never stored twice);
                    // the writer reports a store that is really gone.
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task WriteAllAsync(ChannelReader<Outcome> results, CancellationToken ct)
    {
        var articles = new List<ArticleRecord>(_options.BatchSize);
        var failures = new List<IngestFailure>();
        while (await results.WaitToReadAsync(ct).ConfigureAwait(false))
        {
            while (articles.Count + failures.Count < _options.BatchSize && results.TryRead(out var outcome))
            {
                if (outcome.Article is { } a)
                {
                    articles.Add(a);
                }
                else if (outcome.Failure is { } f)
                {
                    failures.Add(f);
                }
            }

            // Commit when the batch is full, or when the workers have nothing more ready (keeps latency low at the end).
            if (articles.Count + failures.Count >= _options.BatchSize || !results.TryPeek(out _))
            {
                Flush(articles, failures);
            }
        }

        Flush(articles, failures);
    }

    private void Flush(List<ArticleRecord> articles, List<IngestFailure> failures)
    {
        if (articles.Count == 0 && failures.Count == 0)
        {
            return;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var summary = store.Write(articles, failures);
        Interlocked.Add(ref _writeTicks, System.Diagnostics.Stopwatch.GetElapsedTime(started).Ticks);
        Interlocked.Add(ref _ingested, summary.Inserted);
        Interlocked.Add(ref _replaced, summary.Replaced);
        Interlocked.Add(ref _duplicates, summary.Duplicates);
        Interlocked.Add(ref _failed, summary.Failures);
        lock (RecentFailures)
        {
            RecentFailures.AddRange(failures);
            if (RecentFailures.Count > 100)
            {
                RecentFailures.RemoveRange(0, RecentFailures.Count - 100);
            }
        }

        articles.Clear();
        failures.Clear();
    }

    private Outcome Prepare(Work work)
    {
        var item = work.Item!;
        if (item.Error is not null)
        {
            return new Outcome(null, new IngestFailure(item.UnitKey, item.Input, item.Error, DateTimeOffset.UtcNow));
        }

        try
        {
            var document = Extract(item);
            pipeline.Run(document);
            return new Outcome(ArticleRecord.Create(document, item.UnitKey, pipeline.VersionKey, item.Source), null);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            return new Outcome(null, new IngestFailure(item.UnitKey, item.Input, Reason(ex), DateTimeOffset.UtcNow));
        }
    }

    private Outcome Reanalyze(StoredDocument stored, string version)
    {
        try
        {
            var old = DocumentJson.Parse(stored.Json);
            // A fresh document with the same text and metadata: annotations are rebuilt from scratch.
            var document = new Document(old.Id, old.Text)
            {
                Source = old.Source,
                Url = old.Url,
                Language = old.Language,
                Title = old.Title,
                Authors = old.Authors,
                Published = old.Published,
                Paragraphs = old.Paragraphs,
                Note = old.Note,
            };
            pipeline.Run(document);
            var record = ArticleRecord.Create(document, string.Empty, version, stored.Source, replace: true);
            return new Outcome(record with { Key = stored.Key }, null);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            return new Outcome(null, new IngestFailure("reanalyze:" + stored.Key, stored.Key, Reason(ex), DateTimeOffset.UtcNow));
        }
    }

    /// <summary>Source item to document: raw bytes through extraction; records through the text or HTML extractor, with their own fields winning.</summary>
    internal static Document Extract(SourceItem item)
    {
        Article article;
        var options = new ExtractionOptions { Format = item.Format, Uri = item.Url ?? item.Input };
        if (item.Article is { } made)
        {
            article = made;
        }
        else if (item.Bytes is { } bytes)
        {
            article = ArticleExtractor.Extract(bytes, options);
        }
        else
        {
            var html = item.Html is not null && item.Format == "html";
            article = ArticleExtractor.FromText((html ? item.Html : item.Text) ?? string.Empty, html ? "html" : "text", "utf-8", options with { Format = html ? "html" : "text" });
        }

        article = article with
        {
            Title = string.IsNullOrWhiteSpace(item.Title) ? article.Title : item.Title.Trim(),
            Url = item.Url ?? article.Url,
            Published = ParseDate(item.Published) ?? article.Published,
            Authors = item.Authors.Count > 0 ? item.Authors : article.Authors,
        };
        if (article.Paragraphs.Count == 0 && string.IsNullOrWhiteSpace(article.Title))
        {
            throw new MarsadInputException(article.Note ?? "no text");
        }

        return Document.FromArticle(article, item.Id, item.Bytes);
    }

    /// <summary>ISO dates and times, and the day-first «25/01/2017» form common in Arabic sources.</summary>
    internal static NewsDate? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (DateTime.TryParseExact(text, ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return NewsDate.DayOnly(day.Year, day.Month, day.Day);
        }

        return NewsDate.TryParseIso(text, out var date) ? date : null;
    }

    internal static string Reason(Exception ex) => ex switch
    {
        MarsadInputException => ex.Message,
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };
}
