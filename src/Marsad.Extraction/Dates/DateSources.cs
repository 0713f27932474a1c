using System.Buffers;
using AngleSharp.Dom;

namespace Marsad.Extraction.Dates;

/// <summary>
/// The elements of a page that can state a date, collected in one iterative walk (CSS selector engines walk the
/// tree once per query; deep pages would also overflow a recursive walk).
/// </summary>
internal sealed class DateSources
{
    private const int MaxPerKind = 2_000;

    public List<IElement> Scripts { get; } = [];

    public List<IElement> JsonLd { get; } = [];

    public List<IElement> Metas { get; } = [];

    public List<IElement> Times { get; } = [];

    /// <summary>itemprop/property datePublished, dateCreated, dc:created.</summary>
    public List<IElement> Itemprops { get; } = [];

    /// <summary>Elements whose class/id/itemprop mentions a date or time.</summary>
    public List<IElement> DateClassed { get; } = [];

    /// <summary>Elements with data-published, data-utime, data-timestamp, data-date.</summary>
    public List<IElement> DataAttributes { get; } = [];

    /// <summary>ISO timestamps (yyyy-mm-ddThh:mm…) found in any attribute: machine-written dates of things on the page.</summary>
    public List<string> AttributeTimestamps { get; } = [];

    public IElement? Article { get; private set; }

    public IElement? Main { get; private set; }

    public IElement? FirstH1 { get; private set; }

    public string? Canonical { get; private set; }

    /// <summary>og:image / twitter:image and amphtml URLs: CMSs file uploads and AMP copies under the publication day.</summary>
    public List<string> RelatedUrls { get; } = [];

    public static DateSources Collect(IElement top, SearchValues<string> dateClassCues)
    {
        var s = new DateSources();
        // Pre-order walk with an explicit stack of (parent, next child index): no recursion (deep pages), and child
        // lists are indexed, not searched (sibling links cost a scan of the parent's children in AngleSharp).
        s.Visit(top, dateClassCues);
        var stack = new Stack<(INodeList Children, int Index)>();
        stack.Push((top.ChildNodes, 0));
        while (stack.Count > 0)
        {
            var (children, index) = stack.Pop();
            if (index >= children.Length)
            {
                continue;
            }

            stack.Push((children, index + 1));
            if (children[index] is IElement el)
            {
                if (s.Visit(el, dateClassCues) && el.HasChildNodes)
                {
                    stack.Push((el.ChildNodes, 0));
                }
            }
        }

        return s;
    }

    /// <summary>Records <paramref name="el"/> where it belongs; false when its children need no visit.</summary>
    private bool Visit(IElement el, SearchValues<string> dateClassCues)
    {
        switch (el.LocalName)
        {
            case "script":
                var type = el.GetAttribute("type");
                Add(type is not null && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase) ? JsonLd : Scripts, el);
                return false;
            case "style" or "svg" or "noscript" or "template":
                return false;
            case "meta":
                Add(Metas, el);
                var key = el.GetAttribute("property") ?? el.GetAttribute("name");
                if (Canonical is null && string.Equals(key, "og:url", StringComparison.OrdinalIgnoreCase))
                {
                    Canonical = el.GetAttribute("content");
                }
                else if ((string.Equals(key, "og:image", StringComparison.OrdinalIgnoreCase) || string.Equals(key, "twitter:image", StringComparison.OrdinalIgnoreCase))
                    && el.GetAttribute("content") is { } image && RelatedUrls.Count < 10)
                {
                    RelatedUrls.Add(image);
                }

                break;
            case "link":
                var rel = el.GetAttribute("rel");
                if (string.Equals(rel, "canonical", StringComparison.OrdinalIgnoreCase) && el.GetAttribute("href") is { } href)
                {
                    Canonical = href;
                }
                else if ((string.Equals(rel, "amphtml", StringComparison.OrdinalIgnoreCase) || string.Equals(rel, "shortlink", StringComparison.OrdinalIgnoreCase))
                    && el.GetAttribute("href") is { } other && RelatedUrls.Count < 10)
                {
                    RelatedUrls.Add(other);
                }

                break;
            case "time":
                Add(Times, el);
                break;
            case "article":
                Article ??= el;
                break;
            case "main":
                Main ??= el;
                break;
            case "h1":
                FirstH1 ??= el;
                break;
        }

        var attributes = el.Attributes;
        var dateClassed = false;
        var dataAttribute = false;
        for (var i = 0; i < attributes.Length; i++)
        {
            var a = attributes[i]!;
            var v = a.Value;
            if (v.Length is >= 16 and <= 40 && v[4] == '-' && v[10] == 'T' && char.IsAsciiDigit(v[0]) && AttributeTimestamps.Count < MaxPerKind)
            {
                AttributeTimestamps.Add(v);
            }

            switch (a.LocalName)
            {
                case "itemprop" or "property":
                    if (a.Value.Equals("datePublished", StringComparison.OrdinalIgnoreCase) || a.Value.Equals("dateCreated", StringComparison.OrdinalIgnoreCase)
                        || a.Value.Equals("dc:created", StringComparison.OrdinalIgnoreCase))
                    {
                        if (el.LocalName != "meta")
                        {
                            Add(Itemprops, el);
                        }
                    }

                    dateClassed |= a.LocalName == "itemprop" && a.Value.Length <= 200 && ContainsAny(a.Value, dateClassCues);
                    break;
                case "class" or "id":
                    dateClassed |= a.Value.Length <= 200 && ContainsAny(a.Value, dateClassCues);
                    break;
                case "data-published" or "data-publish-date" or "data-utime" or "data-timestamp" or "data-date":
                    dataAttribute = true;
                    break;
            }
        }

        if (dateClassed && el.LocalName is not ("body" or "html"))
        {
            Add(DateClassed, el);
        }

        if (dataAttribute)
        {
            Add(DataAttributes, el);
        }

        return true;
    }

    private static void Add(List<IElement> list, IElement el)
    {
        if (list.Count < MaxPerKind)
        {
            list.Add(el);
        }
    }

    private static bool ContainsAny(string s, SearchValues<string> cues) => s.AsSpan().ContainsAny(cues);
}
