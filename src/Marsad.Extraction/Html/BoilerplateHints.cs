using System.Collections.Frozen;

namespace Marsad.Extraction.Html;

/// <summary>What class/id names and short labels say about a page region, in English and in the
/// Latin transliterations Arabic sites use for their CSS names (maqal, matn, tafasil, akhbar-mutaalliqa…).</summary>
internal static class BoilerplateHints
{
    // Whole class/id tokens (split on non-alphanumerics) that mark a region as not article text.
    // Short ones must match a whole token: "ad" inside "head" or "shadow" says nothing.
    private static readonly FrozenSet<string> NegativeTokens = FrozenSet.ToFrozenSet(
    [
        "ad", "ads", "adv", "advert", "advertisement", "advertising", "adsense", "dfp", "gpt", "banner", "sponsor", "sponsored",
        "promo", "promoted", "nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "footer", "foot",
        "sidebar", "aside", "widget", "widgets", "share", "shares", "sharing", "social", "socials", "sns", "print",
        "email", "mail", "tweet", "whatsapp", "facebook", "twitter", "telegram", "comment", "comments", "disqus",
        "related", "relatedposts", "recommended", "recommendations", "recommend", "outbrain", "taboola", "trending", "popular",
        "mostread", "mostpopular", "mostviewed", "most", "more", "readmore", "tags", "tag", "taglist", "keywords",
        "newsletter", "subscribe", "subscription", "signup", "login", "register", "cookie", "cookies", "consent", "gdpr",
        "popup", "modal", "overlay", "masthead", "toolbar", "pagination", "pager", "skip", "dropdown",
        "rating", "votes", "poll", "follow", "author-bio", "bio", "copyright", "disclaimer", "jump", "teaser", "teasers",
        "carousel", "slider", "ticker", "breaking", "livefeed", "byline", "dateline", "timestamp", "caption-credit",
        "credits", "credit", "caption", "wp-caption-text", "photo-credit", "shoutbox", "sitemap", "topbar", "header", "logo", "search", "weather", "prayer",
        "mawadee", "mawadi", "mowadi", "mutaalliqa", "motaleka", "mutalaqa", "aktar", "akthar", "aqra", "iqra", "tabiuna",
        "tabi3una", "kalimat", "wasm", "taaliqat", "ta3liqat", "mushtarak",
    ]);

    // Long enough to be matched inside a token (e.g. "articleComments", "post-related-list").
    private static readonly string[] NegativeFragments =
    [
        "comment", "sidebar", "newsletter", "breadcrumb", "taboola", "outbrain", "related", "social", "sharing", "advert",
        "sponsor", "subscribe", "cookie", "footer", "popup", "recommend", "mostread", "most-read", "trending", "navbar",
        "widget", "share-", "-share", "sharebar", "sharetools", "print-", "readmore", "read-more", "tagcloud", "tags-",
        "recirc",
    ];

    // Tokens that mark the article body itself (English, and Arabic transliterations: matn = text, nass = text,
    // maqal/maqala = article, khabar = news item, tafasil/tafaseel = details, mawdoo = topic body).
    private static readonly FrozenSet<string> PositiveTokens = FrozenSet.ToFrozenSet(
    [
        "article", "articlebody", "article-body", "body", "content", "entry", "main", "post", "story", "storybody", "text",
        "blog", "news", "newsbody", "detail", "details", "page-content", "maincontent", "postbody", "entrycontent", "prose",
        "matn", "nass", "nas", "maqal", "maqala", "makal", "makala", "khabar", "tafasil", "tafaseel", "tafaselkhabar",
        "mawdoo", "mawdoa", "akhbar", "itemfulltext", "fulltext", "field-body", "richtext", "rte",
    ]);

    /// <summary>Labels of buttons and section headers that are never article text on their own.</summary>
    private static readonly FrozenSet<string> Labels = FrozenSet.ToFrozenSet(
    [
        "share", "share this", "share this article", "share on facebook", "share on twitter", "tweet", "print", "email",
        "e-mail", "comments", "comment", "leave a comment", "add comment", "advertisement", "advertising", "sponsored",
        "related", "related articles", "related stories", "related posts", "related news", "read more", "read also",
        "see also", "more", "more stories", "most read", "most popular", "trending", "tags", "topics", "follow us",
        "subscribe", "sign up", "log in", "login", "next", "previous", "back to top", "top", "close", "menu", "skip to content",
        "skip to main content", "copy link", "link copied", "listen", "listen to this article", "save", "whatsapp",
        "facebook", "twitter", "telegram", "linkedin", "reddit", "pinterest", "cookie settings", "accept",
        "طباعة", "اطبع", "شارك", "شاركها", "شارك الخبر", "مشاركة", "شارك المقال", "تويتر", "فيسبوك", "واتساب", "تلغرام",
        "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ ايضا", "اقرا ايضا", "اقرأ المزيد", "إقرأ المزيد",
        "شاهد أيضا", "شاهد أيضاً", "طالع أيضا", "طالع أيضاً", "المزيد", "تابعونا", "تابعنا", "تابعونا على", "تابعنا على",
        "مواضيع ذات صلة", "مواضيع متعلقة", "أخبار ذات صلة", "اخبار ذات صلة", "أخبار متعلقة", "مقالات ذات صلة",
        "مقالات متعلقة", "ذات صلة", "الأكثر قراءة", "الاكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "الأكثر تداولاً",
        "الأكثر تعليقا", "كلمات مفتاحية", "الكلمات المفتاحية", "كلمات دلالية", "الكلمات الدلالية", "وسوم", "الوسوم",
        "تعليقات", "التعليقات", "أضف تعليق", "اضف تعليق", "أضف تعليقك", "حجم الخط", "تكبير الخط", "تصغير الخط", "إعلان",
        "اعلان", "نسخ الرابط", "تم نسخ الرابط", "الرابط المختصر", "أرسل", "ارسل لصديق", "أرسل لصديق", "حفظ", "عاجل",
        "آخر الأخبار", "اخر الاخبار", "الرئيسية", "القائمة", "بحث", "اشترك", "اشترك الآن", "النشرة البريدية",
    ]);

