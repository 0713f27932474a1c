using System.Text.Json;

namespace Marsad.Ingest.Sources;

/// <summary>
/// Which JSON fields hold an article's parts. The defaults cover common exports (SaudiNewsNet, news-please,
/// newspaper, Common Crawl derivatives); <c>--field text=body</c> puts a name first.
/// </summary>
public sealed class FieldMap
{
    private readonly Dictionary<string, List<string>> _names = new(StringComparer.Ordinal)
    {
        ["id"] = ["id", "_id", "doc_id", "docid", "uuid"],
        ["text"] = ["text", "content", "body", "maintext", "article", "article_text", "contents"],
        ["html"] = ["html", "raw_html", "page", "content_html"],
        ["title"] = ["title", "headline", "heading"],
        ["url"] = ["url", "link", "canonical_url", "source_url", "uri"],
        // Not date_extracted (SaudiNewsNet): it is the crawl time, not a publication date, and Marsad never passes a
        // guess off as a fact. Map it explicitly when a crawl day is good enough: --field published=date_extracted.
        ["published"] = ["published", "date_publish", "datePublished", "published_at", "pubDate", "date", "publish_date"],
        ["source"] = ["source", "source_domain", "site", "outlet", "publisher", "newspaper"],
        ["author"] = ["author", "authors", "byline", "writer"],
    };

    public static IReadOnlyCollection<string> Parts => ["id", "text", "html", "title", "url", "published", "source", "author"];

    /// <summary>Applies "part=field" overrides; returns an error message or null.</summary>
    public string? Override(string assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var eq = assignment.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || eq == assignment.Length - 1)
        {
            return $"'{assignment}' is not PART=FIELD";
        }

        var part = assignment[..eq].Trim();
        if (!_names.TryGetValue(part, out var names))
        {
            return $"unknown part '{part}' (use {string.Join(", ", Parts)})";
        }

        names.Insert(0, assignment[(eq + 1)..].Trim());
        return null;
    }

    public SourceItem ToItem(JsonElement record, string input, string unitKey)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return new SourceItem { UnitKey = unitKey, Input = input, Error = "record is not a JSON object" };
        }

        var text = String(record, "text");
        var html = String(record, "html");
        return new SourceItem
        {
            UnitKey = unitKey,
            Input = input,
            Id = String(record, "id"),
            Text = text,
            Html = html,
            Format = html is not null && text is null ? "html" : "text",
            Title = String(record, "title"),
            Url = String(record, "url"),
            Published = String(record, "published"),
            Source = String(record, "source"),
            Authors = Strings(record, "author"),
            Error = text is null && html is null ? $"record has no text field ({string.Join(", ", _names["text"].Concat(_names["html"]))})" : null,
        };
    }

    private string? String(JsonElement record, string part)
    {
        foreach (var name in _names[part])
        {
            if (record.TryGetProperty(name, out var v))
            {
                switch (v.ValueKind)
                {
                    case JsonValueKind.String:
                        var s = v.GetString();
                        if (!string.IsNullOrWhiteSpace(s) || part is "text" or "html")
                        {
                            return s;
                        }

                        break;
                    case JsonValueKind.Number:
                        return v.GetRawText();
                    case JsonValueKind.Array when v.GetArrayLength() > 0 && v[0].ValueKind == JsonValueKind.String:
                        return v[0].GetString();
                }
            }
        }

        return null;
    }

    private List<string> Strings(JsonElement record, string part)
    {
        foreach (var name in _names[part])
        {
            if (!record.TryGetProperty(name, out var v))
            {
                continue;
            }

            if (v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()))
            {
                return [v.GetString()!.Trim()];
            }

            if (v.ValueKind == JsonValueKind.Array)
            {
                return [.. v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!.Trim()).Where(x => x.Length > 0)];
            }
        }

        return [];
    }
}
