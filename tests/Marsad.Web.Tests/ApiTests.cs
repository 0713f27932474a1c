using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Marsad.Web.Tests;

public sealed class ApiTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static async Task<JsonElement> Json(HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string Q(string s) => Uri.EscapeDataString(s);

    [Fact]
    public async Task Search_finds_an_article_ingested_through_the_pipeline()
    {
        using var f = site.Factory();
        using var client = f.CreateClient();
        var r = await client.GetAsync($"/api/search?q={Q("الأمطار جدة")}");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var body = await Json(r);
        Assert.Contains(body.GetProperty("hits").EnumerateArray(), h => h.GetProperty("title").GetString()!.Contains("أمطار غزيرة على جدة", StringComparison.Ordinal));
        Assert.True(body.GetProperty("facets").TryGetProperty("source", out _));
    }

    [Fact]
    public async Task Search_filters_by_actor_and_event_type()
    {
        using var f = site.Factory();
        using var client = f.CreateClient();
        var body = await Json(await client.GetAsync($"/api/search?actor={Q("عباس عراقجي")}&eventType=accuse"));
        var hits = body.GetProperty("hits").EnumerateArray().ToList();
        Assert.Single(hits);
        Assert.Equal("عراقجي ينتقد تصريحات أردوغان", hits[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Search_pages_with_a_cursor_without_repeating_hits()
    {
        using var f = site.Factory();
        using var client = f.CreateClient();
        var first = await Json(await client.GetAsync("/api/search?limit=2&collapse=false"));
        var next = first.GetProperty("next").GetString();
        Assert.NotNull(next);
        var second = await Json(await client.GetAsync($"/api/search?limit=2&collapse=false&cursor={Q(next)}"));
        var ids1 = first.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetInt64()).ToHashSet();
        var ids2 = second.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetInt64()).ToList();
        Assert.NotEmpty(ids2);
        Assert.DoesNotContain(ids2, ids1.Contains);
    }

    [Fact]
    public async Task Bad_query_and_bad_cursor_are_problem_details_400()
    {
        using var f = site.Factory();
        using var client = f.CreateClient();
        foreach (var url in new[] { "/api/search?cursor=abc", "/api/quotes?cursor=x.y", "/api/search?limit=1000", "/api/search?from=notadate" })
        {
            var r = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Missing_article_is_404_problem()
    {
        using var f = site.Factory();
        using var client = f.CreateClient();
        var r = await client.GetAsync("/api/articles/987654");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Equal(404, (await Json(r)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Article_is_the_document_contract_plus_store_and_story()
    {
        using var f = site.Factory();
        using var client = f.CreateClient();
        var hit = (await Json(await client.GetAsync($"/api/search?q={Q("أنقرة")}"))).GetProperty("hits")[0];
        var doc = await Json(await client.GetAsync($"/api/articles/{hit.GetProperty("id").GetInt64()}"));
        Assert.Equal("marsad.document/1", doc.GetProperty("schema").GetString());
        Assert.Equal(TestArticles.Visit, doc.GetProperty("text").GetString());
        Assert.Equal(3, doc.GetProperty("entities").GetArrayLength());
        Assert.Equal(hit.GetProperty("id").GetInt64(), doc.GetProperty("store").GetProperty("id").GetInt64());
        Assert.True(doc.GetProperty("store").GetProperty("actors").TryGetProperty("E1", out _));
        Assert.Equal(1, doc.GetProperty("story").GetProperty("size").GetInt32());
        var byKey = await client.GetAsync($"/api/articles?key={Q(doc.GetProperty("store").GetProperty("key").GetString()!)}");
        Assert.Equal(HttpStatusCode.OK, byKey.StatusCode);
    }

    [Fact]
    public async Task Actor_detail_has_aliases_roles_quotes_events_and_co_actors()
    {
        using var f = site.Factory();
        using var client = f.CreateClient();
        var list = await Json(await client.GetAsync($"/api/actors?name={Q("أردوغان")}"));
        var erdogan = list.GetProperty("items")[0];
        Assert.Equal("رجب طيب أردوغان", erdogan.GetProperty("name").GetString());
        var detail = await Json(await client.GetAsync($"/api/actors/{erdogan.GetProperty("id").GetInt64()}"));
        Assert.Contains(detail.GetProperty("roles").EnumerateArray(), r => r.GetProperty("role").GetString() == "الرئيس التركي");
        Assert.Equal("نريد علاقات قوية ومستقرة مع إيران", detail.GetProperty("quotes")[0].GetProperty("text").GetString());
        Assert.Equal(2, detail.GetProperty("asSource").GetArrayLength());
        Assert.Equal("ACCUSE", detail.GetProperty("asTarget")[0].GetProperty("type").GetString());
        Assert.Contains(detail.GetProperty("coActors").EnumerateArray(), c => c.GetProperty("name").GetString() == "عباس عراقجي");
        Assert.Equal(2, detail.GetProperty("mentionsPerDay").GetArrayLength());
    }

    [Fact]
    public async Task Pair_has_events_both_ways_in_time_order()
    {
        using var f = site.Factory();
        using var client = f.CreateClient();
        long Id(JsonElement l) => l.GetProperty("items")[0].GetProperty("id").GetInt64();
        var a = Id(await Json(await client.GetAsync($"/api/actors?name={Q("أردوغان")}")));
        var b = Id(await Json(await client.GetAsync($"/api/actors?name={Q("عراقجي")}")));
        var pair = await Json(await client.GetAsync($"/api/pairs/{a}/{b}"));
        var types = pair.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToList();
        Assert.Equal(["CONSULT", "AGREE", "ACCUSE"], types);
        Assert.Equal(2, pair.GetProperty("quotes").GetArrayLength());
    }

    [Fact]
    public async Task Quote_and_event_listings_page_by_cursor()
    {
        using var f = site.Factory();
        using var client = f.CreateClient();
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Json(await client.GetAsync("/api/events?limit=1" + (cursor is null ? string.Empty : "&cursor=" + Q(cursor))));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("type").GetString()!));
            cursor = page.GetProperty("next").GetString();
        }
        while (cursor is not null);
        // The built articles carry 3 events and 3 quotes; the real pipeline may add its own on the ingested files.
        var storedEvents = site.Store.Store.Events().Select(e => e.Type).Order(StringComparer.Ordinal).ToList();
        Assert.True(storedEvents.Count >= 3);
        Assert.Equal(storedEvents, seen.Order(StringComparer.Ordinal).ToList());
        var quotes = await Json(await client.GetAsync("/api/quotes?limit=100"));
        Assert.Equal(site.Store.Store.Quotes().Count(), quotes.GetProperty("items").GetArrayLength());
        Assert.True(quotes.GetProperty("items").GetArrayLength() >= 3);
    }

    [Fact]
    public async Task Stats_count_articles_and_series()
    {
        using var f = site.Factory();
        using var client = f.CreateClient();
        var stats = await Json(await client.GetAsync("/api/stats"));
        Assert.Equal(5, stats.GetProperty("articles").GetInt64());
        Assert.Equal(site.Store.Store.Events().Count(), stats.GetProperty("events").GetInt64());
        Assert.Contains(stats.GetProperty("eventTypesPerDay").EnumerateArray(), e => e.GetProperty("type").GetString() == "ACCUSE");
    }

    [Fact]
    public async Task OpenApi_document_describes_the_api()
    {
        using var f = site.Factory();
        using var client = f.CreateClient();
        var doc = await Json(await client.GetAsync("/openapi/v1.json"));
        var paths = doc.GetProperty("paths");
        foreach (var p in new[] { "/api/search", "/api/articles/{id}", "/api/actors/{id}", "/api/pairs/{first}/{second}", "/api/quotes", "/api/events", "/api/stats" })
        {
            Assert.True(paths.TryGetProperty(p, out _), p);
        }

        Assert.True(paths.GetProperty("/api/articles").TryGetProperty("post", out _));
        Assert.False(paths.TryGetProperty("/dashboard", out _));
    }

    [Fact]
    public async Task Security_headers_are_on_pages_and_api()
    {
        using var f = site.Factory();
        using var client = f.CreateClient();
        foreach (var url in new[] { "/", "/api/stats", "/api/articles/987654" })
        {
            var r = await client.GetAsync(url);
            var csp = string.Join(' ', r.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
            Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", r.Headers.GetValues("Referrer-Policy").Single());
        }
    }

    private static HttpRequestMessage Post(object body, string? token)
    {
        var m = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            m.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return m;
    }

    [Fact]
    public async Task Add_article_needs_the_token()
    {
        using var f = site.Factory();
        using var client = f.CreateClient();
        var body = new { text = "نص قصير عن افتتاح مكتبة عامة جديدة في الحي الشمالي للمدينة.", title = "مكتبة جديدة" };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Post(body, null))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Post(body, "wrong"))).StatusCode);
    }

    [Fact]
    public async Task Writes_are_disabled_without_a_token_or_when_read_only()
    {
        var body = new { text = "نص قصير عن افتتاح حديقة عامة جديدة في الحي الجنوبي للمدينة.", title = "حديقة جديدة" };
        using (var f = site.Factory(new WebOptions { Store = site.Spec }))
        using (var client = f.CreateClient())
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(Post(body, "anything"))).StatusCode);
        }

        using (var f = site.Factory(new WebOptions { Store = site.Spec, Token = SiteFixture.Token, ReadOnly = true }))
        using (var client = f.CreateClient())
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(Post(body, SiteFixture.Token))).StatusCode);
        }
    }

    [Fact]
    public async Task Oversized_body_is_refused_with_413()
    {
        using var f = site.Factory(new WebOptions { Store = site.Spec, Token = SiteFixture.Token, MaxBodyBytes = 1000 });
        using var client = f.CreateClient();
        var r = await client.SendAsync(Post(new { text = new string('ب', 5000) }, SiteFixture.Token));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
    }

    [Fact]
    public async Task Added_html_article_runs_the_pipeline_and_is_searchable_at_once()
    {
        using var store = TestStore.Sqlite();
        using var f = site.Factory(new WebOptions { Store = store.Spec, Token = SiteFixture.Token });
        using var client = f.CreateClient();
        // Prime the search cache: the write must clear it.
        var before = await Json(await client.GetAsync($"/api/search?q={Q("المرصد الفلكي")}"));
        Assert.Equal(0, before.GetProperty("total").GetInt64());
        var html = "<html><head><title>افتتاح المرصد الفلكي</title><script>x()</script></head><body><article><h1>افتتاح المرصد الفلكي</h1>" +
            "<p>افتتح المرصد الفلكي الجديد أبوابه للزوار هذا الصباح بعد سنوات من الانتظار، ويضم قبة للعروض ومكتبة علمية.</p></article></body></html>";
        var r = await client.SendAsync(Post(new { html, url = "https://news.example.org/observatory", published = "2024-04-01" }, SiteFixture.Token));
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var added = await Json(r);
        var doc = await Json(await client.GetAsync($"/api/articles/{added.GetProperty("id").GetInt64()}"));
        Assert.Equal("افتتاح المرصد الفلكي", doc.GetProperty("title").GetString());
        Assert.DoesNotContain("x()", doc.GetProperty("text").GetString(), StringComparison.Ordinal);
        var after = await Json(await client.GetAsync($"/api/search?q={Q("المرصد الفلكي")}"));
        Assert.Equal(1, after.GetProperty("total").GetInt64());
        var again = await client.SendAsync(Post(new { html, url = "https://news.example.org/observatory" }, SiteFixture.Token));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True((await Json(again)).GetProperty("duplicate").GetBoolean());
    }

    [Fact]
    public async Task Add_article_accepts_plain_text_bodies_and_rejects_empty_ones()
    {
        using var store = TestStore.Sqlite();
        using var f = site.Factory(new WebOptions { Store = store.Spec, Token = SiteFixture.Token });
        using var client = f.CreateClient();
        var m = new HttpRequestMessage(HttpMethod.Post, "/api/articles?title=" + Q("سوق السمك"))
        {
            Content = new StringContent("شهد سوق السمك في المدينة إقبالا كبيرا من المتسوقين صباح اليوم مع وصول كميات وفيرة.", Encoding.UTF8, "text/plain"),
        };
        m.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SiteFixture.Token);
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(m)).StatusCode);
        var empty = await client.SendAsync(Post(new { title = "" }, SiteFixture.Token));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task Dashboard_lists_watched_sources_with_their_last_error_escaped()
    {
        var ledger = Marsad.Storage.Watching.StoreWatching.Ledger(site.Store.Store);
        ledger.RecordSuccess("الوطن", DateTimeOffset.UtcNow.AddMinutes(-3));
        ledger.RecordError("الوطن", DateTimeOffset.UtcNow, "feed <script>window.__pwned=1</script>: HTTP 500");
        using var f = site.Factory();
        using var client = f.CreateClient();
        var html = await client.GetStringAsync("/dashboard");
        Assert.Contains("/search?source=" + Q("الوطن"), html, StringComparison.Ordinal);
        Assert.Contains("feed &lt;script&gt;window.__pwned=1&lt;/script&gt;: HTTP 500", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>window.__pwned", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_switch_redirects_only_to_local_paths()
    {
        using var f = site.Factory();
        using var client = f.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var local = await client.GetAsync("/lang?to=en&back=/dashboard");
        Assert.Equal("/dashboard", local.Headers.Location?.OriginalString);
        var away = await client.GetAsync("/lang?to=en&back=//evil.example/x");
        Assert.Equal("/", away.Headers.Location?.OriginalString);
    }
}

public sealed class WebOptionsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5050", true)]
    [InlineData("http://localhost:5050", true)]
    [InlineData("http://[::1]:5050", true)]
    [InlineData("http://0.0.0.0:5050", false)]
    [InlineData("http://*:5050", false)]
    [InlineData("http://+:5050", false)]
    [InlineData("http://192.168.1.10:5050", false)]
    [InlineData("http://example.org", false)]
    public void Loopback_addresses_are_recognized(string url, bool loopback) => Assert.Equal(loopback, WebOptions.IsLoopback(url));

    [Fact]
    public void A_non_loopback_address_makes_the_server_read_only_unless_allowed()
    {
        Assert.False(WebOptions.ReadOnlyFor(["http://127.0.0.1:5050"], allowRemoteWrites: false));
        Assert.True(WebOptions.ReadOnlyFor(["http://127.0.0.1:5050", "http://0.0.0.0:5051"], allowRemoteWrites: false));
        Assert.False(WebOptions.ReadOnlyFor(["http://0.0.0.0:5051"], allowRemoteWrites: true));
    }
}

public sealed class ChartTests
{
    [Fact]
    public void Day_series_fill_the_days_between_with_zero()
    {
        var filled = Pages.Charts.Continuous([new("2024-02-28", 3), new("2024-03-02", 1)]);
        Assert.Equal(["2024-02-28", "2024-02-29", "2024-03-01", "2024-03-02"], filled.Select(d => d.Day));
        Assert.Equal([3L, 0, 0, 1], filled.Select(d => d.Count));
    }

    [Fact]
    public void Day_series_that_are_not_dates_are_left_alone()
    {
        var odd = Pages.Charts.Continuous([new("(undated)", 3), new("2024-03-02", 1)]);
        Assert.Equal(2, odd.Count);
    }
}
