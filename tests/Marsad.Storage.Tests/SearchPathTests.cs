using Marsad.Storage.Search;
using static Marsad.Storage.Tests.Articles;

namespace Marsad.Storage.Tests;

/// <summary>
/// The SQLite search reads matches once and ranks, filters, collapses and counts facets in memory; the SQL-only
/// search is the reference it must agree with, hit for hit and count for count.
/// </summary>
public sealed class SearchPathTests
{
    private static readonly string[] Vocabulary =
    [
        "وزير", "الخارجية", "تركيا", "أنقرة", "المحادثات", "التجارة", "الحدود", "أمطار", "غزيرة", "جدة", "الدراسة", "المدارس",
        "الهلال", "النصر", "المباراة", "الرياض", "الاقتصاد", "النفط", "الأسعار", "السوق", "المجلس", "القرار", "الشركة", "المشروع",
    ];

    private static readonly string[] Sources = ["alpha", "beta", "gamma"];

    /// <summary>Random sentences over a small vocabulary, a fifth of them re-published by another source (same story).</summary>
    private static void Fill(IStore store, int count, int seed)
    {
        var random = new Random(seed);
        var records = new List<ArticleRecord>();
        for (var i = 0; i < count; i++)
        {
            var words = Enumerable.Range(0, 20 + random.Next(40)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]);
            var text = string.Join(' ', words) + " رقم " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var day = $"2024-0{1 + random.Next(3)}-1{random.Next(10)}";
            var title = Vocabulary[random.Next(Vocabulary.Length)] + " " + Vocabulary[random.Next(Vocabulary.Length)];
            records.Add(WithActors(text, $"https://{Sources[i % 3]}.example/{i}", title, day, i % 7 == 0 ? null : Sources[i % 3], random));
            if (i % 5 == 0)
            {
                records.Add(WithActors(text, $"https://copy.example/{i}", title, day, "copy", random));
            }
        }

