using Marsad.Core;
using Marsad.Ingest.Watch;

namespace Marsad.Watch.Tests;

public class SqliteWatchStateTests
{
    private static Document Doc(string url) => new(Document.HashId(System.Text.Encoding.UTF8.GetBytes(url)), "نص الخبر") { Url = url, Title = "عنوان" };

    [Fact]
    public void A_document_is_stored_once_and_marked_seen_with_it()
    {
        using var state = new SqliteWatchState(Path.Combine(TestDirs.New(), "marsad.db"));
        const string url = "https://news.example/a/1";
        Assert.False(state.IsSeen(url));
        Assert.True(state.StoreDocument("a", url, "g1", Doc(url)));
        Assert.False(state.StoreDocument("b", url, "g1", Doc(url)));
        Assert.True(state.IsSeen(url));
        Assert.Equal(1, state.CountDocuments());
    }

    [Fact]
    public void State_survives_reopening()
    {
        var path = Path.Combine(TestDirs.New(), "marsad.db");
        using (var state = new SqliteWatchState(path))
        {
            state.SaveValidators("a", "https://news.example/rss", new Validators("\"abc\"", "Sun, 01 Nov 2026 10:00:00 GMT"));
            state.StoreDocument("a", "https://news.example/a/1", null, Doc("https://news.example/a/1"));
            state.MarkGivenUp("a", "https://news.example/a/2", null, "HTTP 404");
        }

        using var reopened = new SqliteWatchState(path);
        Assert.Equal(new Validators("\"abc\"", "Sun, 01 Nov 2026 10:00:00 GMT"), reopened.GetValidators("https://news.example/rss"));
        Assert.True(reopened.IsSeen("https://news.example/a/1"));
        Assert.True(reopened.IsSeen("https://news.example/a/2"));
        Assert.Null(reopened.GetValidators("https://news.example/other"));
    }

    [Fact]
    public void Status_has_last_success_last_error_and_items_per_day()
    {
        using var state = new SqliteWatchState(Path.Combine(TestDirs.New(), "marsad.db"));
        var now = DateTimeOffset.UtcNow;
        state.StoreDocument("a", "https://news.example/a/1", null, Doc("https://news.example/a/1"));
        state.StoreDocument("a", "https://news.example/a/2", null, Doc("https://news.example/a/2"));
        state.RecordSuccess("a", now.AddMinutes(-5));
        state.RecordError("a", now, "feed https://news.example/rss: HTTP 500");
        var status = Assert.Single(state.GetStatus(now.AddSeconds(1)));
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
        using var state = new SqliteWatchState(Path.Combine(TestDirs.New(), "marsad.db"));
        const string url = "https://news.example/a/1";
        state.SaveFetchedPage("a", url, [1, 2, 3]);
        Assert.Equal([1, 2, 3], state.GetFetchedPage(url));
        state.StoreDocument("a", url, null, new Document("x", "نص") { Url = url });
        Assert.Null(state.GetFetchedPage(url));
    }
}
