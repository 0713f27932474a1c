using Marsad.Core;
using Marsad.Ingest.Watch;
using Marsad.Storage;
using Marsad.Storage.Watching;
using Marsad.Testing;

namespace Marsad.Watch.Tests;

/// <summary>The real store (SQLite in a temp folder) with the watch state over it; PostgreSQL runs the same SQL in the store tests.</summary>
internal sealed class WatchStore : IDisposable
{
    private WatchStore(string path)
    {
        Store = StoreFactory.Open(path);
        State = new StoreWatchState(Store, "test=1");
    }

    public IStore Store { get; }

    public StoreWatchState State { get; }

    public IWatchLedger Ledger => StoreWatching.Ledger(Store);

    public static WatchStore Sqlite(string? path = null) => new(path ?? Path.Combine(TestDirs.New(), "marsad.db"));

    /// <summary>Every stored article: key, source and the document JSON's url, title, text and published.</summary>
    public List<(string Url, string Title, string Text, string? Published, string? Source)> Articles() =>
        [.. Store.Documents().Select(d =>
        {
            var doc = DocumentJson.Parse(d.Json);
            return (doc.Url!, doc.Title ?? string.Empty, doc.Text, doc.Published?.ToIso(), d.Source);
        }).OrderBy(a => a.Item1, StringComparer.Ordinal)];

    public void Dispose() => Store.Dispose();
}

public class StoreWatchStateTests
{
    private static Document Doc(string url, string text = "أعلنت الوزارة اليوم عن خطة جديدة للنقل العام في المدينة") =>
        new(Document.HashId(System.Text.Encoding.UTF8.GetBytes(url)), text) { Url = url, Title = "عنوان" };

    [Fact]
    public void A_document_is_stored_once_in_the_articles_table_and_seen_with_it()
    {
        using var w = WatchStore.Sqlite();
        const string url = "https://news.example/a/1";
        Assert.False(w.State.IsSeen(url));
        Assert.True(w.State.StoreDocument("a", url, Doc(url)));
        Assert.False(w.State.StoreDocument("b", url, Doc(url)));
        Assert.True(w.State.IsSeen(url));
        Assert.Equal(1, w.Store.Stats().Articles);
        Assert.Equal("a", Assert.Single(w.Articles()).Source);
    }

    [Fact]
    public void A_watched_article_is_found_by_search()
    {
        using var w = WatchStore.Sqlite();
        w.State.StoreDocument("a", "https://news.example/a/1", Doc("https://news.example/a/1"));
        var hit = Assert.Single(w.Store.Search(new SearchRequest { Query = "النقل" }).Hits);
        Assert.Equal("https://news.example/a/1", hit.Url);
        Assert.Equal("a", hit.Source);
    }

    [Fact]
    public void An_article_stored_by_ingest_counts_as_seen()
    {
        using var w = WatchStore.Sqlite();
        w.Store.Write([ArticleRecord.Create(Doc("http://news.example/a/7/"), "file:a7.html", "test=1")], []);
        Assert.True(w.State.IsSeen("https://news.example/a/7"));
        Assert.False(w.State.IsSeen("https://news.example/a/8"));
    }

    [Fact]
    public void State_survives_reopening()
    {
        var path = Path.Combine(TestDirs.New(), "marsad.db");
        using (var w = WatchStore.Sqlite(path))
        {
            w.State.SaveValidators("a", "https://news.example/rss", new Validators("\"abc\"", "Sun, 01 Nov 2026 10:00:00 GMT"));
            w.State.StoreDocument("a", "https://news.example/a/1", Doc("https://news.example/a/1"));
            w.State.MarkGivenUp("a", "https://news.example/a/2", "https://news.example/a/2?utm_source=rss", "HTTP 404");
        }

        using var reopened = WatchStore.Sqlite(path);
        Assert.Equal(new Validators("\"abc\"", "Sun, 01 Nov 2026 10:00:00 GMT"), reopened.State.GetValidators("https://news.example/rss"));
        Assert.True(reopened.State.IsSeen("https://news.example/a/1"));
        Assert.True(reopened.State.IsSeen("https://news.example/a/2"));
        Assert.Null(reopened.State.GetValidators("https://news.example/other"));
        // The given-up item is among the store's failures, with its reason.
        Assert.Contains(reopened.Store.Failures(10), f => f.Input == "https://news.example/a/2?utm_source=rss" && f.Reason.Contains("HTTP 404", StringComparison.Ordinal));
    }

    [Fact]
    public void Status_has_last_success_last_error_and_items_per_day()
    {
        using var w = WatchStore.Sqlite();
        // The two articles are stamped by the store's clock one after the other: kept off UTC midnight, they share a day.
        var now = UtcDays.NotNearMidnight();
        w.State.StoreDocument("a", "https://news.example/a/1", Doc("https://news.example/a/1"));
        w.State.StoreDocument("a", "https://news.example/a/2", Doc("https://news.example/a/2", "خبر آخر عن الطقس الممطر في الشمال"));
        w.State.RecordSuccess("a", now.AddMinutes(-5));
        w.State.RecordError("a", now, "feed https://news.example/rss: HTTP 500");
        var status = Assert.Single(w.Ledger.SourceStatuses(now.AddSeconds(1)));
        Assert.Equal(2, status.ItemsStored);
        Assert.Equal(2, status.ItemsLast24Hours);
        Assert.Equal("feed https://news.example/rss: HTTP 500", status.LastError);
        Assert.True(status.LastSuccess < status.LastErrorAt);
        Assert.Equal(2, Assert.Single(status.ItemsPerDay).Items);
    }
}

public class FetchedPageTests
{
    [Fact]
    public void A_fetched_page_is_kept_until_its_document_is_stored()
    {
        using var w = WatchStore.Sqlite();
        const string url = "https://news.example/a/1";
        w.State.SaveFetchedPage("a", url, [1, 2, 3]);
        Assert.Equal([1, 2, 3], w.State.GetFetchedPage(url));
        w.State.StoreDocument("a", url, new Document("x", "نص الخبر كاملا") { Url = url });
        Assert.Null(w.State.GetFetchedPage(url));
    }

    [Fact]
    public void A_fetched_page_is_dropped_when_its_item_is_given_up()
    {
        using var w = WatchStore.Sqlite();
        const string url = "https://news.example/a/1";
        w.State.SaveFetchedPage("a", url, [1, 2, 3]);
        w.State.MarkGivenUp("a", url, url, "not an article");
        Assert.Null(w.State.GetFetchedPage(url));
    }
}
