using System.Text;
using AngleSharp.Dom;
using Marsad.Arabic.Dates;

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
        public bool IsHeading;
        public double Own;       // value of the blocks this node owns directly
        public int Links;        // link characters in the subtree
        public int Chars;        // characters in the subtree
        public int Blocks;       // blocks owned directly
        public int LinkBlocks;   // blocks owned directly that are all link (a headline or menu entry)
    }

    private readonly record struct Block(int Owner, string Text, int LinkChars, bool Heading1, bool Heading, double Value);

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
        var lineBreak = false;   // a <br> seen with nothing but whitespace after it
        var owner = -1;
        int arabic = 0, latin = 0;

        var stack = new Stack<Frame>(256);
        var hints = NameHints;
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
                if (lineBreak && !string.IsNullOrWhiteSpace(data))
                {
                    lineBreak = false;
                }
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

            // One <br> breaks a line inside a paragraph (a wrapped sentence, an address); two in a row, or <hr>, end
            // the paragraph, as Readability and trafilatura read them. Judging the lines one by one would make each
            // fragment of a wrapped paragraph look like a scrap.
            if (tag == "hr" || (tag == "br" && lineBreak))
            {
                Flush();
                continue;
            }

            if (tag == "br")
            {
                text.Append(' ');
                lineBreak = true;
                continue;
            }

            sbyte hint;
            bool hidden;
            if (element.Attributes.Length == 0)
            {
                hint = TagHint(tag);
                hidden = false;
            }
            else
            {
                hint = HintOf(element, tag, hints);
                hidden = IsHidden(element);
            }
            if (BlockTags.Contains(tag) || hint != 0 || hidden)
            {
                Flush();
                var id = nodes.Count;
                nodes.Add(new Node { Parent = owner, End = id, Hint = hint, Hidden = hidden, IsH1 = tag == "h1", IsHeading = tag is "h2" or "h3" or "h4" or "h5" or "h6" });
                stack.Push(new Frame(element, owner < 0 ? int.MaxValue : owner, false));
                owner = id;
            }

            if (tag == "a")
            {
                anchorDepth++;
                stack.Push(new Frame(element, -1, true));
            }

            // Indexing the child list: AngleSharp's PreviousSibling searches the parent's children, quadratic on wide nodes.
            var children = element.ChildNodes;
            for (var k = children.Length - 1; k >= 0; k--)
            {
                stack.Push(new Frame(children[k], -1, false));
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
            lineBreak = false;
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
                blocks.Add(new Block(owner, collapsed, links, nodes[owner].IsH1, nodes[owner].IsHeading, value));
                var n = nodes[owner];
                n.Own += value;
                n.Chars += collapsed.Length;
                n.Links += links;
                n.Blocks++;
                if (collapsed.Length >= 15 && links * 10 >= collapsed.Length * 9)
                {
                    n.LinkBlocks++;
                }
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
        var blockCount = new int[count];
        var linkBlocks = new int[count];
        var card = new bool[count];
        for (var i = 0; i < count; i++)
        {
            sum[i] = nodes[i].Own;
            chars[i] = nodes[i].Chars;
            links[i] = nodes[i].Links;
            blockCount[i] = nodes[i].Blocks;
            linkBlocks[i] = nodes[i].LinkBlocks;
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
        var penalizedAt = new bool[count];
        for (var i = count - 1; i >= 0; i--)
        {
            var n = nodes[i];
            var flagged = n.Hint < 0 || n.Hidden;

            // A region named "share-enabled" or hidden by a script that holds most of a page's prose is the article.
            neutral[i] = flagged && n.Hint != -2 && good[i] >= 500 && links[i] < chars[i] / 5;

            // A teaser card: a small region led by a link-only headline with a line or two of summary. Lists of them
            // (related stories, "most read") must not make their common ancestor with the article look like prose.
            card[i] = chars[i] < 700 && linkBlocks[i] >= 1 && blockCount[i] <= 5 && links[i] * 100 >= chars[i] * 15 && n.Hint <= 0;
            var penalized = (flagged && !neutral[i]) || card[i];
            penalizedAt[i] = penalized;
            score[i] = sum[i] * (n.Hint > 0 ? 1.15 : 1);
            if (n.Parent >= 0)
            {
                var contribution = penalized && sum[i] > 0 ? -0.3 * sum[i] : sum[i];
                sum[n.Parent] += contribution;
                good[n.Parent] += good[i];
                chars[n.Parent] += chars[i];
                links[n.Parent] += links[i];
                blockCount[n.Parent] += blockCount[i];
                linkBlocks[n.Parent] += linkBlocks[i];
            }
        }

        // A candidate inside a flagged region (the body of a comment-rules modal, a related-stories box) is as suspect as
        // the region itself: parents come before children, so one forward pass carries the flag down.
        // Comments, related stories, sidebars, navigation and footers (strong names) are never the article: 0.1;
        // weaker names (share, tags, modal, hidden) and teaser cards: 0.3.
        var suspicion = new double[count];
        for (var i = 0; i < count; i++)
        {
            var parent = nodes[i].Parent;
            var own = !penalizedAt[i] ? 1.0 : nodes[i].Hint == -2 ? 0.1 : 0.3;
            suspicion[i] = Math.Min(own, parent >= 0 ? suspicion[parent] : 1.0);
            score[i] *= suspicion[i];
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

        var inBody = Select(nodes, best, good, chars, links, blockCount, card, neutral, out var excluded);
        return Emit(blocks, inBody, excluded, title, arabic, latin);
    }

    /// <summary>
    /// The container and, as Readability does, those of its siblings that hold prose too (a lead paragraph set apart
    /// from the body, a story split around an advertisement); inside them, the regions flagged as boilerplate.
    /// </summary>
    private static bool[] Select(List<Node> nodes, int best, double[] good, int[] chars, int[] links, int[] blockCount, bool[] card, bool[] neutral, out bool[] excluded)
    {
        var count = nodes.Count;
        var chosen = new bool[count];
        chosen[best] = true;
        var parent = nodes[best].Parent;
        if (parent >= 0)
        {
            for (var j = parent + 1; j <= nodes[parent].End; j = nodes[j].End + 1)
            {
                var n = nodes[j];
                if (j == best || n.Hint < 0 || n.Hidden || card[j] || links[j] * 4 >= chars[j])
                {
                    continue;
                }

                var substantial = good[j] >= 0.2 * good[best];
                var paragraph = good[j] >= SiblingParagraph && blockCount[j] <= 2;
                chosen[j] = substantial || paragraph;
            }
        }

        var inBody = new bool[count];
        excluded = new bool[count];
        for (var i = 0; i < count; i++)
        {
            var n = nodes[i];
            var parentInBody = n.Parent >= 0 && inBody[n.Parent];
            inBody[i] = chosen[i] || parentInBody;
            var flagged = ((n.Hint < 0 || n.Hidden) && !neutral[i]) || card[i];
            excluded[i] = parentInBody && (excluded[n.Parent] || flagged);
        }

        return inBody;
    }

    /// <summary>A sibling of the container with one or two blocks and this much prose is a paragraph of the story.</summary>
    private const int SiblingParagraph = 80;

    private static BodyResult Emit(List<Block> blocks, bool[] inBody, bool[] excluded, string? title, int arabic, int latin)
    {
        // First pass: each block of the container is prose, boilerplate, or undecided (medium or short).
        var kept = new List<(string Text, Kind Kind, bool Heading)>();
        var textBlocks = 0;
        var authors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var normalizedTitle = title is null ? null : Comparable(title);
        foreach (var b in blocks)
        {
            if (!inBody[b.Owner])
            {
                continue;
            }

            var t = b.Text;
            if (excluded[b.Owner])
            {
                kept.Add((t, Kind.Bad, false));
                continue;
            }

            if (b.Heading1 || (normalizedTitle is not null && t.Length < 400 && Comparable(t) == normalizedTitle))
            {
                kept.Add((t, Kind.Bad, false));
                continue;
            }

            // Bare URLs (microdata printed as text), a reporter's bare e-mail address, copyright or photo-credit lines
            // and site notices (disclaimers, comment rules) are never story text.
            if (t[0] == '©' || IsBareAddress(t) || BoilerplateHints.IsNotice(t))
            {
                kept.Add((t, Kind.Bad, false));
                continue;
            }

            if (b.LinkChars * 2 > t.Length || BoilerplateHints.IsLabel(t)
                || (BoilerplateHints.StartsWithLabel(t) && (t.Length < 160 || b.LinkChars * 5 > t.Length)))
            {
                kept.Add((t, Kind.Bad, false));
                continue;
            }

            if (t.Length < 100 && authors.Count == 0 && textBlocks < 4 && Bylines.TryParse(t, out var names))
            {
                authors.AddRange(names);
                kept.Add((t, Kind.Bad, false));
                continue;
            }

            if (t.Length < 160 && authors.Count == 0 && textBlocks < 4 && BylineAmongParts(t) is { Count: > 0 } partNames)
            {
                // «نشر في 12 جوان 2024 على الساعة 14:30 | بقلم: منية العرفاوي»: a meta line of date and byline parts.
                authors.AddRange(partNames);
                kept.Add((t, Kind.Bad, false));
                continue;
            }

            if (t.Length < 120 && textBlocks < 4 && DateMeta(t) is { } metaNames)
            {
                // «حميد يس نشر في 16 جوان 2026 - 11:45»: the date, with at most a bare name beside it.
                if (authors.Count == 0)
                {
                    authors.AddRange(metaNames);
                }

                kept.Add((t, Kind.Bad, false));
                continue;
            }

            if (t.Length >= 20 && !seen.Add(t))
            {
                continue;
            }

            var prose = t.Length - b.LinkChars;
            // A medium block must read as a sentence (five words or more): date lines and counters are short ones.
            var kind = prose >= LongBlock ? Kind.Good : prose >= MediumBlock && Words(t) >= 5 ? Kind.Medium : Kind.Short;
            kept.Add((t, kind, b.Heading));
            textBlocks++;
        }

        for (var i = 0; i < kept.Count; i++)
        {
            if (kept[i].Kind == Kind.Bad && kept[i].Text.Length < MediumBlock)
            {
                kept[i] = (kept[i].Text, Kind.Junk, false);
            }
        }

        var resolved = Resolve(kept);
        var paragraphs = new List<string>();
        for (var i = 0; i < kept.Count; i++)
        {
            if (resolved[i] == Kind.Good)
            {
                paragraphs.Add(kept[i].Text);
            }
        }

        return paragraphs.Count == 0
            ? new BodyResult([], authors, "no article body found: the best candidate held only links and labels", arabic, latin)
            : new BodyResult(paragraphs, authors, null, arabic, latin);
    }

    private static readonly HashSet<string> DateMetaWords = new(StringComparer.Ordinal)
    {
        "نشر", "نشر في", "في", "بتاريخ", "تاريخ", "النشر", "آخر", "اخر", "تحديث", "التحديث", "الساعة", "على", "published", "updated", "posted", "on", "at",
        "last", "-", "|", "/", "•", "·", ":", "،",
    };

    /// <summary>
    /// A block that is a date line, alone or beside a bare name: the authors it names (possibly none); null when the
    /// block is anything else.
    /// </summary>
    private static IReadOnlyList<string>? DateMeta(string t)
    {
        var found = ArabicDates.FindAll(t, DateScanOptions.Default);
        if (found.Count == 0)
        {
            return null;
        }

        var chars = t.ToCharArray();
        foreach (var m in found)
        {
            Array.Fill(chars, ' ', m.Start, m.Length);
        }

        var rest = new string(chars).Split([' ', ':', '|', '-', '/', '•', '·', '،'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !DateMetaWords.Contains(w.TrimEnd(':'))).ToList();
        if (rest.Count == 0)
        {
            return [];
        }

        // A name the given-name list does not know is still no sentence: up to three words of letters beside a date.
        var name = string.Join(' ', rest);
        if (!Bylines.IsBareName(name) && rest.Count is >= 3 and <= 5 && Bylines.IsBareName(string.Join(' ', rest.Skip(1))))
        {
            // «هسبريس - عبد السلام الشامخ الأربعاء 19 نونبر 2025»: the outlet, then the writer.
            return [string.Join(' ', rest.Skip(1))];
        }

        return Bylines.IsBareName(name) ? [name]
            : rest.Count <= 3 && rest.All(w => w.All(char.IsLetter)) && !name.Contains('.', StringComparison.Ordinal) ? [] : null;
    }

    /// <summary>A URL or e-mail address standing alone (one word).</summary>
    private static bool IsBareAddress(string t)
    {
        if (t.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        return t.StartsWith("http", StringComparison.OrdinalIgnoreCase) || (t.IndexOf('@', StringComparison.Ordinal) > 0 && t.Contains('.', StringComparison.Ordinal));
    }

    /// <summary>
    /// The authors of a meta line whose parts are separated by «|», «•» or «·» and one part is a byline; null when no
    /// part is (a sentence with a vertical bar in it stays text).
    /// </summary>
    private static IReadOnlyList<string>? BylineAmongParts(string t)
    {
        if (t.IndexOfAny(['|', '•', '·']) < 0)
        {
            return null;
        }

        foreach (var part in t.Split(['|', '•', '·'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Bylines.TryParse(part, out var names) && names.Count > 0)
            {
                return names;
            }
        }

        return null;
    }

    /// <summary>Junk: a short label, credit or byline, dropped but, like a short block, no boundary to its neighbours.</summary>
    private enum Kind : byte { Bad, Junk, Short, Medium, Good }

    /// <summary>Blocks of this much prose (characters outside links) are article text wherever they stand.</summary>
    private const int LongBlock = 100;

    /// <summary>Medium blocks count as text unless boilerplate surrounds them (teasers between links and dates).</summary>
    private const int MediumBlock = 30;


    /// <summary>
    /// Decides medium and short blocks by their neighbours, as jusText does: a medium block is text unless the nearest
    /// decided blocks on both sides are boilerplate; a short block is text only between text; a heading is text when
    /// text follows it. Everything is measured in characters, so Arabic and English pages are judged alike.
    /// </summary>
    private static Kind[] Resolve(List<(string Text, Kind Kind, bool Heading)> blocks)
    {
        var n = blocks.Count;
        var result = new Kind[n];
        var anyGood = false;
        for (var i = 0; i < n; i++)
        {
            result[i] = blocks[i].Kind;
            anyGood |= result[i] == Kind.Good;
        }

        // A short article (a single medium paragraph) has no long block to lean on: its medium blocks are its text.
        if (!anyGood)
        {
            for (var i = 0; i < n; i++)
            {
                if (result[i] == Kind.Medium)
                {
                    result[i] = Kind.Good;
                }
            }
        }

        // Medium blocks: boilerplate only when the nearest long-or-boilerplate blocks on both sides are boilerplate.
        var (before, after) = Nearest(result, skipMedium: true);
        var decided = (Kind[])result.Clone();
        for (var i = 0; i < n; i++)
        {
            if (result[i] == Kind.Medium)
            {
                decided[i] = before[i] == Kind.Bad && after[i] == Kind.Bad ? Kind.Bad : Kind.Good;
            }
        }

        // Before the first long block stand the kicker, dateline, byline and captions: short ones there are not text.
        for (var i = 0; i < n && result[i] != Kind.Good; i++)
        {
            if (result[i] == Kind.Short && !blocks[i].Heading)
            {
                decided[i] = Kind.Bad;
            }
        }

        // Short blocks and headings, against the medium-resolved neighbours (one snapshot: linear time).
        var snapshot = (Kind[])decided.Clone();
        (before, after) = Nearest(snapshot, skipMedium: false);
        for (var i = 0; i < n; i++)
        {
            if (snapshot[i] != Kind.Short)
            {
                continue;
            }

            if (blocks[i].Heading)
            {
                decided[i] = after[i] == Kind.Good ? Kind.Good : Kind.Bad;
            }
            else
            {
                var both = before[i] == Kind.Good && after[i] == Kind.Good;
                var touching = (before[i] == Kind.Good || after[i] == Kind.Good) && Touches(snapshot, i);
                decided[i] = both || touching ? Kind.Good : Kind.Bad;
            }
        }

        return decided;
    }

    /// <summary>For each block, the nearest decided block before and after it (short ones, and medium ones when asked,
    /// skipped); the page edges count as boilerplate.</summary>
    private static (Kind[] Before, Kind[] After) Nearest(Kind[] kinds, bool skipMedium)
    {
        var n = kinds.Length;
        var before = new Kind[n];
        var after = new Kind[n];
        var last = Kind.Bad;
        for (var i = 0; i < n; i++)
        {
            before[i] = last;
            if (kinds[i] is not (Kind.Short or Kind.Junk) && !(skipMedium && kinds[i] == Kind.Medium))
            {
                last = kinds[i];
            }
        }

        last = Kind.Bad;
        for (var i = n - 1; i >= 0; i--)
        {
            after[i] = last;
            if (kinds[i] is not (Kind.Short or Kind.Junk) && !(skipMedium && kinds[i] == Kind.Medium))
            {
                last = kinds[i];
            }
        }

        return (before, after);
    }

    /// <summary>
    /// Words of two letters or more (digits, dates and punctuation do not count); a long unspaced run (Chinese, Thai)
    /// counts a word per six letters.
    /// </summary>
    private static int Words(string text)
    {
        int words = 0, letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                continue;
            }

            words += RunWords(letters);
            letters = 0;
        }

        return words + RunWords(letters);

        static int RunWords(int run) => run < 2 ? 0 : run < 12 ? 1 : run / 6;
    }

    private static bool Touches(Kind[] kinds, int i) => (i > 0 && kinds[i - 1] == Kind.Good) || (i + 1 < kinds.Length && kinds[i + 1] == Kind.Good);

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

    private static sbyte TagHint(string tag) => tag switch
    {
        "nav" or "aside" or "footer" or "menu" => -2,
        "header" or "figcaption" => -1,
        "article" or "main" => 1,
        _ => 0,
    };

    private static sbyte HintOf(IElement element, string tag, Dictionary<string, byte> cache)
    {
        switch (tag)
        {
            case "nav" or "aside" or "footer" or "menu":
                return -2;
            case "header" or "form" when element.ClassName is null:
                return tag == "header" ? (sbyte)-1 : (sbyte)0;
            case "article" or "main":
                return 1;
            case "figcaption":
                // Captions describe a picture, not the story; article bodies (schema.org articleBody) leave them out.
                return -1;
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

        // Negative from either name wins; "strong" from either makes a negative one -2.
        var names = NamesOf(className, cache) | NamesOf(id, cache);
        return (names & NameNegative) != 0 ? ((names & NameStrong) != 0 ? (sbyte)-2 : (sbyte)-1) : (names & NamePositive) != 0 ? (sbyte)1 : (sbyte)0;
    }

    private const byte NameNegative = 1, NamePositive = 2, NameStrong = 4;

    /// <summary>
    /// What one class list or id says, classified once: pages repeat the same class lists hundreds of times, and the
    /// pages of one site share them, so the cache lives with the thread (cleared when it grows past a few thousand names).
    /// </summary>
    private static byte NamesOf(string? names, Dictionary<string, byte> cache)
    {
        if (names is null)
        {
            return 0;
        }

        if (cache.TryGetValue(names, out var cached))
        {
            return cached;
        }

        var hint = BoilerplateHints.Classify(names, null);
        var flags = hint < 0 ? NameNegative : hint > 0 ? NamePositive : (byte)0;
        if (BoilerplateHints.IsStrongNegative(names, null))
        {
            flags |= NameStrong;
        }

        if (cache.Count >= 8192)
        {
            cache.Clear();
        }

        cache[names] = flags;
        return flags;
    }

    [ThreadStatic]
    private static Dictionary<string, byte>? nameHints;

    private static Dictionary<string, byte> NameHints => nameHints ??= new Dictionary<string, byte>(StringComparer.Ordinal);

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
