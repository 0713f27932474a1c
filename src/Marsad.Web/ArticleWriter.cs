using System.Text.Json.Serialization;
using Marsad.Analysis;
using Marsad.Core;
using Marsad.Extraction;
using Marsad.Storage;

namespace Marsad.Web;

/// <summary>An article posted to the API: HTML or plain text, with the metadata the caller knows.</summary>
public sealed record NewArticle
{
    [JsonPropertyName("html")]
    public string? Html { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("url")]
    public string? Url { get; init; }

    [JsonPropertyName("published")]
    public string? Published { get; init; }

    [JsonPropertyName("source")]
    public string? Source { get; init; }

    [JsonPropertyName("authors")]
    public IReadOnlyList<string>? Authors { get; init; }
}

/// <summary>What a POST did: the article's id and key, and whether it was new.</summary>
public sealed record AddedArticle(long Id, string Key, bool Inserted, bool Duplicate);

/// <summary>Runs a posted article through extraction and the default pipeline, then the store's normal write path.</summary>
internal sealed class ArticleWriter(IStore store, SearchCache cache)
{
    // One writer at a time: SQLite has one anyway, and it keeps story assignment ordered.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<(AddedArticle? Added, string? Error)> AddAsync(NewArticle input, CancellationToken ct)
    {
        var html = !string.IsNullOrWhiteSpace(input.Html);
        if (!html && string.IsNullOrWhiteSpace(input.Text))
        {
            return (null, "give the article as \"html\" or \"text\"");
        }

        var options = new ExtractionOptions { Format = html ? "html" : "text", Uri = input.Url };
        var article = ArticleExtractor.FromText((html ? input.Html : input.Text)!, html ? "html" : "text", "utf-8", options);
        NewsDate? published = null;
        if (!string.IsNullOrWhiteSpace(input.Published))
        {
            if (!NewsDate.TryParseIso(input.Published.Trim(), out var date))
            {
                return (null, "\"published\" must be an ISO 8601 date");
            }

            published = date;
        }

        article = article with
        {
            Title = string.IsNullOrWhiteSpace(input.Title) ? article.Title : input.Title.Trim(),
            Url = string.IsNullOrWhiteSpace(input.Url) ? article.Url : input.Url.Trim(),
            Published = published ?? article.Published,
            Authors = input.Authors is { Count: > 0 } a ? [.. a.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x.Trim())] : article.Authors,
        };
        if (article.Paragraphs.Count == 0 && string.IsNullOrWhiteSpace(article.Title))
        {
            return (null, article.Note ?? "no text found");
        }

        var pipeline = MarsadPipeline.CreateDefault();
        var document = pipeline.Run(Document.FromArticle(article), ct);
        var record = ArticleRecord.Create(document, "api:" + document.Id, pipeline.VersionKey, string.IsNullOrWhiteSpace(input.Source) ? null : input.Source.Trim());
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var summary = await Task.Run(() => store.Write([record], []), ct).ConfigureAwait(false);
            cache.Clear();
            var stored = Storage.Reading.StoreReading.Reader(store).ArticleByKey(record.Key);
            return stored is null
                ? (null, "the article was not stored")
                : (new AddedArticle(stored.Id, stored.Key, summary.Inserted > 0, summary.Duplicates > 0), null);
        }
        finally
        {
            _gate.Release();
        }
    }
}
