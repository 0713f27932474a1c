using Marsad.Storage.Watching;
using Marsad.Testing;
using static Marsad.Storage.Tests.Articles;

namespace Marsad.Storage.Tests;

/// <summary>The watch state kept in the store (schema V2), run once per engine.</summary>
public abstract class WatchLedgerContract
{
    internal abstract TestStore Open();

    [StoreFact]
    public void Feed_validators_are_saved_and_replaced()
    {
        using var t = Open();
        var ledger = StoreWatching.Ledger(t.Store);
        Assert.Null(ledger.FeedValidators("https://a.example/rss"));
        ledger.SaveFeedValidators("a", "https://a.example/rss", new FeedValidators("\"v1\"", null));
        ledger.SaveFeedValidators("a", "https://a.example/rss", new FeedValidators("\"v2\"", "Sun, 01 Nov 2026 10:00:00 GMT"));
        Assert.Equal(new FeedValidators("\"v2\"", "Sun, 01 Nov 2026 10:00:00 GMT"), ledger.FeedValidators("https://a.example/rss"));
    }

    [StoreFact]
    public void A_unit_is_done_with_its_article_or_its_failure_and_its_pending_page_goes_with_it()
    {
        using var t = Open();
        var ledger = StoreWatching.Ledger(t.Store);
        ledger.SavePendingPage("watch:https://a.example/1", "a", [1, 2, 3]);
        ledger.SavePendingPage("watch:https://a.example/2", "a", [4]);
        Assert.False(ledger.IsDone("watch:https://a.example/1", ArticleKeys.UrlKey("https://a.example/1")));
        Assert.Equal([1, 2, 3], ledger.PendingPage("watch:https://a.example/1"));

        var record = ArticleRecord.Create(Doc(Rain, "https://a.example/1"), "watch:https://a.example/1", "v1", "a");
        t.Store.Write([record], [new IngestFailure("watch:https://a.example/2", "https://a.example/2", "HTTP 404", DateTimeOffset.UtcNow)]);
        Assert.True(ledger.IsDone("watch:https://a.example/1", record.Key));
        Assert.True(ledger.IsDone("watch:https://a.example/2", null));
        Assert.Null(ledger.PendingPage("watch:https://a.example/1"));
        Assert.Null(ledger.PendingPage("watch:https://a.example/2"));
        // Stored under another unit (ingest of the same URL): known by its article key.
        Assert.True(ledger.IsDone("watch:http://a.example/1/", ArticleKeys.UrlKey("http://a.example/1/")));
    }

    [StoreFact]
    public void Source_status_counts_the_articles_stored_under_the_source_name()
    {
        using var t = Open();
        var ledger = StoreWatching.Ledger(t.Store);
        // The articles' day is the store's clock at the write; the expected day is read here. Both must fall on the
        // same UTC day, which a run straddling midnight would break.
        var now = UtcDays.NotNearMidnight();
        t.Store.Write([Record(Rain, "https://a.example/1", source: "a"), Record(Turkey, "https://a.example/2", source: "a"), Record(Wire, "https://b.example/1", source: "b")], []);
        ledger.RecordError("a", now.AddMinutes(-2), "feed https://a.example/rss: HTTP 500");
        ledger.RecordSuccess("a", now.AddMinutes(-1));
        var status = Assert.Single(ledger.SourceStatuses(now));
        Assert.Equal("a", status.Source);
        Assert.Equal(2, status.ItemsStored);
        Assert.Equal(2, status.ItemsLast24Hours);
        Assert.Equal((DateOnly.FromDateTime(now.UtcDateTime), 2L), Assert.Single(status.ItemsPerDay));
        Assert.Equal("feed https://a.example/rss: HTTP 500", status.LastError);
        Assert.True(status.LastErrorAt < status.LastSuccess);
        Assert.Equal(status.LastSuccess, status.LastPoll);
    }
}

public sealed class SqliteWatchLedgerTests : WatchLedgerContract
{
    internal override TestStore Open() => TestStore.Sqlite();

    [Fact]
    public void A_file_left_by_the_earlier_watch_opens_and_forgets_its_validators()
    {
        var path = Path.Combine(Path.GetTempPath(), "marsad-store-tests", Guid.NewGuid().ToString("N"), "marsad.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=false"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = """
                CREATE TABLE watch_feeds (feed_url TEXT PRIMARY KEY, source TEXT NOT NULL, etag TEXT, last_modified TEXT, saved_at TEXT NOT NULL);
                INSERT INTO watch_feeds VALUES ('https://a.example/rss', 'a', '"x"', NULL, '2026-11-01T00:00:00Z');
                CREATE TABLE watch_sources (source TEXT PRIMARY KEY, last_poll TEXT, last_success TEXT, last_error_at TEXT, last_error TEXT);
                """;
            cmd.ExecuteNonQuery();
        }

        using var store = StoreFactory.Open(path);
        Assert.Null(StoreWatching.Ledger(store).FeedValidators("https://a.example/rss"));
        Assert.Equal(2, store.Stats().SchemaVersion);
    }
}

[NeedsPostgres]
public sealed class PostgresWatchLedgerTests : WatchLedgerContract
{
    internal override TestStore Open() => TestStore.Postgres();
}
