using System.Globalization;
using System.Net;
using System.Text;

namespace Marsad.Watch.Tests;

/// <summary>Arabic news pages and feeds written for these tests (no third-party text).</summary>
public static class Fixtures
{
    private static readonly string[] Topics = ["الاقتصاد", "الصحة", "التعليم", "الطاقة", "الزراعة", "النقل", "المياه", "السياحة"];
    private static readonly string[] Cities = ["الرياض", "القاهرة", "عمّان", "الرباط", "تونس", "بيروت", "الدوحة", "مسقط"];

    public static string Title(int source, int item) => $"وزارة {Topics[item % Topics.Length]} في {Cities[source % Cities.Length]} تعلن خطة جديدة رقم {item}";

    public static string[] Paragraphs(int source, int item) =>
    [
        $"أعلنت وزارة {Topics[item % Topics.Length]} في {Cities[source % Cities.Length]} اليوم عن خطة جديدة تمتد خمس سنوات، وقال المتحدث باسم الوزارة إن الخطة رقم {item} تهدف إلى تحسين الخدمات المقدمة للمواطنين.",
        $"وأضاف المتحدث في مؤتمر صحفي أن الميزانية المخصصة للخطة تبلغ {item * 10 + source} مليون دولار، وأن التنفيذ سيبدأ مطلع العام المقبل بالتعاون مع القطاع الخاص.",
        "ورحب عدد من الخبراء بالإعلان، مشيرين إلى أن نجاح الخطة يتوقف على المتابعة الدقيقة والشفافية في الإنفاق.",
    ];

    public static string ArticleHtml(int source, int item, string charset = "utf-8") =>
        $"""
        <!DOCTYPE html>
        <html lang="ar" dir="rtl"><head><meta charset="{charset}"><title>{Title(source, item)} - موقع الأخبار</title></head>
        <body><nav><a href="/">الرئيسية</a></nav>
        <article><h1>{Title(source, item)}</h1>
        {string.Concat(Paragraphs(source, item).Select(p => $"<p>{p}</p>\n"))}
        </article><footer>جميع الحقوق محفوظة</footer></body></html>
        """;

    public static DateTimeOffset Published(int item) => new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.FromHours(3)).AddMinutes(-7 * item);

    /// <summary>An RSS 2.0 feed; <paramref name="link"/> maps an item number to its link (tracking parameters, AMP…).</summary>
    public static string Rss(int source, IEnumerable<int> items, Func<int, string> link, bool withContent = true)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>أخبار ")
          .Append(Cities[source % Cities.Length]).Append("</title>\n");
        foreach (var i in items)
        {
            sb.Append("<item><title>").Append(WebUtility.HtmlEncode(Title(source, i))).Append("</title><link>").Append(WebUtility.HtmlEncode(link(i)))
              .Append("</link><guid isPermaLink=\"false\">s").Append(source).Append("-i").Append(i).Append("</guid><pubDate>")
              .Append(Published(i).ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture)).Append(" +0300</pubDate>");
            if (withContent)
            {
                sb.Append("<description><![CDATA[<p>").Append(Paragraphs(source, i)[0]).Append("</p><p>").Append(Paragraphs(source, i)[1]).Append("</p>]]></description>");
            }

            sb.Append("</item>\n");
        }

        return sb.Append("</channel></rss>\n").ToString();
    }
}
