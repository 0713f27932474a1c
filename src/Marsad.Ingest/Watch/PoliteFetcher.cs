using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Polly;
using Polly.Retry;

namespace Marsad.Ingest.Watch;

/// <summary>
/// Fetches pages and feeds like a good citizen: robots.txt, per-host concurrency and delay, conditional GET,
/// compression, connect/total/idle timeouts, a body size cap enforced while reading, redirects followed by hand
/// (limit and loop detection) and retries with backoff that honor Retry-After.
/// </summary>
internal sealed class PoliteFetcher : IDisposable
{
    private static readonly TimeSpan RobotsLifetime = TimeSpan.FromHours(1);
    private static readonly TimeSpan RobotsFailureLifetime = TimeSpan.FromMinutes(1);

    private readonly FetcherOptions _options;
    private readonly HttpClient _client;
    private readonly ResiliencePipeline<Hop> _retry;
    private readonly ConcurrentDictionary<string, HostGate> _gates = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsEntry>>> _robots = new(StringComparer.OrdinalIgnoreCase);

    public PoliteFetcher(FetcherOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = false,
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = Math.Max(1, options.PerHostConcurrency),
            UseCookies = false,
            // Every write on a connection tells the host's gate its request is out (see HostGate).
            PlaintextStreamFilter = (context, _) => ValueTask.FromResult<Stream>(new SendObservingStream(context.PlaintextStream,
                () => Gate(context.InitialRequestMessage.RequestUri!).MarkSent())),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
        _client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar, en;q=0.5");
        _retry = options.MaxRetries <= 0 ? ResiliencePipeline<Hop>.Empty : new ResiliencePipelineBuilder<Hop>()
            .AddRetry(new RetryStrategyOptions<Hop>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryAfter,
                ShouldHandle = new PredicateBuilder<Hop>()
                    .Handle<FetchException>(e => e.Transient && (e.RetryAfter is null || e.RetryAfter <= options.MaxRetryAfter)),
                // A server that says when to come back is obeyed; otherwise exponential backoff with jitter.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is FetchException { RetryAfter: { } after } ? (TimeSpan?)after : null),
            })
            .Build();
    }

    /// <summary>Fetches <paramref name="url"/>; a 304 comes back as a result with <see cref="FetchResult.NotModified"/>.</summary>
    public Task<FetchResult> FetchAsync(Uri url, Validators? validators, CancellationToken ct) => FetchAsync(url, validators, checkRobots: _options.ObeyRobots, ct);

    private async Task<FetchResult> FetchAsync(Uri url, Validators? validators, bool checkRobots, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        var visited = new HashSet<string>(StringComparer.Ordinal) { url.AbsoluteUri };
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            TimeSpan? crawlDelay = null;
            if (checkRobots)
            {
                var robots = await RobotsFor(current, ct).ConfigureAwait(false);
                if (!robots.Rules.IsAllowed(current.PathAndQuery))
                {
                    throw new FetchException(current, robots.Failure is null ? "disallowed by robots.txt" : $"robots.txt unavailable ({robots.Failure}): not fetching", transient: robots.Failure is not null);
                }

                crawlDelay = robots.Rules.CrawlDelay;
            }

            // Validators only make sense for the URL they were given for.
            var hopValidators = redirects == 0 ? validators : null;
            var target = current;
            var hop = await _retry.ExecuteAsync(async token => await HopAsync(target, hopValidators, crawlDelay, token).ConfigureAwait(false), ct).ConfigureAwait(false);
            if (hop.Location is null)
            {
                return new FetchResult(url, current, hop.Status, hop.Body, hop.ContentType, hop.Validators);
            }

            var next = new Uri(current, hop.Location);
            if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
            {
                throw new FetchException(url, $"redirected to a non-HTTP address ({next.Scheme})", transient: false, hop.Status);
            }

            if (!visited.Add(next.AbsoluteUri))
            {
                throw new FetchException(url, $"redirect loop ({string.Join(" -> ", visited)} -> {next.AbsoluteUri})", transient: false, hop.Status);
            }

            if (redirects + 1 > _options.MaxRedirects)
            {
                throw new FetchException(url, $"more than {_options.MaxRedirects} redirects", transient: false, hop.Status);
            }

            current = next;
        }
    }

    /// <summary>One request and its whole body, inside the host's gate. Failures worth retrying throw transient.</summary>
    private async Task<Hop> HopAsync(Uri url, Validators? validators, TimeSpan? crawlDelay, CancellationToken ct)
    {
        var gate = Gate(url);
        var delay = _options.PerHostDelay;
        if (crawlDelay is { } cd && cd > delay)
        {
            delay = cd < _options.MaxCrawlDelay ? cd : _options.MaxCrawlDelay;
        }

        using var ticket = await gate.EnterAsync(delay, ct).ConfigureAwait(false);
        using var total = CancellationTokenSource.CreateLinkedTokenSource(ct);
        total.CancelAfter(_options.RequestTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (validators?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (validators?.LastModified is { } lastModified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        }

        HttpResponseMessage response;
        try
        {
            response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, total.Token).ConfigureAwait(false);
            ticket.Sent();
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            var reason = total.IsCancellationRequested
                ? $"no answer within {Seconds(_options.RequestTimeout)}"
                : $"could not connect within {Seconds(_options.ConnectTimeout)}";
            throw new FetchException(url, reason, transient: true, inner: ex);
        }
        catch (HttpRequestException ex)
        {
            throw new FetchException(url, $"connection failed: {ex.Message}", transient: true, inner: ex);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && status != 304)
            {
                var location = response.Headers.Location;
                if (location is null)
                {
                    throw new FetchException(url, $"HTTP {status} without a Location", transient: false, status);
                }

                return new Hop(status, [], null, new Validators(null, null), location);
            }

            if (status == 304)
            {
                return new Hop(status, [], null, ValidatorsOf(response, validators), null);
            }

            if (status is 429 or 408 or >= 500)
            {
                throw new FetchException(url, $"HTTP {status}{(RetryAfterOf(response) is { } ra ? $" (Retry-After {Seconds(ra)})" : string.Empty)}", transient: true, status, RetryAfterOf(response));
            }

            if (status is < 200 or >= 300)
            {
                throw new FetchException(url, $"HTTP {status}", transient: false, status);
            }

            var body = await ReadBodyAsync(response, url, total, ct).ConfigureAwait(false);
            return new Hop(status, body, response.Content.Headers.ContentType?.ToString(), ValidatorsOf(response, null), null);
        }
    }

    private async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, Uri url, CancellationTokenSource total, CancellationToken ct)
    {
        var max = _options.MaxBodyBytes;
        var declared = response.Content.Headers.ContentLength;
        if (declared > max)
        {
            throw new FetchException(url, $"body of {Megabytes(declared.Value)} is over the {Megabytes(max)} limit", transient: false, (int)response.StatusCode);
        }

        using var idle = CancellationTokenSource.CreateLinkedTokenSource(total.Token);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var body = new MemoryStream(declared is { } d ? (int)Math.Min(d, max) : 64 * 1024);
            var stream = await response.Content.ReadAsStreamAsync(total.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    idle.CancelAfter(_options.ReadIdleTimeout);
                    int read;
                    try
                    {
                        read = await stream.ReadAsync(buffer, idle.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
                    {
                        var reason = total.IsCancellationRequested
                            ? $"body not complete within {Seconds(_options.RequestTimeout)} ({Megabytes(body.Length)} read)"
                            : $"body stalled: no data for {Seconds(_options.ReadIdleTimeout)} ({Megabytes(body.Length)} read)";
                        throw new FetchException(url, reason, transient: true, inner: ex);
                    }
                    catch (Exception ex) when (ex is IOException or HttpRequestException)
                    {
                        throw new FetchException(url, $"connection dropped while reading the body: {ex.Message}", transient: true, inner: ex);
                    }

                    if (read == 0)
                    {
                        break;
                    }

                    if (body.Length + read > max)
                    {
                        // Disposing the response without reading on aborts the connection: the rest never comes.
                        throw new FetchException(url, $"body is over the {Megabytes(max)} limit (stopped reading)", transient: false, (int)response.StatusCode);
                    }

                    body.Write(buffer, 0, read);
                }
            }

            return body.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private HostGate Gate(Uri url) => _gates.GetOrAdd(url.IdnHost, _ => new HostGate(Math.Max(1, _options.PerHostConcurrency)));

    private Task<RobotsEntry> RobotsFor(Uri url, CancellationToken ct)
    {
        var key = url.GetLeftPart(UriPartial.Authority);
        while (true)
        {
            var lazy = _robots.GetOrAdd(key, k => new Lazy<Task<RobotsEntry>>(() => LoadRobotsAsync(new Uri(k + "/robots.txt"))));
            var task = lazy.Value;
            if (task.IsCompletedSuccessfully && task.Result.Expires < DateTime.UtcNow)
            {
                _robots.TryRemove(new KeyValuePair<string, Lazy<Task<RobotsEntry>>>(key, lazy));
                continue;
            }

            return task.WaitAsync(ct);
        }
    }

    private async Task<RobotsEntry> LoadRobotsAsync(Uri robotsUrl)
    {
        try
        {
            var result = await FetchAsync(robotsUrl, null, checkRobots: false, CancellationToken.None).ConfigureAwait(false);
            var text = Encoding.UTF8.GetString(result.Body);
            return new RobotsEntry(RobotsRules.Parse(text, _options.RobotsToken), DateTime.UtcNow + RobotsLifetime, null);
        }
        catch (FetchException ex) when (ex.Status is >= 400 and < 500)
        {
            // RFC 9309: robots.txt missing or forbidden means no restrictions.
            return new RobotsEntry(RobotsRules.AllowAll, DateTime.UtcNow + RobotsLifetime, null);
        }
        catch (FetchException ex) when (!ex.Transient)
        {
            return new RobotsEntry(RobotsRules.AllowAll, DateTime.UtcNow + RobotsLifetime, null);
        }
        catch (FetchException ex)
        {
            // RFC 9309: an unreachable robots.txt (5xx, network) means assume complete disallow, for a while.
            return new RobotsEntry(RobotsRules.DisallowAll, DateTime.UtcNow + RobotsFailureLifetime, ex.Reason);
        }
    }

    private static Validators ValidatorsOf(HttpResponseMessage response, Validators? previous)
    {
        var etag = response.Headers.ETag?.ToString() ?? previous?.ETag;
        var lastModified = response.Content.Headers.LastModified is { } lm
            ? lm.ToString("R", System.Globalization.CultureInfo.InvariantCulture)
            : previous?.LastModified;
        return new Validators(etag, lastModified);
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        RetryConditionHeaderValue? header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " s";

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB";

    public void Dispose() => _client.Dispose();

    private sealed record Hop(int Status, byte[] Body, string? ContentType, Validators Validators, Uri? Location);

    private sealed record RobotsEntry(RobotsRules Rules, DateTime Expires, string? Failure);
}
