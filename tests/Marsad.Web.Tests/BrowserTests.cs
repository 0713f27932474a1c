using System.Net.Http.Headers;
using System.Net.Http.Json;
using Marsad.Storage;
using Marsad.Storage.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Marsad.Web.Tests;

/// <summary>A test that drives real Chromium; skipped, with the reason, when MARSAD_CHROMIUM is unset.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("MARSAD_CHROMIUM")))
        {
            Skip = "browser tests need MARSAD_CHROMIUM (the path of a Chromium binary; ./test sets it when Chromium is installed)";
        }
    }
}

/// <summary>The real server on a loopback port over a test store, and one Chromium for a test class.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private TestStore? _store;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    internal IStoreReader Reader => StoreReading.Reader(_store!.Store);

    internal IStore Store => _store!.Store;

    public static string Output
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("MARSAD_TEST_OUTPUT") is { Length: > 0 } o
                ? Path.Combine(o, "web")
                : Path.Combine(AppContext.BaseDirectory, "test-output", "web");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("MARSAD_CHROMIUM");
        if (string.IsNullOrEmpty(chromium))
        {
            return;
        }

        _store = TestStore.Sqlite();
        TestArticles.WriteFacts(_store.Store);
        await TestArticles.IngestFilesAsync(_store.Store);
        _app = MarsadWeb.Build(new WebOptions { Store = _store.Spec, Token = SiteFixture.Token }, ["http://127.0.0.1:0"]);
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // Playwright's 30 s default for the launch is within reach of a loaded CI machine starting Chromium.
            Timeout = 120_000,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _store?.Dispose();
    }

    /// <summary>A page that records what would betray a running payload: console lines, dialogs, CSP refusals.</summary>
    public async Task<(IPage Page, List<string> Console)> PageAsync()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        // The machine running the tests may be busy: wait longer than Playwright's default before calling it a failure.
        page.SetDefaultTimeout(60_000);
        page.SetDefaultNavigationTimeout(60_000);
        var console = new List<string>();
        page.Console += (_, m) => { lock (console) { console.Add(m.Text); } };
        page.Dialog += async (_, d) =>
        {
            lock (console) { console.Add("DIALOG " + d.Message); }
            await d.DismissAsync();
        };
        return (page, console);
    }
}

