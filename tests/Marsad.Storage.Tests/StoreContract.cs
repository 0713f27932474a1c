using Marsad.Core;
using Marsad.Storage.Export;
using static Marsad.Storage.Tests.Articles;

namespace Marsad.Storage.Tests;

/// <summary>The behaviour every store must have; run once per engine by the subclasses below.</summary>
public abstract class StoreContract
{
    internal abstract TestStore Open();

    private static IngestFailure Failure(string unit, string reason) => new(unit, "input/" + unit, reason, DateTimeOffset.UtcNow);

    [StoreFact]
    public void A_clitic_form_in_the_text_is_found_by_the_bare_word()
    {
        using var t = Open();
        t.Store.Write([Record(TurkeyClitic, "https://a.example/1", "وفد رسمي")], []);
        var result = t.Store.Search(new SearchRequest { Query = "تركيا" });
        Assert.Single(result.Hits);
        Assert.Equal("https://a.example/1", result.Hits[0].Url);
    }

    [StoreFact]
    public void Writing_the_same_article_again_adds_nothing()
    {
        using var t = Open();
        var first = t.Store.Write([Record(Turkey, "https://a.example/1"), Record(Rain, "https://a.example/2")], []);
        var again = t.Store.Write([Record(Turkey, "http://A.example/1/#top"), Record(Rain, "https://a.example/2?utm_source=x")], []);
        Assert.Equal(2, first.Inserted);
        Assert.Equal(0, again.Inserted);
        Assert.Equal(2, again.Duplicates);
        Assert.Equal(2, t.Store.Stats().Articles);
    }

    [StoreFact]
    public void An_article_without_url_is_keyed_by_its_content()
    {
        using var t = Open();
        t.Store.Write([Record(Rain, null)], []);
        var again = t.Store.Write([Record(Rain + " ", null)], []);
        Assert.Equal(1, again.Duplicates);
        Assert.Equal(1, t.Store.Stats().Articles);
    }

    [StoreFact]
    public void Replacing_records_the_new_pipeline_version_and_stale_articles_are_listed()
    {
        using var t = Open();
        t.Store.Write([Record(Turkey, "https://a.example/1", version: "ner=1"), Record(Rain, "https://a.example/2", version: "ner=2")], []);
        Assert.Equal(["url:a.example/1"], t.Store.Documents(notVersion: "ner=2").Select(d => d.Key));
        var replaced = t.Store.Write([ArticleRecord.Create(Doc(Turkey, "https://a.example/1"), string.Empty, "ner=2", replace: true)], []);
        Assert.Equal(1, replaced.Replaced);
        Assert.Empty(t.Store.Documents(notVersion: "ner=2"));
        Assert.Single(t.Store.Search(new SearchRequest { Query = "أنقرة" }).Hits);
    }

    [StoreFact]
    public void An_exact_copy_from_another_source_joins_the_story_and_the_earliest_is_marked()
    {
        using var t = Open();
        t.Store.Write([Record(Rain, "https://late.example/1", published: "2024-05-02T10:00:00", source: "late")], []);
        t.Store.Write([Record(Rain, "https://early.example/1", published: "2024-05-01T08:00:00", source: "early")], []);
        var members = t.Store.StoryMembers().ToList();
        Assert.Equal(2, members.Count);
        Assert.Single(members.Select(m => m.StoryId).Distinct());
        Assert.Equal("early", Assert.Single(members, m => m.Earliest).Source);
    }

    [StoreFact]
    public void An_edited_copy_joins_the_story_and_an_unrelated_article_does_not()
    {
        using var t = Open();
        t.Store.Write([Record(Wire, "https://a.example/w"), Record(WireEdited, "https://b.example/w"), Record(Football, "https://c.example/f")], []);
        var story = t.Store.StoryMembers().ToDictionary(m => m.Url!, m => m.StoryId);
        Assert.Equal(story["https://a.example/w"], story["https://b.example/w"]);
        Assert.NotEqual(story["https://a.example/w"], story["https://c.example/f"]);
    }

    [StoreFact]
    public void A_phrase_matches_only_adjacent_words()
    {
        using var t = Open();
        t.Store.Write([Record(Rain, "https://a.example/1"), Record(Football, "https://a.example/2")], []);
        Assert.Single(t.Store.Search(new SearchRequest { Query = "\"أمطار غزيرة\"" }).Hits);
        Assert.Empty(t.Store.Search(new SearchRequest { Query = "\"غزيرة أمطار\"" }).Hits);
    }