    /// <summary>Line openings of "read also"/"tags" blocks: the rest of such a line is a link or a list of keywords.</summary>
    private static readonly string[] LabelPrefixes =
    [
        "read also", "read more", "see also", "related:", "more:", "tags:", "topics:", "advertisement", "also read",
        "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ ايضا", "اقرأ المزيد", "إقرأ المزيد", "شاهد أيضا",
        "شاهد أيضاً", "طالع أيضا", "طالع أيضاً", "اقرأ كذلك", "طالع:", "اقرأ:", "إقرأ:", "الكلمات المفتاحية", "كلمات مفتاحية",
        "كلمات دلالية", "الوسوم", "وسوم:", "تابعونا على", "تابعنا على", "للمزيد من الأخبار", "حمل تطبيق", "حمّل تطبيق",
    ];

    /// <summary>
    /// Phrases of site notices: copyright lines, "views are the author's own" disclaimers and comment rules
    /// («الآراء الواردة لا تعبر عن رأي الموقع», «جميع الحقوق محفوظة», «إرشادات الاستخدام»). News sites print them under
    /// every story, often in a plain paragraph inside the article container, so no class name gives them away.
    /// </summary>
    private static readonly string[] NoticePhrases =
    [
        "all rights reserved", "the views expressed", "views expressed in", "community guidelines", "terms of use",
        "جميع الحقوق محفوظة", "كافة الحقوق محفوظة", "الحقوق محفوظة", "لا تعبر عن رأي", "لا تعبّر عن رأي", "لا يعبر عن رأي",
        "لا تعكس رأي", "لا يعكس رأي", "تعبر عن رأي كاتبها", "تعبر عن رأي أصحابها", "تعبر عن وجهة نظر كاتبها",
        "إرشادات الاستخدام", "شروط الاستخدام", "سياسة التعليقات", "شروط التعليق",
    ];

    /// <summary>Longest block taken for a notice: a paragraph of story text may quote such a phrase.</summary>
    private const int MaxNoticeChars = 320;

    /// <summary>True when a short block is a site notice (copyright, disclaimer, comment rules), not story text.</summary>
    public static bool IsNotice(string text)
    {
        if (text.Length > MaxNoticeChars)
        {
            return false;
        }

        foreach (var phrase in NoticePhrases)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>-1 when class/id says boilerplate, +1 when it says article body, 0 otherwise.</summary>
    public static int Classify(string? className, string? id)
    {
        var negative = false;
        var positive = false;
        Scan(className, ref negative, ref positive);
        Scan(id, ref negative, ref positive);
        return negative ? -1 : positive ? 1 : 0;
    }

    private static void Scan(string? names, ref bool negative, ref bool positive)
    {
        if (string.IsNullOrEmpty(names) || names.Length > 400)
        {
            return;
        }

        var lower = names.ToLowerInvariant();
        foreach (var range in lower.AsSpan().SplitAny(" \t\n"))
        {
            var name = lower[range];
            if (name.Length == 0)
            {
                continue;
            }

            if (NegativeTokens.Contains(name) || HasNegativePart(name))
            {
                negative = true;
                return;
            }

            if (PositiveTokens.Contains(name) || HasPositivePart(name))
            {
                positive = true;
            }
        }
    }

    private static bool HasNegativePart(string name)
    {
        foreach (var fragment in NegativeFragments)
        {
            // "commentary" is an opinion article, not a comment thread.
            if (name.Contains(fragment, StringComparison.Ordinal) && !name.Contains("commentary", StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var range in name.AsSpan().SplitAny("-_:."))
        {
            var part = name[range];
            if (part.Length > 0 && NegativeTokens.Contains(part))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPositivePart(string name)
    {
        foreach (var range in name.AsSpan().SplitAny("-_:."))
        {
            var part = name[range];
            if (part.Length > 0 && PositiveTokens.Contains(part))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] StrongFragments = ["comment", "disqus", "related", "sidebar", "footer", "taboola", "outbrain", "recommend", "mostread", "most-read", "navbar", "breadcrumb", "newsletter", "cookie"];

    /// <summary>Names that mark a region as boilerplate however much text it holds (a long comment thread is still comments).</summary>
    public static bool IsStrongNegative(string? className, string? id)
    {
        foreach (var names in (ReadOnlySpan<string?>)[className, id])
        {
            if (string.IsNullOrEmpty(names) || names.Length > 400)
            {
                continue;
            }

            foreach (var fragment in StrongFragments)
            {
                if (names.Contains(fragment, StringComparison.OrdinalIgnoreCase) && !names.Contains("commentary", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when the whole (collapsed) block is a button or section label.</summary>
    public static bool IsLabel(string text)
    {
        if (text.Length > 40)
        {
            return false;
        }

        var t = text.Trim().TrimEnd(':', '：', '.', '!', '»', '›', '>', '|', '-', '–', '…').TrimStart('«', '‹', '|', '-', '–', '•', '·').Trim();
        return Labels.Contains(t.ToLowerInvariant());
    }

    /// <summary>True when the block opens with a "read also"/"tags" cue.</summary>
    public static bool StartsWithLabel(string text)
    {
        var t = text.AsSpan().TrimStart("«‹|-–•·* ");
        foreach (var prefix in LabelPrefixes)
        {
            if (t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