        store.Write(records, []);
    }

    private static readonly (string Name, string Type)[] Actors =
        [("تركيا", "GPE"), ("السعودية", "GPE"), ("مصر", "GPE"), ("هاكان فيدان", "PER"), ("محمد علي", "PER"), ("الأمم المتحدة", "ORG")];

    /// <summary>An article naming up to three actors (some twice, under two entity ids), so the actor facet has work.</summary>
    private static ArticleRecord WithActors(string text, string url, string title, string day, string? source, Random random)
    {
        var doc = Doc(text, url, title, day);
        for (var e = 0; e < random.Next(5); e++)
        {
            var (name, type) = Actors[random.Next(Actors.Length)];
            doc.Entities.Add(new Marsad.Core.Entity { Id = "E" + e.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = type, Name = name, Mentions = [new Marsad.Core.TextSpan(0, 4)] });
        }

        return ArticleRecord.Create(doc, "unit:" + url, "v1", source);
    }

    public static TheoryData<string> Queries() => ["تركيا", "وزير الخارجية", "النفط OR أمطار", "السوق -الشركة", "\"أمطار غزيرة\"", "المجلس القرار الرياض"];

    [Theory]
    [MemberData(nameof(Queries))]
    public void In_memory_search_equals_the_sql_search(string query)
    {
        using var t = TestStore.Sqlite();
        Fill(t.Store, 150, 11);
        var store = (RelationalStore)t.Store;
        var requests = new[]
        {
            new SearchRequest { Query = query },
            new SearchRequest { Query = query, CollapseStories = false, Limit = 25 },
            new SearchRequest { Query = query, Offset = 10, Limit = 5 },
            new SearchRequest { Query = query, Source = "beta" },
            new SearchRequest { Query = query, From = new DateOnly(2024, 2, 1), To = new DateOnly(2024, 2, 28) },
            new SearchRequest { Query = query, Facets = false, Snippets = false, Limit = 3 },
        };
        bool actorsSeen = false, matched = false;
        foreach (var request in requests)
        {
            var fast = store.Search(request);
            var sql = store.SearchInSql(request);
            Assert.Equal(sql.Total, fast.Total);
            Assert.Equal(sql.Hits.Select(h => (h.Id, h.StoryId, h.StorySize, h.Snippet)), fast.Hits.Select(h => (h.Id, h.StoryId, h.StorySize, h.Snippet)));
            Assert.Equal(sql.Hits.Select(h => h.Score), fast.Hits.Select(h => h.Score), (a, b) => Math.Abs(a - b) < 1e-9);
            Assert.Equal(sql.Facets.Keys.Order(), fast.Facets.Keys.Order());
            foreach (var (name, values) in sql.Facets)
            {
                Assert.Equal(values, fast.Facets[name]);
            }

            actorsSeen |= sql.Facets.TryGetValue("actor", out var a) && a.Count > 0;
            matched |= sql.Total > 0;
        }

        // The fixture must exercise what is compared.
        Assert.True(actorsSeen && matched);
    }

    [Fact]
    public void Facet_counts_are_the_number_of_matching_articles_per_source_and_day()
    {
        using var t = TestStore.Sqlite();
        t.Store.Write(
        [
            Record(Turkey, "https://a.example/1", "محادثات", "2024-01-05", "alpha"),
            Record(TurkeyClitic, "https://a.example/2", "وفد", "2024-01-05", "alpha"),
            Record(Turkey + " وأضاف المتحدث.", "https://b.example/1", "محادثات", "2024-01-06", "beta"),
            Record(Rain, "https://b.example/2", "أمطار", "2024-01-06", "beta"),
        ], []);
        var result = t.Store.Search(new SearchRequest { Query = "تركيا", CollapseStories = false });
        Assert.Equal(3, result.Total);
        Assert.Equal([new FacetValue("alpha", 2), new FacetValue("beta", 1)], result.Facets["source"]);
        Assert.Equal([new FacetValue("2024-01-05", 2), new FacetValue("2024-01-06", 1)], result.Facets["day"]);
    }

    [Fact]
    public void An_article_written_through_another_handle_is_found_and_counted()
    {
        using var t = TestStore.Sqlite();
        t.Store.Write([Record(Turkey, "https://a.example/1", "محادثات", "2024-01-05", "alpha")], []);
        Assert.Equal(1, t.Store.Search(new SearchRequest { Query = "تركيا" }).Total);
        using (var other = t.Reopen())
        {
            other.Write([Record(TurkeyClitic, "https://b.example/1", "وفد", "2024-01-07", "beta")], []);
        }

        var result = t.Store.Search(new SearchRequest { Query = "تركيا" });
        Assert.Equal(2, result.Total);
        Assert.Contains(new FacetValue("beta", 1), result.Facets["source"]);
    }

    [Fact]
    public void A_replaced_article_is_counted_under_its_new_source()
    {
        using var t = TestStore.Sqlite();
        t.Store.Write([Record(Turkey, "https://a.example/1", "محادثات", "2024-01-05", "alpha")], []);
        Assert.Equal("alpha", Assert.Single(t.Store.Search(new SearchRequest { Query = "تركيا" }).Facets["source"]).Value);
        t.Store.Write([ArticleRecord.Create(Doc(Turkey, "https://a.example/1", "محادثات", "2024-01-05"), string.Empty, "v2", "beta", replace: true)], []);
        Assert.Equal("beta", Assert.Single(t.Store.Search(new SearchRequest { Query = "تركيا" }).Facets["source"]).Value);
    }

    [Fact]
    public void A_snippet_read_until_all_keys_are_found_equals_one_read_to_the_scan_limit()
    {
        var random = new Random(5);
        for (var round = 0; round < 300; round++)
        {
            var words = Enumerable.Range(0, random.Next(1, 700)).Select(_ => random.Next(8) == 0 ? "\n\n" : Vocabulary[random.Next(Vocabulary.Length)] + (random.Next(6) == 0 ? "،" : string.Empty));
            var text = string.Join(' ', words);
            var keys = Enumerable.Range(0, random.Next(0, 4)).Select(_ => SearchTerms(Vocabulary[random.Next(Vocabulary.Length)])).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(Snippets.Make(text, keys, "<mark>", "</mark>", stopEarly: false), Snippets.Make(text, keys, "<mark>", "</mark>", stopEarly: true));
        }
    }

    private static string SearchTerms(string word) => Marsad.Arabic.SearchTerms.Key(word);
}