    [StoreFact]
    public void Or_widens_and_not_narrows()
    {
        using var t = Open();
        t.Store.Write([Record(Rain, "https://a.example/1"), Record(Football, "https://a.example/2"), Record(Turkey, "https://a.example/3")], []);
        Assert.Equal(2, t.Store.Search(new SearchRequest { Query = "جدة OR الهلال" }).Total);
        Assert.Equal(2, t.Store.Search(new SearchRequest { Query = "في -الهلال" }).Total);
        Assert.Equal(1, t.Store.Search(new SearchRequest { Query = "في NOT (الهلال OR جدة)" }).Total);
    }

    [StoreFact]
    public void Date_and_source_filters_restrict_results()
    {
        using var t = Open();
        t.Store.Write(
        [
            Record(Turkey, "https://a.example/1", published: "2024-01-10", source: "alpha"),
            Record(TurkeyClitic, "https://b.example/1", published: "2024-02-10", source: "beta"),
        ], []);
        Assert.Equal("https://b.example/1", Assert.Single(t.Store.Search(new SearchRequest { Query = "تركيا", From = new DateOnly(2024, 2, 1) }).Hits).Url);
        Assert.Equal("https://a.example/1", Assert.Single(t.Store.Search(new SearchRequest { Query = "تركيا", Source = "alpha" }).Hits).Url);
        Assert.Single(t.Store.Search(new SearchRequest { Query = "تركيا", To = new DateOnly(2024, 1, 31) }).Hits);
    }

    [StoreFact]
    public void One_result_per_story_unless_all_copies_are_asked_for()
    {
        using var t = Open();
        t.Store.Write([Record(Rain, "https://a.example/1", source: "a"), Record(Rain, "https://b.example/1", source: "b")], []);
        var collapsed = t.Store.Search(new SearchRequest { Query = "جدة" });
        Assert.Equal(2, Assert.Single(collapsed.Hits).StorySize);
        Assert.Equal(2, t.Store.Search(new SearchRequest { Query = "جدة", CollapseStories = false }).Hits.Count);
    }

    [StoreFact]
    public void Facets_count_matches_by_source_and_day()
    {
        using var t = Open();
        t.Store.Write(
        [
            Record(Turkey, "https://a.example/1", published: "2024-01-10", source: "alpha"),
            Record(TurkeyClitic, "https://b.example/1", published: "2024-01-10", source: "beta"),
            Record(Rain, "https://c.example/1", published: "2024-01-11", source: "beta"),
        ], []);
        var result = t.Store.Search(new SearchRequest { Query = "تركيا" });
        Assert.Equal(2, result.Total);
        Assert.Equal(new FacetValue("2024-01-10", 2), Assert.Single(result.Facets["day"]));
        Assert.Equal(2, result.Facets["source"].Count);
    }