public sealed class BrowserTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    private long ActorId(string name) => site.Reader.ActorList(new ActorQuery { Name = name }).Items.Single().Id;

    private long ArticleId(string query) => site.Store.Search(new SearchRequest { Query = query }).Hits.First().Id;

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Output, name + ".png"), FullPage = true });

    /// <summary>
    /// Clicks a link and waits until its page is parsed (not for every subresource). A click that leads nowhere fails
    /// with where the browser is instead, and leaves a screenshot.
    /// </summary>
    private static async Task ClickToAsync(IPage page, ILocator link, string urlGlob)
    {
        var href = await link.GetAttributeAsync("href");
        // The wait starts before the click, so a page that loads at once is not missed.
        var opened = page.WaitForURLAsync(urlGlob, new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await link.ClickAsync();
        try
        {
            await opened;
        }
        catch (TimeoutException)
        {
            await Shot(page, "click-to-" + string.Concat((href ?? "none").Where(char.IsAsciiLetterOrDigit)));
            throw new Xunit.Sdk.XunitException($"clicking the link to {href} did not open {urlGlob}; the browser is at {page.Url}");
        }
    }

    private static void NoCspRefusals(List<string> console) =>
        Assert.DoesNotContain(console, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.Contains("Refused to", StringComparison.Ordinal));

    [BrowserFact]
    public async Task Searching_shows_the_article_in_a_right_to_left_arabic_page()
    {
        var (page, console) = await site.PageAsync();
        await page.GotoAsync(site.BaseUrl + "/");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        await page.FillAsync("input[name=q]", "أنقرة");
        await page.PressAsync("input[name=q]", "Enter");
        // The start page lists articles too: look for the hit only once the results page is there.
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/search\?q="), new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        var hit = page.Locator("a.hit-title", new PageLocatorOptions { HasText = "أردوغان يستقبل عراقجي في أنقرة" });
        await hit.WaitForAsync();
        Assert.Equal("1 نتيجة", (await page.InnerTextAsync(".count")).Trim());
        var font = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily");
        Assert.Contains("Noto Naskh Arabic", font, StringComparison.Ordinal);
        await Shot(page, "search");
        await ClickToAsync(page, hit, "**/articles/*");
        Assert.Equal("أردوغان يستقبل عراقجي في أنقرة", await page.InnerTextAsync("h1"));
        NoCspRefusals(console);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Hovering_a_highlighted_entity_shows_its_type_and_role()
    {
        var (page, console) = await site.PageAsync();
        await page.GotoAsync($"{site.BaseUrl}/articles/{ArticleId("أنقرة")}");
        var tip = page.Locator("#tip");
        Assert.False(await tip.IsVisibleAsync());
        await page.Locator("#text a.hl.ent", new PageLocatorOptions { HasText = "رجب طيب أردوغان" }).HoverAsync();
        await tip.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        var text = await tip.InnerTextAsync();
        Assert.Contains("شخص", text, StringComparison.Ordinal);
        Assert.Contains("الرئيس التركي", text, StringComparison.Ordinal);
        await Shot(page, "article-hover");
        await page.Locator("#text .hl.event", new PageLocatorOptions { HasText = "استقبل" }).HoverAsync();
        Assert.Contains("CONSULT", await tip.InnerTextAsync(), StringComparison.Ordinal);
        // Each fact shows the exact words it came from.
        Assert.Equal("نريد علاقات قوية ومستقرة مع إيران", (await page.InnerTextAsync(".facts .quotes blockquote")).Trim());
        NoCspRefusals(console);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Clicking_an_entity_opens_its_actor_page()
    {
        var (page, console) = await site.PageAsync();
        await page.GotoAsync($"{site.BaseUrl}/articles/{ArticleId("أنقرة")}");
        await ClickToAsync(page, page.Locator("#text a.hl.ent", new PageLocatorOptions { HasText = "رجب طيب أردوغان" }), "**/actors/*");
        Assert.Equal("رجب طيب أردوغان", await page.InnerTextAsync("h1"));
        Assert.Contains("الرئيس التركي", await page.InnerTextAsync("ul.roles"), StringComparison.Ordinal);
        Assert.Contains("نريد علاقات قوية ومستقرة مع إيران", await page.InnerTextAsync("section"), StringComparison.Ordinal);
        // Mentions per day on a time axis: five days from the first to the last mention, two of them with mentions.
        var bars = await page.Locator("figure.chart rect.bar title").AllTextContentsAsync();
        Assert.Equal(["2024-03-01: 2", "2024-03-02: 0", "2024-03-03: 0", "2024-03-04: 0", "2024-03-05: 1"], bars);
        await Shot(page, "actor");
        NoCspRefusals(console);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task An_actor_pair_shows_their_events_in_time_order()
    {
        var (page, console) = await site.PageAsync();
        await page.GotoAsync($"{site.BaseUrl}/actors/{ActorId("أردوغان")}");
        await ClickToAsync(page, page.Locator("a.pair-link", new PageLocatorOptions { HasText = "عباس عراقجي" }), "**/pairs/*/*");
        Assert.Equal("رجب طيب أردوغان ↔ عباس عراقجي", (await page.InnerTextAsync("h1")).Trim());
        var types = await page.Locator("ol.timeline li.tl-event .event-type").AllInnerTextsAsync();
        Assert.Equal(["CONSULT", "AGREE", "ACCUSE"], types);
        Assert.Equal(2, await page.Locator("ol.timeline li.tl-quote").CountAsync());
        await Shot(page, "pair");
        NoCspRefusals(console);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task Dashboard_draws_its_charts_from_the_server()
    {
        var (page, console) = await site.PageAsync();
        await page.GotoAsync(site.BaseUrl + "/dashboard");
        Assert.Equal(3, await page.Locator("figure.chart svg").CountAsync());
        Assert.True(await page.Locator("svg a text", new PageLocatorOptions { HasText = "رجب طيب أردوغان" }).IsVisibleAsync());
        await Shot(page, "dashboard");
        NoCspRefusals(console);
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task The_english_switch_turns_the_page_left_to_right()
    {
        var (page, _) = await site.PageAsync();
        await page.GotoAsync(site.BaseUrl + "/dashboard");
        await page.ClickAsync("a.lang");
        await page.WaitForFunctionAsync("() => document.documentElement.dir === 'ltr'");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Dashboard", await page.InnerTextAsync("h1"));
        await Shot(page, "dashboard-en");
        await page.CloseAsync();
    }

    private static async Task<bool> Pwned(IPage page, List<string> console)
    {
        var flag = await page.EvaluateAsync<bool>("() => window.__pwned === 1");
        lock (console)
        {
            return flag || console.Any(m => m.Contains("PWNED", StringComparison.Ordinal) || m.StartsWith("DIALOG", StringComparison.Ordinal));
        }
    }

    [BrowserFact]
    public async Task Detection_notices_a_payload_that_runs()
    {
        // Positive control: the same payloads in a page without Marsad's escaping do run, and the checks see it.
        var (page, console) = await site.PageAsync();
        await page.SetContentAsync("<p>" + TestArticles.XssTitle + "</p>");
        await page.WaitForFunctionAsync("() => window.__pwned === 1");
        Assert.True(await Pwned(page, console));
        await page.CloseAsync();
    }

    [BrowserFact]
    public async Task No_script_in_articles_runs_anywhere_in_the_ui()
    {
        // A text article with payloads, posted through the API and the real pipeline.
        using (var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) })
        {
            var post = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
            {
                Content = JsonContent.Create(new
                {
                    text = "ارتفعت أسعار الخضار في السوق <script>window.__pwned=1</script> بسبب الأمطار <iframe src=\"javascript:window.__pwned=1\"></iframe> وتوقع التجار تراجعها.",
                    title = "<img src=x onerror=\"window.__pwned=1\"> أسعار الخضار",
                    authors = new[] { TestArticles.XssAuthor },
                    url = "https://news.example.org/veg",
                }),
            };
            post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SiteFixture.Token);
            Assert.True((await http.SendAsync(post)).IsSuccessStatusCode);
        }

        var evil = site.Reader.ActorList(new ActorQuery { Name = "img" }).Items.Single(a => a.Name.StartsWith("<img", StringComparison.Ordinal));
        var urls = new List<string>
        {
            "/search?q=" + Uri.EscapeDataString("الميناء"),
            "/search?q=" + Uri.EscapeDataString("الاجتماع"),
            "/search?q=" + Uri.EscapeDataString("الخضار"),
            $"/articles/{ArticleId("الميناء")}",
            $"/articles/{ArticleId("الاجتماع")}",
            $"/articles/{ArticleId("الخضار")}",
            "/actors",
            $"/actors/{evil.Id}",
            "/dashboard",
        };
        foreach (var url in urls)
        {
            var (page, console) = await site.PageAsync();
            await page.GotoAsync(site.BaseUrl + url);
            foreach (var mark in await page.Locator("[data-tip], a, b, i").AllAsync())
            {
                if (await mark.IsVisibleAsync())
                {
                    await mark.HoverAsync(new LocatorHoverOptions { Timeout = 15_000 });
                }
            }

            await page.WaitForTimeoutAsync(200);
            Assert.False(await Pwned(page, console), $"a payload ran on {url}");
            // Nothing from the data became markup: no handlers, no scripts but ours, no javascript: links.
            var handlers = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length");
            Assert.Equal(0, handlers);
            Assert.Equal(1, await page.Locator("script").CountAsync());
            Assert.Equal(0, await page.Locator("a[href^='javascript:' i], iframe, img, b, i").CountAsync());
            await page.CloseAsync();
        }

        // The payload is shown as the text it is.
        var (article, _) = await site.PageAsync();
        await article.GotoAsync($"{site.BaseUrl}/articles/{ArticleId("الاجتماع")}");
        Assert.Equal(TestArticles.XssTitle, await article.InnerTextAsync("h1"));
        Assert.Contains(TestArticles.XssAuthor, await article.InnerTextAsync(".meta"), StringComparison.Ordinal);
        await Shot(article, "xss-article");
        await article.CloseAsync();
    }
}
