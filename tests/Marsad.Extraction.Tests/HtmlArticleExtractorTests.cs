using System.Text;
using Marsad.Core;
using Marsad.Extraction;
using Marsad.Extraction.Html;
using Xunit;

namespace Marsad.Extraction.Tests;

public class HtmlArticleExtractorTests
{
    private static Article FromFixture(string name, string? uri = null)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Html", name));
        return ArticleExtractor.Extract(bytes, new ExtractionOptions { Uri = uri });
    }

    private static Article FromHtml(string html) => ArticleExtractor.Extract(Encoding.UTF8.GetBytes(html), new ExtractionOptions { Format = "html" });

    [Fact]
    public void Arabic_article_body_keeps_paragraphs_and_subheading()
    {
        var a = FromFixture("arabic-news.html");
        Assert.Equal(5, a.Paragraphs.Count);
        Assert.StartsWith("افتتحت البلدية صباح اليوم", a.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("برامج للأطفال والشباب", a.Paragraphs[2]);
        Assert.StartsWith("وأشار عدد من سكان الحي", a.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("طباعة")]
    [InlineData("اقرأ أيضا")]
    [InlineData("كلمات مفتاحية")]
    [InlineData("أخبار ذات صلة")]
    [InlineData("الأكثر قراءة")]
    [InlineData("تابعونا")]
    [InlineData("ننتظر زيارة المكتبة")]
    [InlineData("جميع الحقوق محفوظة")]
    [InlineData("سياسة")]
    public void Arabic_boilerplate_stays_out_of_the_body(string fragment)
    {
        var a = FromFixture("arabic-news.html");
        Assert.DoesNotContain(a.Paragraphs, p => p.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void Arabic_metadata_title_byline_canonical_language()
    {
        var a = FromFixture("arabic-news.html");
        Assert.Equal("افتتاح مكتبة عامة جديدة في وسط المدينة", a.Title);
        Assert.Equal(["سامي المنصور"], a.Authors);
        Assert.Equal("https://example.org/news/2024/09/05/library", a.Url);
        Assert.Equal("ar", a.Language);
    }

    [Fact]
    public void English_article_uses_json_ld_and_drops_boilerplate()
    {
        var a = FromFixture("english-news.html");
        Assert.Equal("City opens new public library downtown", a.Title);
        Assert.Equal(["Jane Miller", "Omar Haddad"], a.Authors);
        Assert.Equal("en", a.Language);
        Assert.StartsWith("The city opened a new public library", a.Paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("Programs for children", a.Paragraphs);
        Assert.Contains("Creative writing for teenagers, on Saturdays.", a.Paragraphs);
        Assert.StartsWith("Residents said", a.Paragraphs[^1], StringComparison.Ordinal);
        foreach (var junk in new[] { "Share", "Advertisement", "Tags", "Book fair", "All rights reserved", "tracking", "Subscribe", "reading room" })
        {
            Assert.DoesNotContain(a.Paragraphs, p => p.Contains(junk, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Page_without_article_has_empty_body_and_a_reason()
    {
        var a = FromFixture("no-article.html");
        Assert.Empty(a.Paragraphs);
        Assert.StartsWith("no article body found", a.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("City opens library - The Daily Observer", "City opens library")]
    [InlineData("City opens library | The Daily Observer", "City opens library")]
    [InlineData("The Daily Observer | City opens library", "City opens library")]
    [InlineData("افتتاح مكتبة عامة جديدة | صحيفة المرصد اليومية", "افتتاح مكتبة عامة جديدة")]
    [InlineData("صحيفة المرصد اليومية - افتتاح مكتبة عامة جديدة", "افتتاح مكتبة عامة جديدة")]
    [InlineData("Pre-war - post-war: a history", "Pre-war - post-war: a history")]
    public void Site_name_is_cut_from_titles(string title, string expected)
    {
        Assert.Equal(expected, PageMetadata.StripSiteName(title, ["The Daily Observer", "صحيفة المرصد اليومية"]));
    }

    [Fact]
    public void Unknown_site_name_is_cut_when_it_is_a_short_end_segment()
    {
        Assert.Equal("الحكومة تعلن خطة جديدة لدعم المزارعين", PageMetadata.StripSiteName("الحكومة تعلن خطة جديدة لدعم المزارعين - الشروق", []));
    }

    [Fact]
    public void Arabic_text_under_an_english_template_lang_is_arabic()
    {
        var paragraph = "<p>" + string.Concat(Enumerable.Repeat("أعلنت وزارة الصحة اليوم عن حملة جديدة للتطعيم في المدارس، تستمر أسبوعين. ", 4)) + "</p>";
        var a = FromHtml($"<html lang=\"en\"><head><title>t</title></head><body><article>{paragraph}</article></body></html>");
        Assert.Equal("ar", a.Language);
    }

    [Fact]
    public void A_meta_line_of_date_and_byline_gives_the_author_and_time_and_stays_out_of_the_body()
    {
        const string html = """
            <html lang="ar" dir="rtl"><head><title>الرئيس يستقبل وزير الخارجية</title></head><body>
            <nav><a href="/">الرئيسية</a> <a href="/p">سياسة</a></nav>
            <article><h1>الرئيس يستقبل وزير الخارجية</h1>
            <div class="meta"><span>نشر في 12 جوان 2024 على الساعة 14:30</span> | <span>بقلم: منية العرفاوي</span></div>
            <div class="entry-content">
            <p>استقبل رئيس الجمهورية صباح اليوم الأربعاء بقصر قرطاج وزير الشؤون الخارجية الذي أدى زيارة عمل إلى البلاد في إطار التشاور المستمر.</p>
            <p>وأكد رئيس الدولة خلال اللقاء على عمق العلاقات الأخوية بين البلدين، مشددا على ضرورة تعزيز التعاون الثنائي في مختلف المجالات.</p>
            </div></article></body></html>
            """;
        var a = FromHtml(html);
        Assert.Equal(["منية العرفاوي"], a.Authors);
        Assert.Equal("2024-06-12T14:30:00", a.Published?.ToString());
        Assert.DoesNotContain(a.Paragraphs, p => p.Contains("بقلم", StringComparison.Ordinal));
        Assert.StartsWith("استقبل", a.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Meta_author_is_read_when_there_is_no_json_ld()
    {
        var a = FromHtml("<html><head><meta name=\"author\" content=\"Lina Saad, Karim Aziz\"></head><body><article><p>" + new string('x', 10) + " A long enough paragraph of article text, with punctuation, to count as the body of this page.</p></article></body></html>");
        Assert.Equal(["Lina Saad", "Karim Aziz"], a.Authors);
    }

    [Fact]
    public void Paragraphs_are_whitespace_collapsed_and_never_empty()
    {
        var a = FromHtml("<html><body><article><p>  First   paragraph\n\n of the story, long enough to be article text for sure. </p><p> </p><p>Second\tparagraph of the story, also long enough to count as text.</p></article></body></html>");
        Assert.All(a.Paragraphs, p =>
        {
            Assert.NotEmpty(p);
            Assert.DoesNotContain("  ", p, StringComparison.Ordinal);
            Assert.Equal(p.Trim(), p);
        });
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void Text_separated_by_line_breaks_becomes_paragraphs()
    {
        var a = FromHtml("<html><body><div class=\"content\">The first paragraph of the story is long enough to be article text.<br><br>The second paragraph of the story follows after two line breaks, as old sites do.</div></body></html>");
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void Long_comment_rules_in_a_modal_do_not_beat_a_short_arabic_article()
    {
        var rule = "<li>إذا كان التعليق يحتوي على شتائم أو تهديدات موجهة للمستخدمين الآخرين، أو للمنظمات بصورة تسيء إلى سمعتها، فسيتم حذفه فورا.</li>";
        var rules = string.Concat(Enumerable.Repeat(rule, 15));
        var html = "<html lang=\"ar\"><body><div class=\"article\"><span itemprop=\"image\">https://cdn.example.org/img/1.jpg</span>"
            + "<p>أعلنت وزارة الصحة اليوم الثلاثاء تسجيل ثلاثين إصابة جديدة بالفيروس، ليرتفع إجمالي عدد المصابين في البلاد إلى مئتي حالة.</p>"
            + "<p>وأوضح المتحدث الرسمي للوزارة أن الحالات الجديدة كانت على اتصال بحالات سابقة، وأنها تخضع للعزل والرعاية الطبية.</p>"
            + "<p>© REUTERS / PHOTOGRAPHER</p>"
            + "<p>وأشار المتحدث إلى أن الوزارة ستواصل نشر الأرقام يوميا عبر موقعها الرسمي وصفحاتها على مواقع التواصل.</p></div>"
            + $"<div class=\"modal-window window-comments-rules\"><div class=\"body\"><div class=\"rules\"><ul>{rules}</ul></div></div></div></body></html>";
        var a = FromHtml(html);
        Assert.Equal(3, a.Paragraphs.Count);
        Assert.StartsWith("أعلنت وزارة الصحة", a.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Stray_quote_in_a_script_tag_does_not_swallow_the_page()
    {
        var a = FromHtml("<html><head><script src=\"a.js?v=1\"\" type=\"text/javascript\"></script><script>var x = 1;</script></head>"
            + "<body><article><p>The article text survives a stray quote in the head, as browsers read it, and it is long enough.</p></article></body></html>");
        Assert.Single(a.Paragraphs);
    }

    [Fact]
    public void Split_article_around_an_advertisement_is_joined()
    {
        var part = "<p>A paragraph of the story that is long enough to be prose, with commas, clauses, and a full stop at the end.</p>";
        var html = $"<html><body><div class=\"wrap\"><div class=\"part\">{part}{part.Replace("story", "report", StringComparison.Ordinal)}</div>"
            + "<div class=\"advert\">Advertisement</div>"
            + $"<div class=\"part\">{part.Replace("story", "piece", StringComparison.Ordinal)}{part.Replace("story", "text", StringComparison.Ordinal)}</div></div></body></html>";
        var a = FromHtml(html);
        Assert.Equal(4, a.Paragraphs.Count);
    }

    private const string ArabicStory =
        "<p>أعلنت وزارة النقل اليوم الأحد افتتاح خط جديد للحافلات يربط الأحياء الشرقية بوسط المدينة، في خطوة لتخفيف الازدحام.</p>"
        + "<p>وقال وزير النقل في مؤتمر صحفي إن الخط سيعمل من السادسة صباحا حتى منتصف الليل، وإن التذكرة ستبقى بسعرها الحالي.</p>"
        + "<p>وأضاف أن الوزارة تدرس إضافة خطين آخرين خلال العام المقبل، بعد تقييم عدد الركاب في الأشهر الأولى من التشغيل.</p>";

    [Theory]
    [InlineData("الآراء الواردة في المقالات لا تعبر عن رأي الموقع، بل تعكس وجهات نظر أصحابها فقط.")]
    [InlineData("ترحب الصحيفة بالنقاش المفيد، وننصحك بمراجعة إرشادات الاستخدام قبل نشر تعليقك على هذا الخبر.")]
    [InlineData("™ & © 2024 Example News Network, Inc. All rights reserved.")]
    [InlineData("reporter.name@example.org")]
    public void Site_notices_and_contact_lines_under_the_story_are_dropped(string notice)
    {
        var a = FromHtml($"<html lang=\"ar\"><body><div class=\"story\">{ArabicStory}<p>{notice}</p></div></body></html>");
        Assert.Equal(3, a.Paragraphs.Count);
        Assert.DoesNotContain(a.Paragraphs, p => p.Contains(notice, StringComparison.Ordinal));
    }

    [Fact]
    public void A_long_paragraph_quoting_a_notice_phrase_stays()
    {
        var quoted = "وقال المتحدث إن البيان الذي نشرته الصفحة لا يعبر عن رأي الحكومة، مؤكدا أن الوزارة ستصدر موقفها الرسمي بعد اجتماع "
            + "مجلس الوزراء يوم الخميس المقبل، وأن جميع الآراء التي نشرت في الأيام الماضية تمثل أصحابها فقط، ولا علاقة للحكومة بها، "
            + "وأن اللجنة المختصة ستنظر في الشكاوى المقدمة من المواطنين خلال الأسبوعين القادمين وتنشر نتائجها للرأي العام.";
        var a = FromHtml($"<html lang=\"ar\"><body><div class=\"story\">{ArabicStory}<p>{quoted}</p></div></body></html>");
        Assert.Equal(4, a.Paragraphs.Count);
        Assert.Equal(quoted, a.Paragraphs[^1]);
    }

    [Fact]
    public void Recirculation_box_beside_the_article_is_left_out()
    {
        var teaser = "<li><span>What the new bus line means </span><a href=\"/a\">for commuters in the east</a>, and what comes next</li>";
        var html = "<html><body><div class=\"page\"><article>"
            + "<p>The transport ministry opened a new bus line on Sunday, linking the eastern districts to the city centre, to ease traffic.</p>"
            + "<p>The minister said the line will run from six in the morning until midnight, and that fares will stay at their current price.</p>"
            + "<p>Two more lines are being studied for next year, after ridership in the first months of service has been assessed.</p>"
            + "</article><div class=\"inline-article-recirc\"><h2>More reads from the paper</h2><ul>"
            + string.Concat(Enumerable.Repeat(teaser, 4)) + "</ul></div></div></body></html>";
        var a = FromHtml(html);
        Assert.Equal(3, a.Paragraphs.Count);
        Assert.DoesNotContain(a.Paragraphs, p => p.Contains("bus line means", StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_line_break_wraps_a_paragraph_and_two_end_it()
    {
        var html = "<html lang=\"ar\"><body><div class=\"matn\">"
            + "أعلنت وزارة النقل اليوم الأحد<br>افتتاح خط جديد للحافلات يربط الأحياء الشرقية<br>بوسط المدينة، في خطوة لتخفيف الازدحام."
            + "<br><br>وقال وزير النقل في مؤتمر صحفي إن الخط سيعمل من السادسة صباحا حتى منتصف الليل،<br>وإن التذكرة ستبقى بسعرها الحالي."
            + "</div></body></html>";
        var a = FromHtml(html);
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Equal("أعلنت وزارة النقل اليوم الأحد افتتاح خط جديد للحافلات يربط الأحياء الشرقية بوسط المدينة، في خطوة لتخفيف الازدحام.", a.Paragraphs[0]);
        Assert.EndsWith("الليل، وإن التذكرة ستبقى بسعرها الحالي.", a.Paragraphs[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<span class=\"author\">حميد يس</span> <span class=\"date\">نشر في 16 جوان 2026 - 11:45</span>", "حميد يس")]
    [InlineData("<span>سعاد المنصوري</span> | <span>16 جوان 2026</span>", "سعاد المنصوري")]
    [InlineData("<span>16 جوان 2026 - 11:45</span>", null)]
    public void A_meta_line_of_date_and_name_is_the_byline_not_text(string meta, string? author)
    {
        var body = string.Concat(Enumerable.Repeat("<p>اتفقت الحكومتان على استئناف الحوار الأمني بين البلدين بعد أشهر من التوتر، وذلك خلال زيارة أداها وزير الداخلية إلى العاصمة، حيث جرى بحث ملفات الهجرة ومكافحة الإرهاب.</p>", 4));
        var article = FromHtml($"<html><body><article><h1>الحكومتان تتفقان على استئناف الحوار الأمني</h1><div class=\"meta\">{meta}</div><div class=\"content\">{body}</div></article></body></html>");
        Assert.StartsWith("اتفقت", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("جوان", StringComparison.Ordinal));
        Assert.Equal(author is null ? [] : [author], article.Authors);
        Assert.Equal("2026-06-16", article.Published?.ToIso()[..10]);
    }

    [Fact]
    public void An_element_whose_id_names_the_author_gives_the_writer_and_an_outlet_named_as_author_is_none()
    {
        var body = string.Concat(Enumerable.Repeat("<p>بحث وزير الري مع نظيره السوداني سبل تنسيق المواقف بشأن السد، وأكد الجانبان أهمية التوصل إلى اتفاق قانوني ملزم يحفظ حقوق دولتي المصب.</p>", 4));
        var byId = FromHtml($"<html><body><h1>مصر والسودان تنسقان بشأن السد</h1><div class=\"bref\"><span id=\"Main_divAuthor\">سارة الشريف</span> <span id=\"Main_divdate\">3-8-2025 | 10:15</span></div><div>{body}</div></body></html>");
        Assert.Equal(["سارة الشريف"], byId.Authors);
        var outlet = FromHtml("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"مصر والسودان تنسقان بشأن السد\",\"author\":[{\"@type\":\"Person\",\"name\":\"الشرق نيوز - القاهرة\"}]}</script></head>"
            + $"<body><h1>مصر والسودان تنسقان بشأن السد</h1><div>{body}</div></body></html>");
        Assert.Empty(outlet.Authors);
    }

    [Fact]
    public void An_outlet_before_the_writers_name_in_the_byline_names_the_writer_and_stays_out_of_the_body()
    {
        var body = string.Concat(Enumerable.Repeat("<p>وقع وزير الداخلية ونظيره الإسباني اتفاقا جديدا لتدبير الهجرة ومكافحة شبكات التهريب، خلال اجتماع عقد بالرباط بحضور مسؤولين أمنيين من البلدين.</p>", 4));
        var a = FromHtml($"<html><body><article><h1>المغرب وإسبانيا يوقعان اتفاقا جديدا للهجرة</h1><div class=\"post-meta\"><span class=\"author\">هسبريس - سامي الحاج</span> <span>الأربعاء 19 نونبر 2025 - 14:30</span></div><div class=\"content\">{body}</div></article></body></html>");
        Assert.Equal(["سامي الحاج"], a.Authors);
        Assert.StartsWith("وقع وزير", a.Paragraphs[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class=\"byline\">بيروت - ريتا شمعون <span class=\"ago\">منذ 3 ساعات</span></div>", "ريتا شمعون")]
    [InlineData("<span class=\"writer\">الخرطوم: عوض الكريم حسن</span>", "عوض الكريم حسن")]
    public void A_byline_element_with_a_place_names_the_writer_whatever_the_given_name(string byline, string writer)
    {
        var body = string.Concat(Enumerable.Repeat("<p>حذرت منظمة الصحة العالمية من تفش واسع للكوليرا في عدة ولايات، داعية إلى تسريع إيصال اللقاحات والمياه النظيفة إلى المخيمات.</p>", 4));
        var a = FromHtml($"<html><body><article><h1>الصحة العالمية تحذر من تفشي الكوليرا</h1>{byline}<div class=\"content\">{body}</div></article></body></html>");
        Assert.Equal([writer], a.Authors);
    }

    [Fact]
    public void A_wordpress_entry_date_marked_updated_is_the_publication_time_and_a_slash_sign_off_ends_the_text()
    {
        var body = string.Concat(Enumerable.Repeat("<p>خفضت الشركة سعر البيع الرسمي لشحنات الخام المتجهة إلى آسيا للشهر الثاني على التوالي، في ظل ضغوط على الأسواق.</p>", 4));
        var a = FromHtml("<html><body><article><h1>خفض أسعار الخام لآسيا</h1><span class=\"td-post-date\"><time class=\"entry-date updated td-module-date\" datetime=\"2025-01-12T14:35:00+03:00\">12 يناير، 2025</time></span>"
            + $"<div class=\"td-post-content\">{body}<p>// انتهى //</p></div></article></body></html>");
        Assert.Equal("2025-01-12T14:35:00+03:00", a.Published?.ToIso());
        var whole = ArticleExtractor.FromText("<html><body><article><h1>خفض أسعار الخام لآسيا</h1>" + $"<div class=\"td-post-content\">{body}<p>// انتهى //</p></div></article></body></html>", "html", "utf-8", new ExtractionOptions());
        Assert.DoesNotContain(whole.Paragraphs, p => p.Contains("انتهى", StringComparison.Ordinal));
    }
}
