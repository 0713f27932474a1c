using System.Globalization;
using System.Text;
using Marsad.Arabic;
using Marsad.Core;
using Marsad.Storage.Stories;

namespace Marsad.Storage;

/// <summary>
/// An analyzed document made ready for the store: everything expensive (index terms, JSON, story signature) is
/// computed here, on the worker threads, so the single writer only runs SQL.
/// </summary>
public sealed record ArticleRecord
{
    /// <summary>The article's identity in the store: its canonical URL when it has one, else a hash of its content.</summary>
    public required string Key { get; init; }

    /// <summary>The input unit it came from (recorded as done in the same transaction).</summary>
    public required string UnitKey { get; init; }

    public required Document Document { get; init; }

    public required string Json { get; init; }

    public required string TitleTerms { get; init; }

    public required string BodyTerms { get; init; }

    /// <summary>Hash of the normalized words of the body; null when the body is empty (empty bodies are not duplicates).</summary>
    public string? ContentHash { get; init; }

    public StorySignature? Signature { get; init; }

    public required string PipelineVersion { get; init; }

    /// <summary>The outlet (e.g. "alriyadh"), else the URL's host.</summary>
    public string? Source { get; init; }

    public string? Published { get; init; }

    /// <summary>yyyy-MM-dd of publication, for date filters and facets.</summary>
    public string? Day { get; init; }

    /// <summary>True to overwrite an existing article with the same key (reanalysis); false to keep the first.</summary>
    public bool Replace { get; init; }

    public static ArticleRecord Create(Document document, string unitKey, string pipelineVersion, string? source = null, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        var bodyWords = StorySignature.Words(document.Text);
        var contentHash = bodyWords.Count == 0 ? null : Document.HashId(Encoding.UTF8.GetBytes(string.Join(' ', bodyWords)));
        var key = ArticleKeys.UrlKey(document.Url) ?? "sha:" + (contentHash ?? Document.HashId(Encoding.UTF8.GetBytes(document.Title ?? document.Id)));
        return new ArticleRecord
        {
            Key = key,
            UnitKey = unitKey,
            Document = document,
            Json = DocumentJson.Serialize(document),
            TitleTerms = SearchTerms.ForIndex(document.Title ?? string.Empty),
            BodyTerms = SearchTerms.ForIndex(document.Text),
            ContentHash = contentHash,
            Signature = StorySignature.Of(bodyWords),
            PipelineVersion = pipelineVersion,
            Source = source ?? ArticleKeys.Host(document.Url),
            Published = document.Published?.ToIso(),
            Day = document.Published?.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Replace = replace,
        };
    }
}

/// <summary>Stable identities for articles and actors.</summary>
public static class ArticleKeys
{
    /// <summary>
    /// The URL with what does not change the page removed: scheme (http and https name one article), fragment,
    /// tracking parameters, a trailing slash; host lower-cased. Null when there is no absolute http(s) URL.
    /// </summary>
    public static string? CanonicalUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var sb = new StringBuilder(url.Length);
        sb.Append(uri.Host.ToLowerInvariant());
        if (!uri.IsDefaultPort)
        {
            sb.Append(':').Append(uri.Port.ToString(CultureInfo.InvariantCulture));
        }

        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        if (path.Length > 1 && path.EndsWith('/'))
        {
            path = path.TrimEnd('/');
        }

        sb.Append(path);
        var query = uri.Query.TrimStart('?');
        if (query.Length > 0)
        {
            var kept = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)
                    && !p.StartsWith("fbclid=", StringComparison.OrdinalIgnoreCase)
                    && !p.StartsWith("gclid=", StringComparison.OrdinalIgnoreCase))
                .ToArray();
            if (kept.Length > 0)
            {
                sb.Append('?').Append(string.Join('&', kept));
            }
        }

        return sb.ToString();
    }

    /// <summary>The key of an article stored from this URL (see <see cref="ArticleRecord.Key"/>); null without an http(s) URL.</summary>
    public static string? UrlKey(string? url) => CanonicalUrl(url) is { } canonical ? "url:" + canonical : null;

    public static string? Host(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? uri.Host.ToLowerInvariant().Replace("www.", string.Empty, StringComparison.Ordinal)
            : null;

    /// <summary>
    /// An actor's identity across documents: for a state, its code, under whichever of its names («السعودية»,
    /// «المملكة العربية السعودية»); for anything else, type + normalized name. A CAMEO code is a category, not a name:
    /// «ISRGOV» is every Israeli official, «PSEREB» both Hamas and Islamic Jihad, «SAU» Jeddah as well as the kingdom,
    /// so people, organizations and cities never merge by code.
    /// </summary>
    public static string Actor(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity.Type == "GPE" && entity.State && entity.Code is { Length: > 0 } code
            ? "code:" + code
            : entity.Type + ":" + string.Join(' ', StorySignature.Words(entity.Name));
    }
}
