using Marsad.Core;
using Marsad.Storage;
using Marsad.Testing;

namespace Marsad.Web.Tests;

/// <summary>Computed searches take turns on a few workers; every waiting request still gets its own answer.</summary>
public sealed class SearchCacheTests
{
    private static readonly string[] Words = ["تركيا", "أنقرة", "إيران", "طهران", "الحدود", "التجارة", "الوزير", "الرئيس"];

    [Fact]
    public async Task Concurrent_uncached_searches_on_one_worker_each_get_their_own_result()
    {
        using var t = TestStore.Sqlite();
        var records = Words.Select((w, i) => ArticleRecord.Create(
            Document.FromArticle(new Article
            {
                Source = new DocumentSource($"https://a.example/{i}", "text", "utf-8"),
                Url = $"https://a.example/{i}",
                Title = w,
                Paragraphs = [string.Join(' ', Words.Take(i + 1)) + " في خبر اليوم."],
            }),
            $"unit:{i}", "v1")).ToList();
        t.Store.Write(records, []);
        var cache = new SearchCache(t.Store, new WebOptions { SearchCacheSeconds = 0, SearchWorkers = 1 });

        var requests = Enumerable.Range(0, 40).Select(i => new SearchRequest { Query = Words[i % Words.Length] }).ToList();
        var results = await Task.WhenAll(requests.Select(r => Task.Run(() => cache.SearchAsync(r, CancellationToken.None))));

        for (var i = 0; i < requests.Count; i++)
        {
            // The word at position k appears in the articles k..n-1.
            Assert.Equal(Words.Length - (i % Words.Length), results[i].Total);
        }
    }
}
