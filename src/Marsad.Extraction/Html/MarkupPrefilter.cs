using System.Text;

namespace Marsad.Extraction.Html;

/// <summary>
/// One linear pass over the markup before the HTML parser sees it, for speed and for safety:
/// <list type="bullet">
/// <item>JavaScript, CSS, inline SVG, &lt;noscript&gt;, &lt;template&gt;, comments and widgets (buttons, selects, media,
/// frames) are cut out: on news pages they are
/// over half the characters and none of the article, and the parser would otherwise tokenize them all
/// (JSON scripts such as JSON-LD stay: metadata and dates are read from them);</item>
/// <item>element nesting is capped: AngleSharp's tree builder checks its stack of open elements on every tag, so
/// 100,000 nested &lt;div&gt;s cost minutes; real pages nest a few dozen deep. Start tags beyond
/// <see cref="MaxDepth"/> (and the end tags that would close them) are dropped; their text stays.</item>
/// </list>
/// </summary>
internal static class MarkupPrefilter
{
    public const int MaxDepth = 400;

    // End tags that may be left out (the parser closes these itself) and void elements: neither deepens the tree.
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "rtc", "tbody", "thead", "tfoot",
        "colgroup", "caption", "html", "head", "body", "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FlatLookup = Flat.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextLookup = RawText.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "svg", "noscript", "template", "math", "select", "button", "iframe", "object", "video",
        "audio", "picture", "canvas", "map", "datalist",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DroppedLookup = Dropped.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The page without scripts, styles and comments, and with nesting capped; <paramref name="flattened"/>
    /// tells whether tags had to be dropped for depth.</summary>
    public static string Apply(string html, out bool flattened)
    {
        flattened = false;
        StringBuilder? output = null;
        var copiedUpTo = 0;
        var depth = 0;
        var dropped = 0;
        var i = 0;
        var n = html.Length;
        while (i < n)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= n)
            {
                break;
            }

            var c = html[lt + 1];
            if (c == '!')
            {
                var comment = html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal);
                var close = comment ? html.IndexOf("-->", lt + 4, StringComparison.Ordinal) : html.IndexOf('>', lt + 2);
                var after = close < 0 ? n : close + (comment ? 3 : 1);
                if (comment)
                {
                    Cut(lt, after);
                }

                i = after;
                continue;
            }

            var isEnd = c == '/';
            var nameStart = isEnd ? lt + 2 : lt + 1;
            if (nameStart >= n || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < n && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            var tagEnd = EndOfTag(html, nameEnd);
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var next = tagEnd < 0 ? n : tagEnd + 1;
            if (!isEnd && DroppedLookup.Contains(name) && !(name.Equals("script", StringComparison.OrdinalIgnoreCase) && IsJsonScript(html, nameEnd, tagEnd)))
            {
                var close = html.IndexOf(string.Concat("</", name), next, StringComparison.OrdinalIgnoreCase);
                var closeEnd = close < 0 ? -1 : html.IndexOf('>', close);
                var after = closeEnd < 0 ? n : closeEnd + 1;
                Cut(lt, after);
                i = after;
                continue;
            }

            if (!isEnd && (RawTextLookup.Contains(name) || name.Equals("script", StringComparison.OrdinalIgnoreCase)))
            {
                // Markup inside <script>/<style> is text: jump to the closing tag.
                var close = html.IndexOf(string.Concat("</", name), next, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? n : close;
                continue;
            }

            if (FlatLookup.Contains(name) || (!isEnd && tagEnd > 0 && html[tagEnd - 1] == '/'))
            {
                i = next;
                continue;
            }

            var drop = false;
            if (isEnd)
            {
                if (dropped > 0)
                {
                    dropped--;
                    drop = true;
                }
                else if (depth > 0)
                {
                    depth--;
                }
            }
            else if (depth >= MaxDepth)
            {
                dropped++;
                drop = true;
            }
            else
            {
                depth++;
            }

            if (drop)
            {
                flattened = true;
                Cut(lt, next);
            }

            i = next;
        }

        if (output is null)
        {
            return html;
        }

        output.Append(html, copiedUpTo, n - copiedUpTo);
        return output.ToString();

        void Cut(int from, int to)
        {
            output ??= new StringBuilder(html.Length);
            output.Append(html, copiedUpTo, from - copiedUpTo);
            copiedUpTo = to;
        }
    }

    private static bool IsJsonScript(string html, int from, int tagEnd)
    {
        if (tagEnd < 0)
        {
            return false;
        }

        var attributes = html.AsSpan(from, tagEnd - from);
        return attributes.Contains("json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Index of the '&gt;' closing a tag whose name ends at <paramref name="from"/>, skipping quoted attribute values.</summary>
    private static int EndOfTag(string html, int from)
    {
        // As the HTML tokenizer does: a quote opens a value only right after '=' (a stray quote is just a character).
        var quote = '\0';
        var previous = ' ';
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                    previous = c;
                }

                continue;
            }

            if (c is '"' or '\'' && previous == '=')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }

            if (!char.IsWhiteSpace(c))
            {
                previous = c;
            }
        }

        return -1;
    }
}
