using System.IO.Compression;
using System.Text;
using Marsad.Ingest.Watch;
using Microsoft.AspNetCore.Http;

namespace Marsad.Watch.Tests;

public sealed class FetcherTests : IAsyncLifetime
{
    private NewsServer _server = null!;

    public async Task InitializeAsync() => _server = await NewsServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    internal static FetcherOptions Fast => new()
    {
        PerHostDelay = TimeSpan.Zero,
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        // Generous: these are hang guards for the tests that do not test a timeout, and a loaded CI machine can be
        // 10x slower than a quiet one (a loopback request timing out there would turn into a spurious retry or
        // failure). Tests of a timeout set their own.
        RequestTimeout = TimeSpan.FromSeconds(30),
        ReadIdleTimeout = TimeSpan.FromSeconds(30),
        ConnectTimeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>
    /// For the timeout tests: no robots.txt fetch, which would run under the same short timeout and, slowed by a
    /// loaded machine, fail as "robots.txt unavailable" instead of the timeout under test.
    /// </summary>
    private static FetcherOptions NoRobots => Fast with { ObeyRobots = false };

    [Fact]
    public async Task Sends_a_user_agent_naming_marsad()
    {
        _server.MapText("/p", "text/html", "<p>مرحبا</p>");
        using var fetcher = new PoliteFetcher(Fast);
        await fetcher.FetchAsync(_server.Url("/p"), null, default);
        Assert.StartsWith("Marsad/", _server.Requests("/p").Single().UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conditional_get_gets_304_with_the_validators_it_was_given()
    {
        _server.MapText("/feed", "application/rss+xml", Fixtures.Rss(1, [1], i => "https://x.example/" + i));
        using var fetcher = new PoliteFetcher(Fast);
        var first = await fetcher.FetchAsync(_server.Url("/feed"), null, default);
        Assert.NotNull(first.Validators.ETag);
        var second = await fetcher.FetchAsync(_server.Url("/feed"), first.Validators, default);
        Assert.True(second.NotModified);
        Assert.Empty(second.Body);
        Assert.Equal([200, 304], _server.Requests("/feed").Select(r => r.Status));
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("deflate")]
    public async Task Compressed_answers_are_decompressed(string encoding)
    {
        var text = Fixtures.ArticleHtml(1, 1);
        _server.Map("/z", async ctx =>
        {
            using var ms = new MemoryStream();
            await using (Stream z = encoding switch
            {
                "gzip" => new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true),
                "br" => new BrotliStream(ms, CompressionLevel.Fastest, leaveOpen: true),
                _ => new ZLibStream(ms, CompressionLevel.Fastest, leaveOpen: true),
            })
            {
                await z.WriteAsync(Encoding.UTF8.GetBytes(text));
            }

            ctx.Response.Headers.ContentEncoding = encoding;
            ctx.Response.ContentType = "text/html; charset=utf-8";
            await ctx.Response.Body.WriteAsync(ms.ToArray());
        });
        using var fetcher = new PoliteFetcher(Fast);
        var result = await fetcher.FetchAsync(_server.Url("/z"), null, default);
        Assert.Equal(text, Encoding.UTF8.GetString(result.Body));
    }

    [Fact]
    public async Task Server_errors_are_retried_until_they_pass()
    {
        var calls = 0;
        _server.Map("/flaky", async ctx =>
        {
            if (Interlocked.Increment(ref calls) <= 2)
            {
                ctx.Response.StatusCode = 503;
                return;
            }

            await ctx.Response.WriteAsync("<p>ok</p>");
        });
        using var fetcher = new PoliteFetcher(Fast);
        var result = await fetcher.FetchAsync(_server.Url("/flaky"), null, default);
        Assert.Equal(200, result.Status);
        Assert.Equal([503, 503, 200], _server.Requests("/flaky").Select(r => r.Status));
    }

    [Fact]
    public async Task Persistent_500_fails_as_transient_after_the_retries()
    {
        _server.Map("/down", ctx => { ctx.Response.StatusCode = 500; return Task.CompletedTask; });
        using var fetcher = new PoliteFetcher(Fast with { MaxRetries = 2 });
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/down"), null, default));
        Assert.True(ex.Transient);
        Assert.Equal("HTTP 500", ex.Reason);
        Assert.Equal(3, _server.Requests("/down").Count);
    }

    [Fact]
    public async Task Retry_after_on_429_is_honored()
    {
        var calls = 0;
        _server.Map("/busy", async ctx =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                ctx.Response.StatusCode = 429;
                ctx.Response.Headers.RetryAfter = "1";
                return;
            }

            await ctx.Response.WriteAsync("<p>ok</p>");
        });
        using var fetcher = new PoliteFetcher(Fast);
        await fetcher.FetchAsync(_server.Url("/busy"), null, default);
        var requests = _server.Requests("/busy");
        Assert.Equal([429, 200], requests.Select(r => r.Status));
        Assert.True(requests[1].Start - requests[0].End >= TimeSpan.FromMilliseconds(950), $"retried after {(requests[1].Start - requests[0].End).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Not_found_is_permanent_and_not_retried()
    {
        using var fetcher = new PoliteFetcher(Fast);
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/missing"), null, default));
        Assert.False(ex.Transient);
        Assert.Equal(404, ex.Status);
        Assert.Single(_server.Requests("/missing"));
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out()
    {
        _server.Map("/hang", async ctx => await Task.Delay(TimeSpan.FromSeconds(30), ctx.RequestAborted));
        using var fetcher = new PoliteFetcher(NoRobots with { RequestTimeout = TimeSpan.FromMilliseconds(400), MaxRetries = 1 });
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/hang"), null, default));
        Assert.StartsWith("no answer within 0.4 s", ex.Reason, StringComparison.Ordinal);
        Assert.True(ex.Transient);
    }

    [Fact]
    public async Task A_slow_drip_body_is_cut_off()
    {
        // A drop every 20 s: a client that waited for the next one could not be done within 10 s, however loaded the
        // machine, while a 0.3 s idle cut leaves ~10 s for the connection, headers and first drop.
        var gap = TimeSpan.FromSeconds(20);
        _server.Map("/drip", async ctx =>
        {
            ctx.Response.ContentType = "text/html";
            for (var i = 0; i < 100; i++)
            {
                await ctx.Response.WriteAsync("<p>قطرة</p>", ctx.RequestAborted);
                await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
                await Task.Delay(gap, ctx.RequestAborted);
            }
        });
        using var fetcher = new PoliteFetcher(NoRobots with { ReadIdleTimeout = TimeSpan.FromMilliseconds(300), RequestTimeout = TimeSpan.FromSeconds(60), MaxRetries = 0 });
        var started = DateTime.UtcNow;
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/drip"), null, default));
        Assert.StartsWith("body stalled: no data for 0.3 s", ex.Reason, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < gap / 2, $"cut off after {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task A_steady_drip_is_cut_off_by_the_total_timeout()
    {
        _server.Map("/trickle", async ctx =>
        {
            for (var i = 0; i < 1000; i++)
            {
                await ctx.Response.WriteAsync("x", ctx.RequestAborted);
                await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
                await Task.Delay(50, ctx.RequestAborted);
            }
        });
        // The total (4 s, so headers are in well before it even on a loaded machine) is what must cut the drip: the
        // idle cut is set far out of reach, so neither a byte every 50 ms nor a scheduling stall can trip it first.
        using var fetcher = new PoliteFetcher(NoRobots with { RequestTimeout = TimeSpan.FromSeconds(4), ReadIdleTimeout = TimeSpan.FromSeconds(60), MaxRetries = 0 });
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/trickle"), null, default));
        Assert.StartsWith("body not complete within 4 s", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_200_mb_body_is_abandoned_at_the_limit_without_reading_it_all()
    {
        var done = new TaskCompletionSource();
        _server.Map("/huge", async ctx =>
        {
            var chunk = new byte[64 * 1024];
            chunk.AsSpan().Fill((byte)'a');
            ctx.Response.ContentType = "text/html";
            try
            {
                // Streamed chunk by chunk from one buffer, never held whole.
                for (long sent = 0; sent < 200L * 1024 * 1024 && !ctx.RequestAborted.IsCancellationRequested; sent += chunk.Length)
                {
                    await ctx.Response.Body.WriteAsync(chunk, ctx.RequestAborted);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or Microsoft.AspNetCore.Connections.ConnectionAbortedException)
            {
                // the client hung up, as it should
            }
            finally
            {
                done.TrySetResult();
            }
        });
        using var fetcher = new PoliteFetcher(Fast with { MaxBodyBytes = 2 * 1024 * 1024 });
        var before = _server.BytesSent;
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/huge"), null, default));
        Assert.Contains("over the 2 MB limit", ex.Reason, StringComparison.Ordinal);
        Assert.False(ex.Transient);
        await done.Task.WaitAsync(TimeSpan.FromSeconds(60)); // the server notices the hang-up at once; 60 s is for a loaded machine
        // What left the server's sockets: the limit plus socket buffers, not 200 MB.
        var sent = _server.BytesSent - before;
        Assert.True(sent < 32L * 1024 * 1024, $"server sent {sent / (1024 * 1024)} MB");
    }

    [Fact]
    public async Task A_declared_oversized_body_is_refused_before_reading()
    {
        _server.Map("/big", async ctx =>
        {
            ctx.Response.ContentLength = 50L * 1024 * 1024;
            await ctx.Response.Body.WriteAsync(new byte[1024]);
        });
        using var fetcher = new PoliteFetcher(Fast with { MaxBodyBytes = 1024 * 1024 });
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/big"), null, default));
        Assert.Contains("50 MB is over the 1 MB limit", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirects_are_followed_to_the_final_url()
    {
        _server.Map("/old", ctx => { ctx.Response.Redirect("/new", permanent: true); return Task.CompletedTask; });
        _server.MapText("/new", "text/html", "<p>جديد</p>");
        using var fetcher = new PoliteFetcher(Fast);
        var result = await fetcher.FetchAsync(_server.Url("/old"), null, default);
        Assert.Equal(_server.Url("/new"), result.FinalUrl);
    }

    [Fact]
    public async Task A_redirect_loop_is_detected()
    {
        _server.Map("/a", ctx => { ctx.Response.Redirect("/b"); return Task.CompletedTask; });
        _server.Map("/b", ctx => { ctx.Response.Redirect("/a"); return Task.CompletedTask; });
        using var fetcher = new PoliteFetcher(Fast);
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/a"), null, default));
        Assert.StartsWith("redirect loop", ex.Reason, StringComparison.Ordinal);
        Assert.Equal(2, _server.Log.Count(r => r.Path is "/a" or "/b"));
    }

    [Fact]
    public async Task Too_many_redirects_fail()
    {
        _server.Map("/chain", ctx =>
        {
            var n = int.Parse(ctx.Request.Query["n"].ToString() is { Length: > 0 } s ? s : "0", System.Globalization.CultureInfo.InvariantCulture);
            ctx.Response.Redirect($"/chain?n={n + 1}");
            return Task.CompletedTask;
        });
        using var fetcher = new PoliteFetcher(Fast with { MaxRedirects = 3 });
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/chain"), null, default));
        Assert.Equal("more than 3 redirects", ex.Reason);
    }

    [Fact]
    public async Task Robots_disallow_is_obeyed_without_touching_the_page()
    {
        _server.MapText("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n\nUser-agent: marsad\nDisallow: /secret/\n");
        _server.MapText("/secret/page", "text/html", "<p>سر</p>");
        _server.MapText("/open/page", "text/html", "<p>مفتوح</p>");
        using var fetcher = new PoliteFetcher(Fast);
        var ex = await Assert.ThrowsAsync<FetchException>(() => fetcher.FetchAsync(_server.Url("/secret/page"), null, default));
        Assert.Equal("disallowed by robots.txt", ex.Reason);
        await fetcher.FetchAsync(_server.Url("/open/page"), null, default);
        Assert.Empty(_server.Requests("/secret/page"));
        Assert.Single(_server.Requests("/robots.txt"));
    }

    [Fact]
    public async Task Robots_crawl_delay_spaces_requests()
    {
        _server.MapText("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 0.3\n");
        _server.MapText("/p", "text/html", "<p>x</p>");
        using var fetcher = new PoliteFetcher(Fast);
        var before = DateTime.UtcNow;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fetcher.FetchAsync(_server.Url("/p"), null, default)));
        Politeness.AssertSpaced(before, _server.Requests("/p"), TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public async Task Per_host_concurrency_and_delay_hold_as_the_server_sees_them()
    {
        _server.Map("/slow", async ctx =>
        {
            await Task.Delay(150);
            await ctx.Response.WriteAsync("<p>x</p>");
        });
        using var fetcher = new PoliteFetcher(Fast with { PerHostConcurrency = 2, PerHostDelay = TimeSpan.FromMilliseconds(60) });
        var before = DateTime.UtcNow;
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => fetcher.FetchAsync(_server.Url($"/slow?i={i}"), null, default)));
        var requests = _server.Log.Where(r => r.Path.StartsWith("/slow", StringComparison.Ordinal)).ToList();
        Assert.Equal(12, requests.Count);
        Assert.Equal(2, Politeness.MaxConcurrent(requests));
        Politeness.AssertSpaced(before, requests, TimeSpan.FromMilliseconds(60));
    }
}
