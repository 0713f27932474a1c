using Marsad.Storage;
using Marsad.Storage.Reading;

namespace Marsad.Web.Tests;

/// <summary>The read queries of the API, the same suite on every engine.</summary>
public abstract class ReaderSuite
{
    internal abstract TestStore Open();

    private (TestStore Store, IStoreReader Reader) Filled()
    {
        var t = Open();
        TestArticles.WriteFacts(t.Store);
        return (t, StoreReading.Reader(t.Store));
    }

    private static long ActorId(IStoreReader r, string name) => r.ActorList(new ActorQuery { Name = name }).Items.Single().Id;

    [ReaderFact]
    public void Article_by_id_and_by_key_carries_story_and_actor_ids()
    {
        var (t, r) = Filled();
        using var _ = t;
        var hit = t.Store.Search(new SearchRequest { Query = "أنقرة" }).Hits.Single();
        var byId = r.Article(hit.Id)!;
        Assert.Equal(hit.Key, byId.Key);
        Assert.Equal(byId.Id, r.ArticleByKey(hit.Key)!.Id);
        Assert.Equal(3, byId.ActorOfEntity.Count);
        Assert.Equal(byId.Id, byId.Story.Single().Id);
        Assert.Null(r.Article(987654));
    }

    [ReaderFact]
    public void Actor_list_pages_by_cursor_through_every_actor_once()
    {
        var (t, r) = Filled();
        using var _ = t;
        var all = r.ActorList(new ActorQuery { Limit = 100 }).Items.Select(a => a.Id).ToList();
        var paged = new List<long>();
        string? cursor = null;
        do
        {
            var page = r.ActorList(new ActorQuery { Limit = 2, Cursor = cursor });
            paged.AddRange(page.Items.Select(a => a.Id));
            cursor = page.Next;
        }
        while (cursor is not null);
        Assert.Equal(all, paged);
        Assert.True(all.Count >= 4);
    }

    [ReaderFact]
    public void Actor_detail_has_roles_over_time_aliases_and_mentions_per_day()
    {
        var (t, r) = Filled();
        using var _ = t;
        var d = r.Actor(ActorId(r, "عراقجي"))!;
        Assert.Equal("عباس عراقجي", d.Actor.Name);
        var role = Assert.Single(d.Roles);
        Assert.Equal(("وزير الخارجية الإيراني", "2024-03-01", "2024-03-05", 2L), (role.Role, role.First, role.Last, role.Articles));
        Assert.Equal(["2024-03-01", "2024-03-05"], d.MentionsPerDay.Select(x => x.Day));
        Assert.Equal(2, d.MentionsPerDay[1].Count);
        Assert.Equal("طهران ترفض أي تدخل في شؤونها الداخلية", Assert.Single(d.Quotes).Text);
        Assert.Equal("ACCUSE", Assert.Single(d.AsSource).Type);
        Assert.Equal(2, d.AsTarget.Count);
        Assert.Contains(d.CoActors, c => c.Name == "رجب طيب أردوغان" && c.Articles == 2);
    }

    [ReaderFact]
    public void Pair_is_the_same_whichever_actor_comes_first()
    {
        var (t, r) = Filled();
        using var _ = t;
        long a = ActorId(r, "أردوغان"), b = ActorId(r, "عراقجي");
        var ab = r.Pair(a, b)!;
        var ba = r.Pair(b, a)!;
        Assert.Equal(["CONSULT", "AGREE", "ACCUSE"], ab.Events.Select(e => e.Type));
        Assert.Equal(ab.Events.Select(e => (e.ArticleId, e.Index)), ba.Events.Select(e => (e.ArticleId, e.Index)));
        Assert.Equal(2, ab.Quotes.Count);
        Assert.Equal(2, ab.SharedArticlesPerDay.Count);
        Assert.Null(r.Pair(a, 987654));
    }

    [ReaderFact]
    public void Fact_listings_filter_by_actor_type_and_day()
    {
        var (t, r) = Filled();
        using var _ = t;
        var erdogan = ActorId(r, "أردوغان");
        Assert.Equal("نريد علاقات قوية ومستقرة مع إيران", Assert.Single(r.QuoteList(new FactQuery { Actor = erdogan }).Items).Text);
        Assert.Equal(3, r.EventList(new FactQuery { Actor = erdogan }).Items.Count);
        Assert.Equal("انتقد", Assert.Single(r.EventList(new FactQuery { Type = "accuse" }).Items).Trigger);
        Assert.Equal(2, r.EventList(new FactQuery { To = new DateOnly(2024, 3, 1) }).Items.Count);
        Assert.Throws<StoreException>(() => r.QuoteList(new FactQuery { Cursor = "1;drop" }));
    }

    [ReaderFact]
    public void Dashboard_counts_days_actors_and_event_types()
    {
        var (t, r) = Filled();
        using var _ = t;
        var d = r.Dashboard();
        Assert.Equal(3, d.Articles);
        Assert.Equal(["2024-03-01", "2024-03-05", "2024-03-06"], d.ArticlesPerDay.Select(x => x.Day));
        Assert.Equal(2, d.TopActors[0].Articles);
        Assert.Contains(new TypeDayCount("2024-03-05", "ACCUSE", 1), d.EventTypesPerDay);
    }
}

public sealed class SqliteReaderTests : ReaderSuite
{
    internal override TestStore Open() => TestStore.Sqlite();
}

[NeedsPostgres]
public sealed class PostgresReaderTests : ReaderSuite
{
    internal override TestStore Open() => TestStore.Postgres();
}