    [StoreFact]
    public void Snippets_mark_the_matching_words_of_the_original_text()
    {
        using var t = Open();
        t.Store.Write([Record(TurkeyClitic, "https://a.example/1")], []);
        var hit = Assert.Single(t.Store.Search(new SearchRequest { Query = "تركيا" }).Hits);
        Assert.Contains("<mark>بتركيا</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>وتركيا</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [StoreFact]
    public void Engine_syntax_in_a_query_is_searched_as_words()
    {
        using var t = Open();
        t.Store.Write([Record(Turkey, "https://a.example/1")], []);
        foreach (var q in new[] { "تركيا*", "title:تركيا", "NEAR(تركيا أنقرة)", "تركيا' OR '1'='1", "تركيا & | !", "\"تركيا" })
        {
            var result = t.Store.Search(new SearchRequest { Query = q });
            Assert.True(result.Total <= 1, q);
        }
    }

    [StoreFact]
    public void A_query_of_only_negations_is_refused_with_a_reason()
    {
        using var t = Open();
        var ex = Assert.Throws<StoreException>(() => t.Store.Search(new SearchRequest { Query = "-تركيا" }));
        Assert.Contains("not negated", ex.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public void Failures_are_kept_with_reasons_and_their_units_are_not_claimed_again()
    {
        using var t = Open();
        t.Store.Write([Record(Rain, "https://a.example/1")], [Failure("bad-1", "binary data, not text or HTML")]);
        var failure = Assert.Single(t.Store.Failures(10));
        Assert.Equal("binary data, not text or HTML", failure.Reason);
        var open = t.Store.Claim(["bad-1", "unit:https://a.example/1", "new-1"], "w1", TimeSpan.FromMinutes(1));
        Assert.Equal(["new-1"], open);
    }

    [StoreFact]
    public void Entities_merge_into_actors_across_documents()
    {
        using var t = Open();
        var d1 = Doc(Turkey, "https://a.example/1", published: "2024-03-01");
        d1.Entities.Add(new Entity { Id = "E1", Type = "GPE", Name = "تركيا", Mentions = [new TextSpan(26, 31)], Code = "TUR" });
        d1.Entities.Add(new Entity { Id = "E2", Type = "PER", Name = "هاكان فيدان", Roles = ["وزير الخارجية"], Aliases = ["فيدان"] });
        d1.Quotes.Add(new Quote { Speaker = "E2", SpeakerText = "وزير الخارجية", Start = 10, End = 40, Direct = false });
        d1.Sentences.Add(new Sentence(0, Turkey.Length));
        d1.Events.Add(new PloverEvent { Type = "CONSULT", Source = "E2", Target = "E1", Trigger = new TextSpan(17, 25), Sentence = 0, Date = "2024-03-01" });
        var d2 = Doc(TurkeyClitic, "https://b.example/1", published: "2024-03-05");
        d2.Entities.Add(new Entity { Id = "E1", Type = "GPE", Name = "تركيا", Mentions = [new TextSpan(20, 26), new TextSpan(35, 40)], Code = "TUR" });
        t.Store.Write([ArticleRecord.Create(d1, "u1", "v1"), ArticleRecord.Create(d2, "u2", "v1")], []);

        var actors = t.Store.Actors().ToDictionary(a => a.Name);
        Assert.Equal(2, actors["تركيا"].Articles);
        Assert.Equal(3, actors["تركيا"].Mentions);
        Assert.Equal("2024-03-01", actors["تركيا"].FirstSeen);
        Assert.Equal("2024-03-05", actors["تركيا"].LastSeen);
        Assert.Contains("فيدان", actors["هاكان فيدان"].Aliases);
        Assert.Equal(["وزير الخارجية"], actors["هاكان فيدان"].Roles);
        Assert.Single(t.Store.Search(new SearchRequest { Actor = "فيدان" }).Hits);
        Assert.Equal(2, t.Store.Search(new SearchRequest { Actor = "TUR" }).Hits.Count);
        Assert.Single(t.Store.Search(new SearchRequest { Query = "تركيا", EventType = "consult" }).Hits);
        Assert.Single(t.Store.Search(new SearchRequest { Speaker = "فيدان" }).Hits);
        var ev = Assert.Single(t.Store.Events());
        Assert.Equal(("هاكان فيدان", "تركيا", "https://a.example/1"), (ev.SourceActor, ev.TargetActor, ev.Url));
        Assert.Equal(Turkey, ev.Sentence);
        Assert.Equal("هاكان فيدان", Assert.Single(t.Store.Quotes()).SpeakerActor);
    }

    [StoreFact]
    public void People_groups_and_cities_sharing_a_code_stay_apart_and_a_state_is_one_under_its_names()
    {
        using var t = Open();
        var d1 = Doc(Turkey, "https://a.example/1", published: "2024-03-01");
        d1.Entities.Add(new Entity { Id = "E1", Type = "PER", Name = "بنيامين نتنياهو", Code = "ISRGOV", Mentions = [new TextSpan(0, 5)] });
        d1.Entities.Add(new Entity { Id = "E2", Type = "ORG", Name = "حماس", Code = "PSEREB", Mentions = [new TextSpan(6, 9)] });
        d1.Entities.Add(new Entity { Id = "E3", Type = "GPE", Name = "تركيا", Code = "TUR", State = true, Mentions = [new TextSpan(26, 31)] });
        d1.Entities.Add(new Entity { Id = "E4", Type = "GPE", Name = "إسطنبول", Code = "TUR", Mentions = [new TextSpan(32, 35)] });
        var d2 = Doc(TurkeyClitic, "https://b.example/1", published: "2024-03-05");
        d2.Entities.Add(new Entity { Id = "E1", Type = "PER", Name = "يسرائيل كاتس", Code = "ISRGOV", Mentions = [new TextSpan(0, 5)] });
        d2.Entities.Add(new Entity { Id = "E2", Type = "ORG", Name = "حركة الجهاد الإسلامي", Code = "PSEREB", Mentions = [new TextSpan(6, 9)] });
        d2.Entities.Add(new Entity { Id = "E3", Type = "GPE", Name = "الجمهورية التركية", Code = "TUR", State = true, Mentions = [new TextSpan(20, 26)] });
        d2.Entities.Add(new Entity { Id = "E4", Type = "GPE", Name = "إسطنبول", Code = "TUR", Mentions = [new TextSpan(27, 30)] });
        t.Store.Write([ArticleRecord.Create(d1, "u1", "v1"), ArticleRecord.Create(d2, "u2", "v1")], []);

        var actors = t.Store.Actors().ToList();
        Assert.Equal(2, actors.Count(a => a.Type == "PER"));
        Assert.Equal(2, actors.Count(a => a.Type == "ORG"));
        var turkey = Assert.Single(actors, a => a.Type == "GPE" && a.Key.StartsWith("code:", StringComparison.Ordinal));
        Assert.Equal(2, turkey.Articles);
        Assert.Equal("الجمهورية التركية", turkey.Name);
        var istanbul = Assert.Single(actors, a => a.Name == "إسطنبول");
        Assert.Equal(2, istanbul.Articles);
    }

    [StoreFact]
    public void A_state_is_named_by_its_longest_short_name_not_a_run_on()
    {
        using var t = Open();
        var d1 = Doc(Turkey, "https://a.example/1", published: "2024-03-01");
        d1.Entities.Add(new Entity { Id = "E1", Type = "GPE", Name = "القصيم عبد الله بن إبراهيم المهوس", Code = "SAU", State = true, Mentions = [new TextSpan(0, 5)] });
        var d2 = Doc(TurkeyClitic, "https://b.example/1", published: "2024-03-05");
        d2.Entities.Add(new Entity { Id = "E1", Type = "GPE", Name = "السعودية", Code = "SAU", State = true, Mentions = [new TextSpan(0, 5)] });
        d2.Entities.Add(new Entity { Id = "E2", Type = "GPE", Name = "المملكة العربية السعودية", Code = "SAU", State = true, Mentions = [new TextSpan(6, 9)] });
        t.Store.Write([ArticleRecord.Create(d1, "u1", "v1")], []);
        t.Store.Write([ArticleRecord.Create(d2, "u2", "v1")], []);

        Assert.Equal("المملكة العربية السعودية", Assert.Single(t.Store.Actors()).Name);
    }

    [StoreFact]
    public void An_actor_is_named_without_harakat_or_tatweel()
    {
        using var t = Open();
        var d1 = Doc(Turkey, "https://a.example/1", published: "2024-03-01");
        d1.Entities.Add(new Entity { Id = "E1", Type = "GPE", Name = "ـمصرَ", Code = "EGY", State = true, Mentions = [new TextSpan(0, 5)] });
        d1.Entities.Add(new Entity { Id = "E2", Type = "GPE", Name = "الكُويت", Code = "KWT", State = true, Mentions = [new TextSpan(6, 9)] });
        t.Store.Write([ArticleRecord.Create(d1, "u1", "v1")], []);

        var names = t.Store.Actors().Select(a => a.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["الكويت", "مصر"], names);
    }

    [StoreFact]
    public void Actor_counts_and_days_add_up_over_batches_and_replacements()
    {
        using var t = Open();
        Document Turk(string url, string? published, int mentions)
        {
            var d = Doc(Turkey, url, published: published);
            d.Entities.Add(new Entity { Id = "E1", Type = "GPE", Name = "تركيا", Code = "TUR", Mentions = [.. Enumerable.Range(0, mentions).Select(i => new TextSpan(i, i + 1))] });
            return d;
        }

        t.Store.Write([ArticleRecord.Create(Turk("https://a.example/1", "2024-03-05", 1), "u1", "v1")], []);
        t.Store.Write([ArticleRecord.Create(Turk("https://a.example/2", "2024-03-01", 2), "u2", "v1"), ArticleRecord.Create(Turk("https://a.example/3", null, 1), "u3", "v1")], []);
        var turkey = Assert.Single(t.Store.Actors());
        Assert.Equal((3, 4, "2024-03-01", "2024-03-05"), (turkey.Articles, turkey.Mentions, turkey.FirstSeen, turkey.LastSeen));

        // A replacement (recounted) and a new article (added) in one batch.
        t.Store.Write([
            ArticleRecord.Create(Turk("https://a.example/1", "2024-03-09", 3), string.Empty, "v2", replace: true),
            ArticleRecord.Create(Turk("https://a.example/4", "2024-02-20", 1), "u4", "v2")], []);
        turkey = Assert.Single(t.Store.Actors());
        Assert.Equal((4, 7, "2024-02-20", "2024-03-09"), (turkey.Articles, turkey.Mentions, turkey.FirstSeen, turkey.LastSeen));
    }

    [StoreFact]
    public void Reanalysis_that_drops_an_entity_updates_the_actor_counts()
    {
        using var t = Open();
        var d = Doc(Turkey, "https://a.example/1", published: "2024-03-01");
        d.Entities.Add(new Entity { Id = "E1", Type = "GPE", Name = "تركيا", Mentions = [new TextSpan(26, 31)] });
        t.Store.Write([ArticleRecord.Create(d, "u1", "v1")], []);
        t.Store.Write([ArticleRecord.Create(Doc(Turkey, "https://a.example/1", published: "2024-03-01"), string.Empty, "v2", replace: true)], []);
        Assert.Equal(0, Assert.Single(t.Store.Actors()).Articles);
    }

    [StoreFact]
    public void Reopening_the_store_keeps_its_data_and_schema_version()
    {
        using var t = Open();
        t.Store.Write([Record(Rain, "https://a.example/1")], []);
        using var again = t.Reopen();
        var stats = again.Stats();
        Assert.Equal(1, stats.Articles);
        Assert.Equal(2, stats.SchemaVersion);
    }

    [StoreFact]
    public async Task Exports_write_one_row_per_fact_in_csv_and_parquet()
    {
        using var t = Open();
        var d = Doc(Turkey, "https://a.example/1");
        d.Entities.Add(new Entity { Id = "E1", Type = "GPE", Name = "تركيا, \"الجمهورية\"" });
        t.Store.Write([ArticleRecord.Create(d, "u1", "v1")], []);
        using var csv = new MemoryStream();
        Assert.Equal(1, await Exporter.ExportAsync(t.Store, "actors", "csv", csv));
        var text = System.Text.Encoding.UTF8.GetString(csv.ToArray());
        Assert.Contains("\"تركيا, \"\"الجمهورية\"\"\"", text, StringComparison.Ordinal);
        using var parquet = new MemoryStream();
        Assert.Equal(1, await Exporter.ExportAsync(t.Store, "actors", "parquet", parquet));
        Assert.Equal("PAR1"u8.ToArray(), parquet.ToArray()[..4]);
        using var docs = new MemoryStream();
        Assert.Equal(1, await Exporter.ExportAsync(t.Store, "documents", "jsonl", docs));
        Assert.Equal("https://a.example/1", DocumentJson.Parse(System.Text.Encoding.UTF8.GetString(docs.ToArray()).Trim()).Url);
    }
}

public sealed class SqliteStoreTests : StoreContract
{
    internal override TestStore Open() => TestStore.Sqlite();

    [Fact]
    public void The_file_is_in_wal_mode_and_passes_the_integrity_check()
    {
        using var t = TestStore.Sqlite();
        t.Store.Write([Record(Rain, "https://a.example/1")], []);
        Assert.Equal("ok", StoreFactory.IntegrityCheck(t.Store));
        using var c = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + t.Spec);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", cmd.ExecuteScalar());
    }
}

[NeedsPostgres]
public sealed class PostgresStoreTests : StoreContract
{
    internal override TestStore Open() => TestStore.Postgres();

    [StoreFact]
    public void Two_workers_never_claim_the_same_unit()
    {
        using var t = Open();
        using var other = t.Reopen();
        var units = Enumerable.Range(0, 400).Select(i => $"unit-{i}").ToList();
        IReadOnlySet<string>? a = null, b = null;
        Parallel.Invoke(
            () => a = t.Store.Claim(units, "worker-a", TimeSpan.FromMinutes(5)),
            () => b = other.Claim(units, "worker-b", TimeSpan.FromMinutes(5)));
        Assert.Empty(a!.Intersect(b!));
        Assert.Equal(400, a!.Count + b!.Count);
    }

    [StoreFact]
    public void An_expired_lease_can_be_claimed_by_another_worker()
    {
        using var t = Open();
        Assert.Single(t.Store.Claim(["u1"], "dead", TimeSpan.FromMilliseconds(-1)));
        Assert.Single(t.Store.Claim(["u1"], "alive", TimeSpan.FromMinutes(5)));
        Assert.Empty(t.Store.Claim(["u1"], "third", TimeSpan.FromMinutes(5)));
    }

    [StoreFact]
    public void Renewing_leases_while_the_writer_marks_their_units_done_never_deadlocks()
    {
        using var t = Open();
        using var other = t.Reopen();
        var units = Enumerable.Range(0, 400).Select(i => $"u{i}").ToList();
        Assert.Equal(400, t.Store.Claim(units, "w", TimeSpan.FromMinutes(1)).Count);
        using var stop = new CancellationTokenSource();
        using var renewing = new ManualResetEventSlim();
        var renewals = 0;
        var renewer = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                other.RenewClaims("w", TimeSpan.FromMinutes(1));
                renewals++;
                renewing.Set();
            }
        });
        // The writes start once renewals run, so they overlap however late a loaded machine schedules the renewer.
        Assert.True(renewing.Wait(TimeSpan.FromSeconds(120)) || renewer.IsFaulted, "no renewal within 120 s");
        foreach (var chunk in units.Chunk(40))
        {
            t.Store.Write([.. chunk.Reverse().Select(u => ArticleRecord.Create(Doc(Turkey + " " + u, "https://a.example/" + u), u, "v1"))], []);
        }

        stop.Cancel();
        renewer.Wait();   // throws if the renewal was chosen as a deadlock victim
        Assert.True(renewals > 0);
        Assert.Equal(400, t.Store.Stats().Articles);
    }

