using System.Text;
using AngleSharp.Dom;

namespace Marsad.Extraction.Html;

/// <summary>The article body found in a page, the byline authors seen next to it, and why it is empty when it is.</summary>
internal sealed record BodyResult(IReadOnlyList<string> Paragraphs, IReadOnlyList<string> BylineAuthors, string? Note, int ArabicLetters, int LatinLetters);

/// <summary>
/// Finds the main text of a page. The page is cut into text blocks (runs of inline content between block-level
/// boundaries). Each block gets a value: positive for prose (length, punctuation, few links), negative for link lists,
/// labels and scraps. Values add up the element tree; the element with the highest total is the article container,
/// so a container wins by holding much prose and little boilerplate, whatever the language: the measures are in
/// characters and punctuation of both scripts (Arabic «،» «؛» «؟»), never in English words. Class/id hints (English and
/// Arabic transliterations) lower regions named share, related, comments…; the blocks of the chosen container are then
/// cleaned of labels («طباعة», «اقرأ أيضا»…), link lists, bylines and repeats.
/// Traversal is iterative (an explicit stack), so 100,000 nested elements cost memory, not the call stack.
/// </summary>
internal static class BodyFinder
{
    /// <summary>Below this much prose in the best container, the page is taken to have no article.</summary>
    private const int MinBodyChars = 60;

