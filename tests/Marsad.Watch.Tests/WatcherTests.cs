using System.Text;
using Marsad.Analysis;
using Marsad.Ingest.Watch;
using Microsoft.AspNetCore.Http;

namespace Marsad.Watch.Tests;

public sealed class WatcherTests : IAsyncLifetime
{
    private NewsServer _server = null!;
    private WatchStore _store = null!;

    public async Task InitializeAsync()
    {
        _server = await NewsServer.StartAsync();
        _store = WatchStore.Sqlite();
    }

    public async Task DisposeAsync()
    {
        _store.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<SourcePassReport> Poll(NewsSource source, FetcherOptions? options = null)
    {
        using var fetcher = new PoliteFetcher(options ?? FetcherTests.Fast);
        var watcher = new Watcher(fetcher, _store.State, MarsadPipeline.CreateDefault(), new WatchOptions());
        return await watcher.PollAsync(source, default);
    }

    private void ServeArticles(int source, IEnumerable<int> items)
    {
        foreach (var i in items)
        {
            _server.MapText($"/s{source}/a/{i}", "text/html; charset=utf-8", Fixtures.ArticleHtml(source, i));
        }
    }

    private List<(string Url, string Title, string Text, string? Published, string? Source)> Stored() => _store.Articles();

    [Fact]
    public async Task First_poll_backfills_every_item_with_its_arabic_page()
    {
        ServeArticles(1, Enumerable.Range(1, 6));
        _server.MapText("/s1/rss", "application/rss+xml", Fixtures.Rss(1, Enumerable.Range(1, 6), i => _server.Url($"/s1/a/{i}").AbsoluteUri));
        var report = await Poll(new NewsSource { Name = "s1", Feeds = [_server.Url("/s1/rss").AbsoluteUri], Language = "ar" });
        Assert.Equal(6, report.Stored);
        var stored = Stored();
        Assert.Equal(6, stored.Count);
        var one = stored.Single(s => s.Url.EndsWith("/s1/a/1", StringComparison.Ordinal));
        Assert.Equal(Fixtures.Title(1, 1), one.Title);
        Assert.Contains(Fixtures.Paragraphs(1, 1)[2], one.Text, StringComparison.Ordinal);
        // The page has no date: the feed's is kept.
        Assert.Equal(Fixtures.Published(1).ToString("yyyy-MM-dd'T'HH:mm:ss'+03:00'", System.Globalization.CultureInfo.InvariantCulture), one.Published);
    }

    [Fact]
    public async Task A_304_feed_is_not_reprocessed()
    {
        ServeArticles(1, [1, 2]);
        _server.MapText("/s1/rss", "application/rss+xml", Fixtures.Rss(1, [1, 2], i => _server.Url($"/s1/a/{i}").AbsoluteUri));
        var source = new NewsSource { Name = "s1", Feeds = [_server.Url("/s1/rss").AbsoluteUri] };
        await Poll(source);
        var before = _server.Log.Count;
        var second = await Poll(source);
        Assert.Equal(1, second.FeedsNotModified);
        Assert.Equal(0, second.Stored);
        var after = _server.Log.Skip(before).ToList();
        Assert.Equal([("/s1/rss", 304)], after.Where(r => r.Path != "/robots.txt").Select(r => (r.Path, r.Status)));
    }

    [Fact]
    public async Task The_same_article_in_two_feeds_under_different_spellings_is_fetched_and_stored_once()
    {
        ServeArticles(1, Enumerable.Range(1, 5));
        _server.MapText("/s1/rss", "application/rss+xml", Fixtures.Rss(1, Enumerable.Range(1, 5), i => _server.Url($"/s1/a/{i}?utm_source=rss").AbsoluteUri));
        _server.MapText("/s1/atom-ish", "application/rss+xml", Fixtures.Rss(1, Enumerable.Range(1, 5), i => _server.Url($"/s1/a/{i}/?fbclid=z#top").AbsoluteUri));
        var report = await Poll(new NewsSource { Name = "s1", Feeds = [_server.Url("/s1/rss").AbsoluteUri, _server.Url("/s1/atom-ish").AbsoluteUri] });
        Assert.Equal(5, report.Stored);
        Assert.Equal(5, Stored().Count);
        Assert.All(Enumerable.Range(1, 5), i => Assert.Single(_server.Log, r => r.Path.StartsWith($"/s1/a/{i}", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Two_sources_sharing_an_article_store_it_once()
    {
        ServeArticles(1, [1, 2, 3]);
        var feed = Fixtures.Rss(1, [1, 2, 3], i => _server.Url($"/s1/a/{i}").AbsoluteUri);
        _server.MapText("/s1/rss", "application/rss+xml", feed);
        _server.MapText("/mirror/rss", "application/rss+xml", feed);
        using var fetcher = new PoliteFetcher(FetcherTests.Fast);
        var watcher = new Watcher(fetcher, _store.State, MarsadPipeline.CreateDefault(), new WatchOptions());
        var reports = await watcher.RunOnceAsync(
        [
            new NewsSource { Name = "a", Feeds = [_server.Url("/s1/rss").AbsoluteUri] },
            new NewsSource { Name = "b", Feeds = [_server.Url("/mirror/rss").AbsoluteUri] },
        ], default);
        Assert.Equal(3, reports.Sum(r => r.Stored));
        Assert.Equal(3, _store.Store.Stats().Articles);
    }

    [Fact]
    public async Task Reordered_and_dropped_items_fetch_only_what_is_new()
    {
        ServeArticles(1, Enumerable.Range(1, 8));
        var items = new[] { 1, 2, 3, 4, 5 };
        _server.MapBytes("/s1/rss", "application/rss+xml", () => Encoding.UTF8.GetBytes(Fixtures.Rss(1, items, i => _server.Url($"/s1/a/{i}").AbsoluteUri)));
        var source = new NewsSource { Name = "s1", Feeds = [_server.Url("/s1/rss").AbsoluteUri] };
        await Poll(source);
        items = [8, 5, 1, 7, 3]; // 2 and 4 dropped, order shuffled, 7 and 8 new
        var before = _server.Log.Count;
        var report = await Poll(source);
        Assert.Equal(2, report.Stored);
        Assert.Equal(3, report.AlreadySeen);
        var pages = _server.Log.Skip(before).Where(r => r.Path.StartsWith("/s1/a/", StringComparison.Ordinal)).Select(r => r.Path).Order().ToList();
        Assert.Equal(["/s1/a/7", "/s1/a/8"], pages);
        Assert.Equal(7, Stored().Count);
    }

    [Fact]
    public async Task A_failing_page_falls_back_to_the_feed_content()
    {
        ServeArticles(1, [1]);
        _server.Map("/s1/a/2", ctx => { ctx.Response.StatusCode = 410; return Task.CompletedTask; });
        _server.MapText("/s1/rss", "application/rss+xml", Fixtures.Rss(1, [1, 2], i => _server.Url($"/s1/a/{i}").AbsoluteUri));
        var report = await Poll(new NewsSource { Name = "s1", Feeds = [_server.Url("/s1/rss").AbsoluteUri] });
        Assert.Equal(1, report.Stored);
        Assert.Equal(1, report.StoredFromFeed);
        var fromFeed = Stored().Single(s => s.Url.EndsWith("/s1/a/2", StringComparison.Ordinal));
        Assert.Equal(Fixtures.Title(1, 2), fromFeed.Title);
        Assert.StartsWith(Fixtures.Paragraphs(1, 2)[0], fromFeed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transient_failure_without_feed_content_is_retried_on_the_next_poll()
    {
        var down = true;
        _server.Map("/s1/a/1", async ctx =>
        {
            if (down)
            {
                ctx.Response.StatusCode = 503;
                return;
            }

            ctx.Response.ContentType = "text/html; charset=utf-8";
            await ctx.Response.WriteAsync(Fixtures.ArticleHtml(1, 1));
        });
        _server.MapText("/s1/rss", "application/rss+xml", Fixtures.Rss(1, [1], i => _server.Url($"/s1/a/{i}").AbsoluteUri, withContent: false));
        var source = new NewsSource { Name = "s1", Feeds = [_server.Url("/s1/rss").AbsoluteUri] };
        var first = await Poll(source, FetcherTests.Fast with { MaxRetries = 1 });
        Assert.Equal(1, first.Failed);
        down = false;
        var second = await Poll(source);
        Assert.Equal(0, second.FeedsNotModified); // validators were not saved while an item was pending
        Assert.Equal(1, second.Stored);
    }

    [Fact]
    public async Task A_page_served_with_a_lying_charset_header_is_read_correctly()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1256).GetBytes(Fixtures.ArticleHtml(2, 1, charset: "windows-1256"));
        _server.MapBytes("/s2/a/1", "text/html; charset=utf-8", () => bytes);
        _server.MapText("/s2/rss", "application/rss+xml", Fixtures.Rss(2, [1], i => _server.Url($"/s2/a/{i}").AbsoluteUri, withContent: false));
        await Poll(new NewsSource { Name = "s2", Feeds = [_server.Url("/s2/rss").AbsoluteUri] });
        var doc = Assert.Single(Stored());
        Assert.Equal(Fixtures.Title(2, 1), doc.Title);
        Assert.Contains(Fixtures.Paragraphs(2, 1)[1], doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_feed_is_reported_in_the_source_status()
    {
        _server.MapText("/bad/rss", "application/rss+xml", "<rss><channel><item><title>خبر</title></channel>");
        var report = await Poll(new NewsSource { Name = "bad", Feeds = [_server.Url("/bad/rss").AbsoluteUri] });
        var error = Assert.Single(report.Errors);
        Assert.Contains(_server.Url("/bad/rss").AbsoluteUri + ": malformed XML", error, StringComparison.Ordinal);
        var status = Assert.Single(_store.Ledger.SourceStatuses(DateTimeOffset.UtcNow));
        Assert.Equal(error, status.LastError);
        Assert.Null(status.LastSuccess);
    }

    [Fact]
    public async Task News_sitemap_index_leads_to_articles()
    {
        ServeArticles(3, [1, 2]);
        _server.MapText("/sitemap-index.xml", "application/xml", $"""
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>{_server.Url("/news-1.xml")}</loc><lastmod>2026-11-28</lastmod></sitemap>
            </sitemapindex>
            """);
        _server.MapText("/news-1.xml", "application/xml", $"""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>{_server.Url("/s3/a/1")}</loc><news:news><news:publication_date>2026-11-28T09:00:00+03:00</news:publication_date></news:news></url>
              <url><loc>{_server.Url("/s3/a/2/amp")}</loc></url>
            </urlset>
            """);
        _server.MapText("/s3/a/2/amp", "text/html", Fixtures.ArticleHtml(3, 2));
        var report = await Poll(new NewsSource { Name = "s3", Sitemaps = [_server.Url("/sitemap-index.xml").AbsoluteUri] });
        Assert.Equal(2, report.Stored);
        Assert.Equal([_server.Url("/s3/a/1").AbsoluteUri.TrimEnd('/'), _server.Url("/s3/a/2").AbsoluteUri], Stored().Select(s => s.Url));
    }

    [Fact]
    public async Task A_robots_disallowed_page_is_stored_from_the_feed_without_being_fetched()
    {
        _server.MapText("/robots.txt", "text/plain", "User-agent: *\nDisallow: /s1/a/\n");
        ServeArticles(1, [1]);
        _server.MapText("/s1/rss", "application/rss+xml", Fixtures.Rss(1, [1], i => _server.Url($"/s1/a/{i}").AbsoluteUri));
        var report = await Poll(new NewsSource { Name = "s1", Feeds = [_server.Url("/s1/rss").AbsoluteUri] });
        Assert.Equal(1, report.StoredFromFeed);
        Assert.Empty(_server.Requests("/s1/a/1"));
    }
}

public sealed class WatchLoopTests
{
    [Fact]
    public async Task The_loop_polls_again_and_stops_promptly_when_cancelled()
    {
        await using var server = await NewsServer.StartAsync();
        var polled = 0;
        var polledTwice = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var feed = Encoding.UTF8.GetBytes(Fixtures.Rss(5, [], i => ""));
        server.Map("/rss", async ctx =>
        {
            if (Interlocked.Increment(ref polled) == 2)
            {
                polledTwice.TrySetResult();
            }

            ctx.Response.ContentType = "application/rss+xml";
            await ctx.Response.Body.WriteAsync(feed);
        });
        using var fetcher = new PoliteFetcher(FetcherTests.Fast);
        using var store = WatchStore.Sqlite();
        var watcher = new Watcher(fetcher, store.State, MarsadPipeline.CreateDefault(), new WatchOptions());
        var source = new NewsSource { Name = "s", Feeds = [server.Url("/rss").AbsoluteUri], PollInterval = TimeSpan.FromMilliseconds(300) };
        // Once polled again, the source waits an hour: only a loop that honours cancellation while waiting stops soon.
        // (Waiting for the second poll rather than for a fixed time keeps a slow machine from missing it.)
        var idle = source with { PollInterval = TimeSpan.FromHours(1) };
        using var cts = new CancellationTokenSource();
        var run = watcher.RunAsync(() => polledTwice.Task.IsCompleted ? [idle] : [source], cts.Token);
        await polledTwice.Task.WaitAsync(TimeSpan.FromSeconds(120));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"stopped {clock.Elapsed.TotalSeconds:0.0} s after the cancel");
        Assert.True(server.Requests("/rss").Count >= 2, "polled again after the interval");
    }
}
