using System.Collections.Frozen;

namespace Marsad.Web.Pages;

/// <summary>The interface's words in Arabic (the default) and English.</summary>
internal sealed class Labels
{
    private static readonly FrozenDictionary<string, (string Ar, string En)> Words = new Dictionary<string, (string, string)>
    {
        ["app"] = ("مرصد", "Marsad"),
        ["tagline"] = ("محرك استخبارات الأخبار العربية", "Arabic news intelligence"),
        ["search"] = ("بحث", "Search"),
        ["dashboard"] = ("لوحة المتابعة", "Dashboard"),
        ["actors"] = ("الفاعلون", "Actors"),
        ["query"] = ("كلمات البحث", "Search words"),
        ["from"] = ("من", "From"),
        ["to"] = ("إلى", "To"),
        ["source"] = ("المصدر", "Source"),
        ["actor"] = ("الفاعل", "Actor"),
        ["eventType"] = ("نوع الحدث", "Event type"),
        ["speaker"] = ("المتحدث", "Speaker"),
        ["results"] = ("نتيجة", "results"),
        ["noResults"] = ("لا توجد نتائج", "No results"),
        ["storySize"] = ("مقالات في هذه القصة", "articles in this story"),
        ["day"] = ("اليوم", "Day"),
        ["next"] = ("التالي", "Next"),
        ["entities"] = ("الكيانات", "Entities"),
        ["quotes"] = ("الاقتباسات", "Quotes"),
        ["events"] = ("الأحداث", "Events"),
        ["story"] = ("القصة", "Story"),
        ["published"] = ("تاريخ النشر", "Published"),
        ["authors"] = ("الكتّاب", "Authors"),
        ["original"] = ("المصدر الأصلي", "Original"),
        ["type"] = ("النوع", "Type"),
        ["role"] = ("الصفة", "Role"),
        ["roles"] = ("الصفات عبر الزمن", "Roles over time"),
        ["aliases"] = ("الأسماء", "Names"),
        ["words"] = ("الكلمات في النص", "Words in the text"),
        ["sentence"] = ("الجملة", "Sentence"),
        ["trigger"] = ("كلمة الحدث", "Trigger"),
        ["sourceActor"] = ("الفاعل", "Source"),
        ["targetActor"] = ("المستهدف", "Target"),
        ["direct"] = ("مباشر", "direct"),
        ["reported"] = ("منقول", "reported"),
        ["mentionsPerDay"] = ("الذكر يوميًا", "Mentions per day"),
        ["coActors"] = ("يظهر مع", "Appears with"),
        ["asSource"] = ("أحداث بصفته فاعلًا", "Events as source"),
        ["asTarget"] = ("أحداث بصفته مستهدفًا", "Events as target"),
        ["pair"] = ("العلاقة عبر الزمن", "Relationship over time"),
        ["sharedPerDay"] = ("مقالات مشتركة يوميًا", "Shared articles per day"),
        ["timeline"] = ("الخط الزمني", "Timeline"),
        ["articlesPerDay"] = ("المقالات يوميًا", "Articles per day"),
        ["topActors"] = ("أكثر الفاعلين ذكرًا", "Top actors"),
        ["eventTypesOverTime"] = ("أنواع الأحداث عبر الزمن", "Event types over time"),
        ["articles"] = ("مقالات", "articles"),
        ["mentions"] = ("مرات الذكر", "mentions"),
        ["notFound"] = ("غير موجود", "Not found"),
        ["nothing"] = ("لا شيء بعد", "Nothing yet"),
        ["switch"] = ("English", "العربية"),
        ["firstSeen"] = ("أول ظهور", "First seen"),
        ["lastSeen"] = ("آخر ظهور", "Last seen"),
        ["code"] = ("الرمز", "Code"),
        ["country"] = ("الدولة", "Country"),
        ["facets"] = ("تصفية", "Refine"),
        ["clear"] = ("مسح التصفية", "Clear filters"),
        ["said"] = ("قال", "said"),
        ["PER"] = ("شخص", "Person"),
        ["ORG"] = ("منظمة", "Organization"),
        ["LOC"] = ("مكان", "Location"),
        ["GPE"] = ("دولة أو مدينة", "Country or city"),
        ["MISC"] = ("أخرى", "Other"),
        ["quote"] = ("اقتباس", "Quote"),
        ["event"] = ("حدث", "Event"),
        ["untitled"] = ("(بلا عنوان)", "(untitled)"),
        ["watchedSources"] = ("المصادر المتابَعة", "Watched sources"),
        ["lastSuccess"] = ("آخر نجاح", "Last success"),
        ["lastError"] = ("آخر خطأ", "Last error"),
        ["last24h"] = ("آخر 24 ساعة", "Last 24 h"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly Labels Arabic = new(english: false);
    public static readonly Labels English = new(english: true);

    private Labels(bool english) => IsEnglish = english;

    public bool IsEnglish { get; }

    public string Lang => IsEnglish ? "en" : "ar";

    public string Dir => IsEnglish ? "ltr" : "rtl";

    public string this[string key] => Words.TryGetValue(key, out var w) ? (IsEnglish ? w.En : w.Ar) : key;
}
