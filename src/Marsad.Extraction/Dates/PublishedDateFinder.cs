using AngleSharp.Dom;
using Marsad.Core;

namespace Marsad.Extraction.Dates;

/// <summary>
/// Finds a page's publication date-time: JSON-LD, meta tags, &lt;time&gt;, URL, and dates written in the visible text.
/// FIRST CUT (foundation): the dates work replaces the internals, keeping the signature.
/// </summary>
public static class PublishedDateFinder
{
    public static NewsDate? Find(IDocument page, string? url, DateTime? referenceTime)
    {
        ArgumentNullException.ThrowIfNull(page);
        foreach (var meta in page.QuerySelectorAll("meta[property='article:published_time'], meta[itemprop='datePublished']"))
        {
            if (NewsDate.TryParseIso(meta.GetAttribute("content"), out var d))
            {
                return d;
            }
        }

        return null;
    }
}
