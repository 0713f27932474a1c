using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;

namespace Marsad.Watch.Tests;

public class CliTests
{
    [Fact]
    public void Sources_add_list_remove_edit_the_file()
    {
        var dir = TestDirs.New();
        var add = MarsadProcess.Run(dir, "sources", "add", "الوطن", "--feed", "https://news.example/rss", "--sitemap", "https://news.example/news.xml", "--interval", "2m", "--language", "ar", "--timezone", "Asia/Riyadh");
        Assert.Equal(0, add.ExitCode);
        var again = MarsadProcess.Run(dir, "sources", "add", "الوطن", "--feed", "https://news.example/rss");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already", again.Stderr, StringComparison.Ordinal);
        var list = MarsadProcess.Run(dir, "sources", "list");
        Assert.Contains("الوطن\tevery 2m\tar\tAsia/Riyadh", list.Stdout, StringComparison.Ordinal);
        Assert.Contains("sitemap  https://news.example/news.xml", list.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, MarsadProcess.Run(dir, "sources", "remove", "الوطن").ExitCode);
        Assert.DoesNotContain("الوطن", MarsadProcess.Run(dir, "sources", "list").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_add_refuses_a_bad_time_zone_and_leaves_the_file_alone()
    {
        var dir = TestDirs.New();
        var add = MarsadProcess.Run(dir, "sources", "add", "x", "--feed", "https://news.example/rss", "--interval", "1s");
        Assert.Equal(1, add.ExitCode);
        Assert.Contains("bad interval", add.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, "sources.yaml")));
    }

    [Fact]
    public async Task Watch_once_then_status_shows_the_source()
    {
        await using var server = await NewsServer.StartAsync();
        foreach (var i in Enumerable.Range(1, 3))
        {
            server.MapText($"/a/{i}", "text/html", Fixtures.ArticleHtml(4, i));
        }

        server.MapText("/rss", "application/rss+xml", Fixtures.Rss(4, [1, 2, 3], i => server.Url($"/a/{i}").AbsoluteUri));
        server.MapText("/broken", "application/rss+xml", "<rss><channel>");
        var dir = TestDirs.New();
        MarsadProcess.Run(dir, "sources", "add", "good", "--feed", server.Url("/rss").AbsoluteUri);
        MarsadProcess.Run(dir, "sources", "add", "bad", "--feed", server.Url("/broken").AbsoluteUri);
        var watch = MarsadProcess.Run(dir, "watch", "--once", "--delay-ms", "0");
        Assert.Equal(1, watch.ExitCode); // one source had an error
        Assert.Contains("3 new articles from 2 sources", watch.Stdout, StringComparison.Ordinal);
        var status = MarsadProcess.Run(dir, "sources", "status");
        Assert.Contains("good: 3 articles, 3 in the last 24 h", status.Stdout, StringComparison.Ordinal);
        Assert.Contains("last error", status.Stdout, StringComparison.Ordinal);
        Assert.Contains("/broken: malformed XML", status.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Watched_articles_are_found_by_marsad_search_in_the_same_store()
    {
        await using var server = await NewsServer.StartAsync();
        foreach (var i in Enumerable.Range(1, 3))
        {
            server.MapText($"/a/{i}", "text/html", Fixtures.ArticleHtml(4, i));
        }

        server.MapText("/rss", "application/rss+xml", Fixtures.Rss(4, [1, 2, 3], i => server.Url($"/a/{i}").AbsoluteUri));
        var dir = TestDirs.New();
        MarsadProcess.Run(dir, "sources", "add", "good", "--feed", server.Url("/rss").AbsoluteUri);
        var store = Path.Combine(dir, "elsewhere.db");
        Assert.Equal(0, MarsadProcess.Run(dir, "watch", "--once", "--delay-ms", "0", "--store", store).ExitCode);
        var search = MarsadProcess.Run(dir, "search", "الميزانية", "--source", "good", "--all-copies", "--store", store);
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("3 matching article(s)", search.Stdout, StringComparison.Ordinal);
        Assert.Contains(server.Url("/a/2").AbsoluteUri, search.Stdout, StringComparison.Ordinal);
        Assert.Contains("good: 3 articles", MarsadProcess.Run(dir, "sources", "status", "--store", store).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Killed_watch_resumes_without_fetching_or_storing_twice()
    {
        const int sources = 4, items = 25, servedBeforeKill = 50;
        await using var server = await NewsServer.StartAsync();
        var dir = TestDirs.New();
        // Pages past the first 50 wait until the kill (the child's request timeout is longer than this test's wait,
        // so none falls back to feed content meanwhile): however the machine's load paces the watch and this test's
        // polling, the kill comes with at most 50 articles stored, never after the watch has finished.
        var served = 0;
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        for (var s = 0; s < sources; s++)
        {
            var source = s;
            for (var i = 0; i < items; i++)
            {
                var html = Fixtures.ArticleHtml(source, i);
                server.Map($"/s{source}/a/{i}", async ctx =>
                {
                    if (Interlocked.Increment(ref served) > servedBeforeKill)
                    {
                        await killed.Task.WaitAsync(ctx.RequestAborted);
                    }

                    await Task.Delay(15);
                    ctx.Response.ContentType = "text/html; charset=utf-8";
                    await ctx.Response.WriteAsync(html);
                });
            }

            server.MapText($"/s{source}/rss", "application/rss+xml", Fixtures.Rss(source, Enumerable.Range(0, items), i => server.Url($"/s{source}/a/{i}").AbsoluteUri));
            MarsadProcess.Run(dir, "sources", "add", $"s{source}", "--feed", server.Url($"/s{source}/rss").AbsoluteUri, "--interval", "10s");
        }

        var db = Path.Combine(dir, "marsad.db");
        using (var child = MarsadProcess.Start(dir, "watch", "--delay-ms", "10", "--per-host", "2", "--timeout", "600"))
        {
            // Generous: a loaded machine can take minutes to start the child, load its models and store 30 articles.
            var deadline = DateTime.UtcNow.AddSeconds(300);
            while (Count(db) < 30 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            child.Kill(); // SIGKILL: no cleanup, no flush
            await child.WaitForExitAsync();
        }

        killed.TrySetResult();
        var atKill = Count(db);
        Assert.InRange(atKill, 30, servedBeforeKill);
        var resumed = MarsadProcess.Run(dir, "watch", "--once", "--delay-ms", "10");
        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(sources * items, Count(db));
        var pageFetches = server.Log.Where(r => r.Path.Contains("/a/", StringComparison.Ordinal)).GroupBy(r => r.Path).ToList();
        Assert.Equal(sources * items, pageFetches.Count);
        // Only pages in flight at the kill may have been fetched twice (at most --parallel of them, 8 by default).
        Assert.InRange(pageFetches.Count(g => g.Count() > 1), 0, 8);
        Assert.DoesNotContain(pageFetches, g => g.Count() > 2);

        var before = server.Log.Count;
        MarsadProcess.Run(dir, "watch", "--once");
        var last = server.Log.Skip(before).Where(r => r.Path != "/robots.txt").ToList();
        Assert.Equal(sources, last.Count);
        Assert.All(last, r => Assert.Equal(304, r.Status));
    }

    private static long Count(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        try
        {
            using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=false");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM articles"; // the store's own table: watched articles are ordinary articles
            return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // not created yet
        }
    }
}