    [StoreFact]
    public void A_released_worker_frees_only_its_unfinished_claims()
    {
        using var t = Open();
        Assert.Equal(2, t.Store.Claim(["u1", "u2"], "dead", TimeSpan.FromMinutes(5)).Count);
        Assert.Single(t.Store.Claim(["u3"], "alive", TimeSpan.FromMinutes(5)));
        t.Store.Write([ArticleRecord.Create(Doc(Turkey, "https://a.example/1"), "u1", "v1")], []);
        Assert.Equal(["alive", "dead"], t.Store.ClaimHolders().Order());

        t.Store.ReleaseClaims("dead");
        Assert.Equal(["alive"], t.Store.ClaimHolders());
        Assert.Equal(["u2"], t.Store.Claim(["u1", "u2", "u3"], "restarted", TimeSpan.FromMinutes(5)).Order());
    }

    [StoreFact]
    public void A_renewed_lease_stays_with_its_worker_and_a_lapsed_one_is_free()
    {
        using var t = Open();
        Assert.Equal(2, t.Store.Claim(["u1", "u2"], "live", TimeSpan.FromMilliseconds(-1)).Count);
        Assert.Single(t.Store.Claim(["u3"], "killed", TimeSpan.FromMilliseconds(-1)));
        t.Store.RenewClaims("live", TimeSpan.FromMinutes(5));
        Assert.Equal(["u3"], t.Store.Claim(["u1", "u2", "u3"], "restarted", TimeSpan.FromMinutes(5)).Order());

        // A finished unit keeps its never-expiring lease: renewal does not make it claimable again.
        var d = Doc(Turkey, "https://a.example/1");
        t.Store.Write([ArticleRecord.Create(d, "u1", "v1")], []);
        t.Store.RenewClaims("live", TimeSpan.FromMilliseconds(-1));
        Assert.Equal(["u2"], t.Store.Claim(["u1", "u2"], "restarted", TimeSpan.FromMinutes(5)).Order());
    }
}
