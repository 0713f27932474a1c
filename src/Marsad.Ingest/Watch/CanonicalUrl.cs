using System.Text;

namespace Marsad.Ingest.Watch;

/// <summary>
/// One spelling per article: the same story reached through a feed, a sitemap, a share link or an AMP page must be
/// stored once. Drops tracking parameters, AMP variants, fragments, default ports and trailing slashes; lowercases
/// scheme and host; sorts what is left of the query.
/// </summary>
internal static class CanonicalUrl
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "ocid",
        "cmpid", "ref", "ref_src", "ref_url", "amp", "amp_js_v", "usqp", "outputtype", "mkt_tok", "spm", "share", "from",
        "xtor", "at_medium", "at_campaign", "s_cid", "twclid", "wt.mc_id",
    };

    public static string? Of(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var sb = new StringBuilder(url.Length);
        sb.Append(uri.Scheme).Append("://").Append(uri.IdnHost.ToLowerInvariant());
        if (!uri.IsDefaultPort)
        {
            sb.Append(':').Append(uri.Port);
        }

        sb.Append(Path(uri.GetComponents(UriComponents.Path | UriComponents.KeepDelimiter, UriFormat.UriEscaped)));
        var query = Query(uri.GetComponents(UriComponents.Query, UriFormat.UriEscaped));
        if (query.Length > 0)
        {
            sb.Append('?').Append(query);
        }

        return sb.ToString();
    }

    private static string Path(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        // /amp/story, /story/amp, story.amp.html, story.amp
        if (segments.Count > 1 && segments[0].Equals("amp", StringComparison.OrdinalIgnoreCase))
        {
            segments.RemoveAt(0);
        }

        if (segments.Count > 1 && segments[^1].Equals("amp", StringComparison.OrdinalIgnoreCase))
        {
            segments.RemoveAt(segments.Count - 1);
        }

        if (segments.Count > 0)
        {
            var last = segments[^1];
            if (last.EndsWith(".amp.html", StringComparison.OrdinalIgnoreCase))
            {
                segments[^1] = last[..^9] + ".html";
            }
            else if (last.EndsWith(".amp", StringComparison.OrdinalIgnoreCase) && last.Length > 4)
            {
                segments[^1] = last[..^4];
            }
        }

        return "/" + string.Join('/', segments);
    }

    private static string Query(string query)
    {
        if (query.Length == 0)
        {
            return string.Empty;
        }

        var kept = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p =>
            {
                var eq = p.IndexOf('=', StringComparison.Ordinal);
                var name = eq < 0 ? p : p[..eq];
                return !name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !TrackingParameters.Contains(name);
            })
            .OrderBy(p => p, StringComparer.Ordinal);
        return string.Join('&', kept);
    }
}
