using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Marsad.Storage;
using Marsad.Storage.Reading;
using Marsad.Storage.Watching;
using Marsad.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marsad.Web;

/// <summary>
/// The web server: JSON API under /api (described at /openapi/v1.json) and the Arabic UI, over one store.
/// <see cref="AddMarsad"/> and <see cref="UseMarsad"/> are what both <c>marsad serve</c> and the tests compose.
/// </summary>
public static class MarsadWeb
{
    private const string LangCookie = "marsad-lang";

    /// <summary>The server <c>marsad serve</c> runs.</summary>
    public static WebApplication Build(WebOptions options, IReadOnlyList<string> urls)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestLineSize = 8 * 1024;
        });
        builder.WebHost.UseUrls([.. urls]);
        builder.Services.AddMarsad(options);
        var app = builder.Build();
        app.UseMarsad();
        return app;
    }

    public static IServiceCollection AddMarsad(this IServiceCollection services, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton(_ => StoreFactory.Open(options.Store));
        services.AddSingleton(sp => StoreReading.Reader(sp.GetRequiredService<IStore>()));
        services.AddSingleton(sp => StoreWatching.Ledger(sp.GetRequiredService<IStore>()));
        services.AddSingleton<UiPages>();
        services.AddSingleton<ArticleWriter>();
        services.AddSingleton<SearchCache>();
        services.AddRouting();
        services.AddProblemDetails();
        services.AddExceptionHandler<InputProblemHandler>();
        services.ConfigureHttpJsonOptions(o =>
        {
            // Arabic readable in responses; <, >, & and quotes still escaped.
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        services.AddOpenApi();
        return services;
    }

    public static IApplicationBuilder UseMarsad(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ApplicationServices.GetRequiredService<WebOptions>();
        app.Use((context, next) => Security.HeadersAndLimits(context, next, options));
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseEndpoints(e => Map(e));
        return app;
    }

    private static void Map(IEndpointRouteBuilder e)
    {
        e.MapOpenApi();
        MapApi(e.MapGroup("/api").WithTags("api"));
        MapPages(e);
    }

    private static void MapApi(RouteGroupBuilder api)
    {
        api.MapGet("/search", async (SearchCache store, string? q, DateOnly? from, DateOnly? to, string? source, string? actor, string? eventType,
            string? speaker, int? limit, string? cursor, bool? collapse, bool? facets, CancellationToken ct) =>
        {
            var offset = 0;
            if (!string.IsNullOrEmpty(cursor) && (!int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset > 10_000))
            {
                return BadRequest("invalid cursor");
            }

            var size = limit ?? 10;
            if (size is < 1 or > 100)
            {
                return BadRequest("limit must be between 1 and 100");
            }

            var result = await store.SearchAsync(new SearchRequest
            {
                Query = q, From = from, To = to, Source = source, Actor = actor, EventType = eventType, Speaker = speaker,
                Limit = size, Offset = offset, CollapseStories = collapse ?? true, Facets = facets ?? true,
            }, ct).ConfigureAwait(false);
            var next = result.Hits.Count == size && offset + size < result.Total ? (offset + size).ToString(CultureInfo.InvariantCulture) : null;
            return Results.Json(new SearchResponse(result.Total, result.Hits, result.Facets, next));
        }).WithName("search").WithSummary("Full-text search with filters, facets and story grouping")
            .WithDescription("Snippets are raw article text with matched words between <mark> and </mark>: escape the text before showing it as HTML.");

        api.MapGet("/articles/{id:long}", (IStoreReader reader, long id) => ArticleJson(reader.Article(id)))
            .WithName("article").WithSummary("One article: the marsad.document/1 object plus store and story fields");
        api.MapGet("/articles", (IStoreReader reader, string key) => ArticleJson(reader.ArticleByKey(key)))
            .WithName("articleByKey").WithSummary("One article by its store key (url:… or sha:…)");
        api.MapPost("/articles", AddArticleAsync).WithName("addArticle")
            .WithSummary("Add an article (JSON {html|text, title, url, published, source, authors}); needs the write token")
            .Accepts<NewArticle>("application/json", "text/html", "text/plain").Produces<AddedArticle>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/actors", (IStoreReader reader, string? name, string? type, int? limit, string? cursor) =>
            Results.Json(reader.ActorList(new ActorQuery { Name = name, Type = type, Limit = limit ?? 50, Cursor = cursor })))
            .WithName("actors").WithSummary("Actors by number of articles, filtered by name or alias and type");
        api.MapGet("/actors/{id:long}", (IStoreReader reader, long id) =>
            reader.Actor(id) is { } a ? Results.Json(a) : NotFound($"no actor {id}"))
            .WithName("actor").WithSummary("An actor: aliases, roles over time, quotes, events as source and target, co-occurring actors, mentions per day");
        api.MapGet("/pairs/{first:long}/{second:long}", (IStoreReader reader, long first, long second) =>
            reader.Pair(first, second) is { } p ? Results.Json(p) : NotFound("no such actor"))
            .WithName("pair").WithSummary("Events and quotes between two actors over time");
        api.MapGet("/quotes", (IStoreReader reader, long? actor, DateOnly? from, DateOnly? to, int? limit, string? cursor) =>
            Results.Json(reader.QuoteList(new FactQuery { Actor = actor, From = from, To = to, Limit = limit ?? 50, Cursor = cursor })))
            .WithName("quotes").WithSummary("Quotes, newest articles first; filter by speaker actor and days");
        api.MapGet("/events", (IStoreReader reader, string? type, long? actor, DateOnly? from, DateOnly? to, int? limit, string? cursor) =>
            Results.Json(reader.EventList(new FactQuery { Type = type, Actor = actor, From = from, To = to, Limit = limit ?? 50, Cursor = cursor })))
            .WithName("events").WithSummary("PLOVER events, newest articles first; filter by type, actor (source or target) and days");
        api.MapGet("/stats", (IStore store, IStoreReader reader) =>
        {
            var s = store.Stats();
            var d = reader.Dashboard();
            return Results.Json(new StatsResponse(s.Articles, s.Stories, s.MultiSourceStories, s.Failures, s.Actors, s.Events, s.Quotes,
                [.. s.Sources.Select(x => new FacetValue(x.Source, x.Count))], [.. s.PipelineVersions.Select(x => new FacetValue(x.Version, x.Count))],
                s.SchemaVersion, d.ArticlesPerDay, d.TopActors, d.EventTypesPerDay));
        }).WithName("stats").WithSummary("Store totals and the dashboard's series");
    }

    private static async Task<IResult> AddArticleAsync(HttpRequest request, WebOptions options, ArticleWriter writer, CancellationToken ct)
    {
        if (Security.CheckWrite(request, options) is { } denied)
        {
            return denied;
        }

        NewArticle? input;
        var type = request.ContentType ?? string.Empty;
        if (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) || type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            using var body = new StreamReader(request.Body);
            var content = await body.ReadToEndAsync(ct).ConfigureAwait(false);
            var html = type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase);
            input = new NewArticle { Html = html ? content : null, Text = html ? null : content, Url = request.Query["url"], Title = request.Query["title"] };
        }
        else
        {
            try
            {
                input = await request.ReadFromJsonAsync<NewArticle>(ct).ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                return BadRequest("the body is not valid JSON: " + ex.Message);
            }
            catch (InvalidOperationException)
            {
                return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                    detail: "send application/json, text/html or text/plain");
            }
        }

        if (input is null)
        {
            return BadRequest("empty body");
        }

        var (added, error) = await writer.AddAsync(input, ct).ConfigureAwait(false);
        return added is null ? BadRequest(error ?? "not stored") : Results.Json(added, statusCode: added.Inserted ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static IResult ArticleJson(ArticleView? view)
    {
        if (view is null)
        {
            return NotFound("no such article");
        }

        var doc = JsonNode.Parse(view.Json)!.AsObject();
        doc["store"] = new JsonObject
        {
            ["id"] = view.Id,
            ["key"] = view.Key,
            ["source"] = view.Source,
            ["day"] = view.Day,
            ["pipelineVersion"] = view.PipelineVersion,
            ["ingestedAt"] = view.IngestedAt,
            ["analyzedAt"] = view.AnalyzedAt,
            ["actors"] = new JsonObject(view.ActorOfEntity.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))),
        };
        doc["story"] = new JsonObject
        {
            ["id"] = view.StoryId,
            ["size"] = view.StorySize,
            ["earliest"] = view.StoryFirstArticleId,
            ["articles"] = new JsonArray([.. view.Story.Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s.Id, ["key"] = s.Key, ["title"] = s.Title, ["source"] = s.Source, ["published"] = s.Published, ["url"] = s.Url,
            })]),
        };
        return Results.Json(doc);
    }

    private static IResult BadRequest(string detail) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);

    private static IResult NotFound(string detail) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    private static void MapPages(IEndpointRouteBuilder e)
    {
        var pages = e.MapGroup(string.Empty).ExcludeFromDescription();
        pages.MapGet("/", (HttpRequest r, UiPages ui) => Page(ui.Search(Lang(r), SearchFrom(r), PathOf(r))));
        pages.MapGet("/search", (HttpRequest r, UiPages ui) => Page(ui.Search(Lang(r), SearchFrom(r), PathOf(r))));
        pages.MapGet("/articles/{id:long}", (HttpRequest r, UiPages ui, long id) => Page(ui.Article(Lang(r), id, PathOf(r)), r));
        pages.MapGet("/actors", (HttpRequest r, UiPages ui, string? name, string? type, string? cursor) =>
            Page(ui.Actors(Lang(r), new ActorQuery { Name = name, Type = type, Cursor = cursor }, PathOf(r))));
        pages.MapGet("/actors/{id:long}", (HttpRequest r, UiPages ui, long id) => Page(ui.Actor(Lang(r), id, PathOf(r)), r));
        pages.MapGet("/pairs/{first:long}/{second:long}", (HttpRequest r, UiPages ui, long first, long second) => Page(ui.Pair(Lang(r), first, second, PathOf(r)), r));
        pages.MapGet("/dashboard", (HttpRequest r, UiPages ui) => Page(ui.Dashboard(Lang(r), PathOf(r))));
        pages.MapGet("/lang", (HttpContext c, string? to, string? back) =>
        {
            c.Response.Cookies.Append(LangCookie, to == "en" ? "en" : "ar", new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true, MaxAge = TimeSpan.FromDays(365) });
            // Only a path on this site: never an open redirect to another host.
            var local = back is { Length: > 0 } && back[0] == '/' && (back.Length == 1 || (back[1] != '/' && back[1] != '\\')) ? back : "/";
            return Results.LocalRedirect(local);
        });
        pages.MapGet("/static/{name}", (string name) => Assets.TryGetValue(name, out var asset)
            ? Results.Bytes(asset.Bytes, asset.Type)
            : Results.NotFound());
        pages.MapGet("/favicon.ico", () => Results.NoContent());
    }

    private static IResult Page(string html) => Results.Content(html, "text/html; charset=utf-8");

    private static IResult Page(string? html, HttpRequest r) =>
        html is null ? Results.Content(Layout.NotFound(Lang(r), PathOf(r), r.Path), "text/html; charset=utf-8", statusCode: 404) : Page(html);

    private static Labels Lang(HttpRequest r) => r.Cookies[LangCookie] == "en" ? Labels.English : Labels.Arabic;

    private static string PathOf(HttpRequest r) => r.Path + r.QueryString;

    /// <summary>The UI's search form; values that do not parse are ignored rather than failing the page.</summary>
    private static SearchRequest SearchFrom(HttpRequest r)
    {
        string? Get(string name) => r.Query[name] is { Count: > 0 } v && !string.IsNullOrWhiteSpace(v[0]) ? v[0]!.Trim() : null;
        static DateOnly? Day(string? s) => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        var offset = int.TryParse(Get("offset"), NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? Math.Min(o, 10_000) : 0;
        return new SearchRequest
        {
            Query = Get("q"), From = Day(Get("from")), To = Day(Get("to")), Source = Get("source"), Actor = Get("actor"),
            EventType = Get("eventType"), Speaker = Get("speaker"), Limit = 20, Offset = offset,
        };
    }

    private static readonly Dictionary<string, (byte[] Bytes, string Type)> Assets = LoadAssets();

    private static Dictionary<string, (byte[], string)> LoadAssets()
    {
        var assets = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        var assembly = typeof(MarsadWeb).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal)))
        {
            using var s = assembly.GetManifestResourceStream(name)!;
            using var m = new MemoryStream();
            s.CopyTo(m);
            var file = name["wwwroot/".Length..];
            var type = file.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8"
                : file.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript; charset=utf-8"
                : "application/octet-stream";
            assets[file] = (m.ToArray(), type);
        }

        return assets;
    }
}

public sealed record SearchResponse(long Total, IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets, string? Next);

public sealed record StatsResponse(long Articles, long Stories, long MultiSourceStories, long Failures, long Actors, long Events, long Quotes,
    IReadOnlyList<FacetValue> Sources, IReadOnlyList<FacetValue> PipelineVersions, int SchemaVersion, IReadOnlyList<DayCount> ArticlesPerDay,
    IReadOnlyList<ActorSummary> TopActors, IReadOnlyList<TypeDayCount> EventTypesPerDay);
