using System.Diagnostics;
using System.Globalization;
using System.Text;
using Marsad.Watch.Tests;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;

// 20 local sources (each its own loopback host) x 50 Arabic articles, followed by a real 'marsad watch' that is
// killed with SIGKILL part-way and restarted. Prints what the database holds and what the server saw.
var marsad = args.Length > 0 ? Path.GetFullPath(args[0]) : throw new ArgumentException("usage: WatchBench PATH/TO/marsad.dll [sources] [items] [kill-at]");
var sources = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
var items = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;
var killAt = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : sources * items * 2 / 5;
const int PerHost = 2;
const int DelayMs = 100;
const int PageMs = 20;

// The server's log is the measure of politeness: keep its own scheduling from adding jitter on a busy machine.
ThreadPool.SetMinThreads(64, 64);
var dir = Path.Combine(Path.GetTempPath(), "marsad-watch-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(dir);
await using var server = await NewsServer.StartAsync(hosts: sources);
var yaml = new StringBuilder("sources:\n");
for (var s = 0; s < sources; s++)
{
    var host = server.BaseUris[s];
    var source = s;
    for (var i = 0; i < items; i++)
    {
        var html = Encoding.UTF8.GetBytes(Fixtures.ArticleHtml(source, i));
        server.Map($"/a/{i}", async ctx =>
        {
            await Task.Delay(PageMs); // a server that takes a moment, so requests overlap
            ctx.Response.ContentType = "text/html; charset=utf-8";
            await ctx.Response.Body.WriteAsync(html);
        }, host);
    }

    // The same article under tracking and AMP spellings in a second feed: must still be stored once.
    server.MapText("/rss", "application/rss+xml", Fixtures.Rss(source, Enumerable.Range(0, items), i => new Uri(host, $"/a/{i}").AbsoluteUri), host);
    server.MapText("/latest", "application/rss+xml", Fixtures.Rss(source, Enumerable.Range(0, items).Reverse().Take(20), i => new Uri(host, $"/a/{i}/amp?utm_source=rss").AbsoluteUri), host);
    yaml.Append(CultureInfo.InvariantCulture, $"  - name: s{s:00}\n    feeds: [{new Uri(host, "/rss")}, {new Uri(host, "/latest")}]\n    interval: 30s\n    language: ar\n    timezone: Asia/Riyadh\n");
}

var sourcesFile = Path.Combine(dir, "sources.yaml");
var db = Path.Combine(dir, "marsad.db");
await File.WriteAllTextAsync(sourcesFile, yaml.ToString());
string[] common = ["--sources", sourcesFile, "--store", db, "--per-host", PerHost.ToString(CultureInfo.InvariantCulture), "--delay-ms", DelayMs.ToString(CultureInfo.InvariantCulture), "--quiet"];

Console.WriteLine($"marsad watch bench: {sources} sources x {items} items ({sources * items} articles), per-host {PerHost}, delay {DelayMs} ms, kill -9 at {killAt} stored");
var starts = new List<DateTime>();
var clock = Stopwatch.StartNew();
using (var child = Start(["watch", .. common]))
{
    while (Count(db, "SELECT COUNT(*) FROM articles") < killAt && !child.HasExited)
    {
        await Task.Delay(10);
    }

    child.Kill(); // SIGKILL
    await child.WaitForExitAsync();
}

var atKill = Count(db, "SELECT COUNT(*) FROM articles");
var killTime = clock.Elapsed;
var pagesKept = Count(db, "SELECT COUNT(*) FROM pending_pages");
var logAtKill = server.Log.Count;
clock.Restart();
var resumed = Run(["watch", "--once", .. common]);
var resumeTime = clock.Elapsed;
// Watched articles are ordinary rows of the store's articles table; each watched item is an input unit.
var stored = Count(db, "SELECT COUNT(*) FROM articles");
var distinct = Count(db, "SELECT COUNT(DISTINCT url) FROM articles");
var distinctIds = Count(db, "SELECT COUNT(DISTINCT doc_id) FROM articles");
var units = Count(db, "SELECT COUNT(*) FROM inputs WHERE unit_key LIKE 'watch:%'");
var unitsWithoutArticle = Count(db, "SELECT COUNT(*) FROM inputs WHERE unit_key LIKE 'watch:%' AND article_id IS NULL");
var failures = Count(db, "SELECT COUNT(*) FROM failures");
// An item whose unit finished on an article another unit stored (a second spelling got through canonicalization).
var duplicateAttempts = Count(db, "SELECT COUNT(*) FROM (SELECT article_id FROM inputs WHERE article_id IS NOT NULL GROUP BY article_id HAVING COUNT(*) > 1) x");
var searchable = Count(db, "SELECT COUNT(*) FROM articles_fts");
var expected = Enumerable.Range(0, sources).SelectMany(s => Enumerable.Range(0, items).Select(i => new Uri(server.BaseUris[s], $"/a/{i}").AbsoluteUri)).ToHashSet(StringComparer.Ordinal);
var storedUrls = Urls(db);
var missing = expected.Count(u => !storedUrls.Contains(u));
var unexpected = storedUrls.Count(u => !expected.Contains(u));

var pages = server.Log.Where(r => r.Path.StartsWith("/a/", StringComparison.Ordinal)).ToList();
var perPage = pages.GroupBy(r => r.Host + r.Path.Split('?')[0].Replace("/amp", "", StringComparison.Ordinal)).ToList();
var fetchedTwice = perPage.Count(g => g.Count() > 1);
var byHost = server.Log.GroupBy(r => r.Host).ToList();
var maxConcurrent = byHost.Max(g => Politeness.MaxConcurrent(g));
var gaps = byHost.SelectMany(g => { var st = g.Select(r => r.Start).Order().ToList(); return st.Zip(st.Skip(1), (a, b) => (b - a).TotalMilliseconds); }).Order().ToList();

// The mean spacing per host (span of its request starts over their number) is robust to the server's own stalls,
// which bunch up the handler start times it logs; the smallest single gap is not.
var runBounds = starts.Append(DateTime.MaxValue).ToList();
var meanGap = Enumerable.Range(0, 2)
    .SelectMany(run => byHost.Select(g => g.Where(r => r.Start >= runBounds[run] && r.Start < runBounds[run + 1]).Select(r => r.Start).Order().ToList()))
    .Where(st => st.Count > 1)
    .Min(st => (st[^1] - st[0]).TotalMilliseconds / (st.Count - 1));
var shortGaps = byHost.SelectMany(g => { var st = g.OrderBy(r => r.Start).ToList(); return st.Zip(st.Skip(1), (a, b) => (Gap: (b.Start - a.Start).TotalMilliseconds, At: b.Start)); })
    .Where(x => x.Gap < DelayMs * 0.9).ToList();
var nearStart = shortGaps.Count(x => starts.Any(s => x.At >= s && x.At - s < TimeSpan.FromSeconds(2)));
var smallest = byHost.SelectMany(g => { var st = g.OrderBy(r => r.Start).ToList(); return st.Zip(st.Skip(1), (a, b) => (Gap: (b.Start - a.Start).TotalMilliseconds, a, b)); })
    .OrderBy(x => x.Gap).Take(3).ToList();
foreach (var (gap, a, b) in smallest)
{
    Console.WriteLine($"  small gap {gap:0.0} ms on {a.Host}: {a.Path} then {b.Path} at +{(a.Start - server.Log.First().Start).TotalSeconds:0.000} s");
}

var before = server.Log.Count;
clock.Restart();
var third = Run(["watch", "--once", .. common]);
var thirdTime = clock.Elapsed;
var last = server.Log.Skip(before).Where(r => r.Path != "/robots.txt").ToList();

Console.WriteLine($"killed after {killTime.TotalSeconds:0.0} s with {atKill} stored; restart pass took {resumeTime.TotalSeconds:0.0} s (exit {resumed})");
Console.WriteLine($"stored rows                 {stored} (expected {sources * items})");
Console.WriteLine($"distinct canonical URLs     {distinct}; distinct document ids {distinctIds}");
Console.WriteLine($"expected articles missing   {missing}; unexpected URLs {unexpected}");
Console.WriteLine($"watch units done              {units} ({unitsWithoutArticle} without an article; {failures} failures); articles reached by two units {duplicateAttempts}; full-text rows {searchable}");
Console.WriteLine($"article page GETs           {pages.Count} for {perPage.Count} articles; fetched twice {fetchedTwice} (requests in flight at the kill); {pagesKept} fetched-not-stored pages reused from the state; page GETs before kill {server.Log.Take(logAtKill).Count(r => r.Path.StartsWith("/a/", StringComparison.Ordinal))}");
Console.WriteLine($"per host, from the server log: max concurrent {maxConcurrent} (limit {PerHost}); start gaps min {gaps[0]:0.0} ms, 1st percentile {gaps[gaps.Count / 100]:0.0} ms, median {gaps[gaps.Count / 2]:0.0} ms (delay {DelayMs} ms); {gaps.Count(g => g < DelayMs * 0.9)} of {gaps.Count} gaps under 90 ms ({nearStart} of them in the first 2 s of a process)");
Console.WriteLine($"per host mean start gap, lowest host: {meanGap:0.0} ms (delay {DelayMs} ms; each process run apart)");
Console.WriteLine($"third pass ({thirdTime.TotalSeconds:0.0} s, exit {third}): {last.Count(r => r.Status == 304)} of {last.Count(r => r.Path is "/rss" or "/latest")} feed GETs answered 304, {last.Count(r => r.Path.StartsWith("/a/", StringComparison.Ordinal))} page GETs");
var ok = Count(db, "SELECT COUNT(*) FROM pending_pages") == 0 && stored == sources * items && units == stored && searchable == stored && distinct == stored && missing == 0 && duplicateAttempts == 0 && maxConcurrent <= PerHost
    && last.All(r => r.Status == 304) && !last.Any(r => r.Path.StartsWith("/a/", StringComparison.Ordinal));
Console.WriteLine(ok ? "PASS" : "FAIL");
return ok ? 0 : 1;

Process Start(string[] a)
{
    starts.Add(DateTime.UtcNow);
    var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
    psi.ArgumentList.Add(marsad);
    foreach (var x in a)
    {
        psi.ArgumentList.Add(x);
    }

    var p = Process.Start(psi)!;
    p.OutputDataReceived += (_, _) => { };
    p.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) { Console.Error.WriteLine("  marsad: " + e.Data); } };
    p.BeginOutputReadLine();
    p.BeginErrorReadLine();
    return p;
}

int Run(string[] a)
{
    using var p = Start(a);
    p.WaitForExit();
    return p.ExitCode;
}

static long Count(string db, string sql)
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
        cmd.CommandText = sql;
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
    catch (SqliteException)
    {
        return 0;
    }
}

static HashSet<string> Urls(string db)
{
    using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=false");
    c.Open();
    using var cmd = c.CreateCommand();
    cmd.CommandText = "SELECT url FROM articles";
    using var r = cmd.ExecuteReader();
    var set = new HashSet<string>(StringComparer.Ordinal);
    while (r.Read())
    {
        set.Add(r.GetString(0));
    }

    return set;
}
