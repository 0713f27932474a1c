using Marsad.Core;

namespace Marsad.Storage.Tests;

/// <summary>Small hand-written Arabic articles (written for these tests; no third-party text).</summary>
internal static class Articles
{
    public const string Turkey = "أعلن وزير الخارجية أن المحادثات مع تركيا ستستأنف الأسبوع المقبل في أنقرة لبحث ملف التجارة والحدود.";
    public const string TurkeyClitic = "وصل الوفد الرسمي بتركيا صباح اليوم وتركيا تستعد لاستقبال وفود أخرى خلال الشهر.";
    public const string Rain = "هطلت أمطار غزيرة على مدينة جدة مساء أمس وأعلنت الجهات المختصة تعليق الدراسة في المدارس الحكومية والأهلية.";
    public const string Football = "فاز فريق الهلال على النصر بهدفين مقابل هدف في المباراة التي أقيمت على ملعب الملك فهد الدولي بالرياض.";

    /// <summary>A long wire story and an edited re-publication of it, for near-duplicate detection.</summary>
    public static readonly string Wire = string.Join(' ', Enumerable.Range(1, 12).Select(i =>
        $"وقال المتحدث باسم الوزارة في بيانه رقم {i} إن اللجنة المشتركة عقدت اجتماعها الدوري لمناقشة خطط التنمية في المنطقة الشرقية والمشاريع الجديدة للطرق والمياه"));

    public static readonly string WireEdited = Wire.Replace("رقم 3 ", "رقم ثلاثة ", StringComparison.Ordinal) + " وأضاف أن العمل سيبدأ قريبا.";

    public static Document Doc(string text, string? url, string? title = null, string? published = null, string? id = null)
    {
        var article = new Article
        {
            Source = new DocumentSource(url, "text", "utf-8"),
            Url = url,
            Title = title,
            Published = published is null ? null : NewsDate.TryParseIso(published, out var d) ? d : null,
            Paragraphs = [text],
        };
        return Document.FromArticle(article, id);
    }

    public static ArticleRecord Record(string text, string? url, string? title = null, string? published = null, string? source = null, string version = "v1") =>
        ArticleRecord.Create(Doc(text, url, title, published), "unit:" + (url ?? text.GetHashCode(StringComparison.Ordinal).ToString(System.Globalization.CultureInfo.InvariantCulture)), version, source);
}