    private static readonly HashSet<string> SkippedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button", "input",
        "select", "textarea", "option", "head", "title", "meta", "link", "math", "video", "audio", "picture", "map", "dialog",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "li", "main",
        "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
        "caption", "html", "frameset", "frame", "legend", "output",
    };

    private struct Node
    {
        public int Parent;
        public int End;
        public sbyte Hint;       // +1 article-ish, -1 boilerplate-ish, -2 strongly boilerplate (comments, related, sidebar)
        public bool Hidden;
        public bool IsH1;
        public double Own;       // value of the blocks this node owns directly
        public int Links;        // link characters in the subtree
        public int Chars;        // characters in the subtree
    }

    private readonly record struct Block(int Owner, string Text, int LinkChars, bool Heading1, double Value);

    private readonly struct Frame(INode node, int exitOwner, bool exitAnchor)
    {
        public INode Node { get; } = node;

        /// <summary>-1 for an enter frame; otherwise the owner to restore when leaving an element.</summary>
        public int ExitOwner { get; } = exitOwner;

        public bool ExitAnchor { get; } = exitAnchor;
    }

    public static BodyResult Find(IDocument page, string? title)
    {
        var root = (INode?)page.Body ?? page.DocumentElement;
        if (root is null)
        {
            return new BodyResult([], [], "no article body found: the page has no body", 0, 0);
        }

        var nodes = new List<Node>(256);
        var blocks = new List<Block>(256);
        var text = new StringBuilder(256);
        var linkChars = 0;
        var anchorDepth = 0;
        var owner = -1;
        int arabic = 0, latin = 0;

        var stack = new Stack<Frame>(256);
        stack.Push(new Frame(root, -1, false));
        while (stack.Count > 0)
        {
            var frame = stack.Pop();
            if (frame.ExitOwner >= 0 || frame.ExitAnchor)
            {
                if (frame.ExitAnchor)
                {
                    anchorDepth--;
                }
                else
                {
                    Flush();
                    var leaving = owner;
                    var n = nodes[leaving];
                    n.End = nodes.Count - 1;
                    nodes[leaving] = n;
                    owner = frame.ExitOwner == int.MaxValue ? -1 : frame.ExitOwner;
                }

                continue;
            }

            var node = frame.Node;
            if (node is IText textNode)
            {
                var data = textNode.Data;
                text.Append(data);
                if (anchorDepth > 0)
                {
                    linkChars += CountVisible(data);
                }

                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var tag = element.LocalName;
            if (SkippedTags.Contains(tag))
            {
                continue;
            }

            if (tag is "br" or "hr")
            {
                Flush();
                continue;
            }

            var hint = HintOf(element, tag);
            var hidden = IsHidden(element);
            if (BlockTags.Contains(tag) || hint != 0 || hidden)
            {
                Flush();
                var id = nodes.Count;
                nodes.Add(new Node { Parent = owner, End = id, Hint = hint, Hidden = hidden, IsH1 = tag == "h1" });
                stack.Push(new Frame(element, owner < 0 ? int.MaxValue : owner, false));
                owner = id;
            }

            if (tag == "a")
            {
                anchorDepth++;
                stack.Push(new Frame(element, -1, true));
            }

            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push(new Frame(child, -1, false));
            }
        }

        Flush();
        if (nodes.Count == 0)
        {
            return new BodyResult([], [], "no article body found: the page has no text", arabic, latin);
        }

        return Choose(nodes, blocks, title, arabic, latin);

        void Flush()
        {
            if (text.Length == 0)
            {
                linkChars = 0;
                return;
            }

            var collapsed = Whitespace.Collapse(text.ToString());
            text.Clear();
            if (collapsed.Length > 0 && owner >= 0)
            {
                CountScripts(collapsed, ref arabic, ref latin);
                var links = Math.Min(linkChars, collapsed.Length);
                var value = ValueOf(collapsed, links);
                blocks.Add(new Block(owner, collapsed, links, nodes[owner].IsH1, value));
                var n = nodes[owner];
                n.Own += value;
                n.Chars += collapsed.Length;
                n.Links += links;
                nodes[owner] = n;
            }

            linkChars = 0;
        }
    }

    private static BodyResult Choose(List<Node> nodes, List<Block> blocks, string? title, int arabic, int latin)
    {
        var count = nodes.Count;
        var sum = new double[count];
        var good = new double[count];
        var chars = new int[count];
        var links = new int[count];
        for (var i = 0; i < count; i++)
        {
            sum[i] = nodes[i].Own;
            chars[i] = nodes[i].Chars;
            links[i] = nodes[i].Links;
        }

        foreach (var b in blocks)
        {
            if (b.Value > 0)
            {
                good[b.Owner] += b.Value;
            }
        }

        // Children have larger ids than their parents (pre-order), so one backward pass sums every subtree.
        var score = new double[count];
        var neutral = new bool[count];
        for (var i = count - 1; i >= 0; i--)
        {
            var n = nodes[i];
            var flagged = n.Hint < 0 || n.Hidden;

            // A region named "share-enabled" or hidden by a script that holds most of a page's prose is the article.
            neutral[i] = flagged && n.Hint != -2 && good[i] >= 500 && links[i] < chars[i] / 5;
            var penalized = flagged && !neutral[i];
            score[i] = sum[i] * (penalized ? 0.3 : 1) * (n.Hint > 0 ? 1.15 : 1);
            if (n.Parent >= 0)
            {
                var contribution = penalized && sum[i] > 0 ? -0.3 * sum[i] : sum[i];
                sum[n.Parent] += contribution;
                good[n.Parent] += good[i];
                chars[n.Parent] += chars[i];
                links[n.Parent] += links[i];
            }
        }

        var best = -1;
        var bestScore = 0.0;
        for (var i = 0; i < count; i++)
        {
            // Ties go to the later (deeper) node: a wrapper that adds nothing is not a better container.
            if (score[i] > 0 && score[i] >= bestScore)
            {
                best = i;
                bestScore = score[i];
            }
        }

        if (best < 0 || good[best] < MinBodyChars)
        {
            return new BodyResult([], [], $"no article body found: {chars[0]} characters of text, none of it article prose", arabic, latin);
        }

        return Emit(nodes, blocks, best, good, neutral, title, arabic, latin);
    }

    private static BodyResult Emit(List<Node> nodes, List<Block> blocks, int best, double[] good, bool[] neutral, string? title, int arabic, int latin)
    {
        var end = nodes[best].End;
        var excluded = new bool[end - best + 1];
        for (var i = best + 1; i <= end; i++)
        {
            var n = nodes[i];
            var flagged = (n.Hint < 0 || n.Hidden) && !neutral[i];
            excluded[i - best] = excluded[n.Parent - best] || flagged;
        }

        var paragraphs = new List<string>();
        var authors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var normalizedTitle = title is null ? null : Comparable(title);
        foreach (var b in blocks)
        {
            if (b.Owner < best || b.Owner > end || excluded[b.Owner - best])
            {
                continue;
            }

            var t = b.Text;
            if (b.Heading1 || (normalizedTitle is not null && t.Length < 400 && Comparable(t) == normalizedTitle))
            {
                continue;
            }

            if (b.LinkChars * 2 > t.Length || BoilerplateHints.IsLabel(t))
            {
                continue;
            }

            if (BoilerplateHints.StartsWithLabel(t) && (t.Length < 160 || b.LinkChars * 5 > t.Length))
            {
                continue;
            }

            if (t.Length < 80 && authors.Count == 0 && paragraphs.Count < 4 && Bylines.TryParse(t, out var names))
            {
                authors.AddRange(names);
                continue;
            }

            if (t.Length >= 20 && !seen.Add(t))
            {
                continue;
            }

            paragraphs.Add(t);
        }

        return paragraphs.Count == 0
            ? new BodyResult([], authors, "no article body found: the best candidate held only links and labels", arabic, latin)
            : new BodyResult(paragraphs, authors, null, arabic, latin);
    }

    /// <summary>How much a block looks like article prose: its length, less its links, halved without punctuation.</summary>
    private static double ValueOf(string text, int linkChars)
    {
        var length = text.Length;
        var linkShare = (double)linkChars / length;
        if (linkShare > 0.6 || BoilerplateHints.IsLabel(text))
        {
            return -length;
        }

        if (length < 25)
        {
            return -0.25 * length;
        }

        var punctuation = 0;
        foreach (var c in text)
        {
            if (c is '.' or ',' or '،' or '؛' or ';' or '?' or '؟' or '!' or ':' or '。' or '、')
            {
                punctuation++;
            }
        }

        var prose = length * (1 - linkShare);
        return punctuation > 0 ? prose : prose * 0.5;
    }

    private static sbyte HintOf(IElement element, string tag)
    {
        switch (tag)
        {
            case "nav" or "aside" or "footer" or "menu":
                return -2;
            case "header" or "form" when element.ClassName is null:
                return tag == "header" ? (sbyte)-1 : (sbyte)0;
            case "article" or "main":
                return 1;
        }

        var itemprop = element.GetAttribute("itemprop");
        if (itemprop is "articleBody" or "text" or "reviewBody")
        {
            return 1;
        }

        var role = element.GetAttribute("role");
        if (role is "navigation" or "complementary" or "contentinfo" or "banner" or "search" or "menu" or "menubar" or "dialog" or "alert")
        {
            return -2;
        }

        if (role is "main" or "article")
        {
            return 1;
        }

        var className = element.ClassName;
        var id = element.Id;
        if (className is null && id is null)
        {
            return tag == "header" ? (sbyte)-1 : (sbyte)0;
        }

        var hint = BoilerplateHints.Classify(className, id);
        return hint < 0 && BoilerplateHints.IsStrongNegative(className, id) ? (sbyte)-2 : (sbyte)hint;
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is null || style.Length > 500)
        {
            return false;
        }

        var s = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return s.Contains("display:none", StringComparison.OrdinalIgnoreCase) || s.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private static int CountVisible(string s)
    {
        var n = 0;
        foreach (var c in s)
        {
            if (!char.IsWhiteSpace(c))
            {
                n++;
            }
        }

        return n;
    }

    private static void CountScripts(string s, ref int arabic, ref int latin)
    {
        foreach (var c in s)
        {
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            {
                if (char.IsLetter(c))
                {
                    arabic++;
                }
            }
            else if (char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F')
            {
                latin++;
            }
        }
    }

    /// <summary>Lower-cased letters and digits only, to compare a block with the headline.</summary>
    internal static string Comparable(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
