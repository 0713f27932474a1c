using System.Globalization;
using Marsad.Core;
using Marsad.Extraction;
using Marsad.Extraction.Text;

namespace Marsad.Extraction.Tests;

public class TextDumpExtractorTests
{
    private static readonly string Dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "TextDumps");

    public static TheoryData<string> Dumps()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Dir, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Dumps))]
    public void Recognizes_headline_date_byline_and_paragraphs(string name)
    {
        var expected = File.ReadAllLines(Path.Combine(Dir, name + ".expected"))
            .Select(l => l.Split(':', 2))
            .ToDictionary(p => p[0], p => p[1].Trim());
        DateTime? reference = expected.TryGetValue("reference", out var r)
            ? DateTime.Parse(r, CultureInfo.InvariantCulture)
            : null;

        var article = TextDumpExtractor.Extract(File.ReadAllText(Path.Combine(Dir, name + ".txt")), new DocumentSource(name, "text", "utf-8"), new ExtractionOptions { ReferenceTime = reference });

        Assert.Equal(NullIfEmpty(expected["title"]), article.Title);
        Assert.Equal(expected["authors"].Split('|', StringSplitOptions.RemoveEmptyEntries), article.Authors);
        Assert.Equal(NullIfEmpty(expected["published"]), article.Published?.ToIso());
        Assert.Equal(int.Parse(expected["paragraphs"], CultureInfo.InvariantCulture), article.Paragraphs.Count);
        foreach (var (key, start) in expected.Where(kv => kv.Key.StartsWith('p') && kv.Key != "paragraphs" && kv.Key != "published"))
        {
            var index = int.Parse(key[1..], CultureInfo.InvariantCulture) - 1;
            Assert.StartsWith(start, article.Paragraphs[index], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Hard_wrapped_lines_are_joined_into_one_paragraph()
    {
        var article = TextDumpExtractor.Extract(File.ReadAllText(Path.Combine(Dir, "02-hardwrapped.txt")), new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.Contains("موجة حر جديدة يتوقع", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("بنحو ست درجات مئوية.", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_line_endings_read_like_unix_ones()
    {
        var text = File.ReadAllText(Path.Combine(Dir, "02-hardwrapped.txt"));
        var unix = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), new ExtractionOptions());
        var windows = TextDumpExtractor.Extract(text.Replace("\n", "\r\n", StringComparison.Ordinal), new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.Equal(unix.Paragraphs, windows.Paragraphs);
        Assert.Equal(unix.Title, windows.Title);
    }

    [Theory]
    [InlineData("وأفرجت السلطات عن عشرين معتقلا.")]
    [InlineData("وأفرجت السلطات عن عشرين معتقلا.\nطباعة\nشارك\n")]
    public void One_short_sentence_is_the_text_not_a_kicker(string text)
    {
        var article = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.Null(article.Note);
        Assert.Equal(["وأفرجت السلطات عن عشرين معتقلا."], article.Paragraphs);
    }

    [Theory]
    [InlineData("الرياض - واس")]
    [InlineData("القاهرة (رويترز)")]
    [InlineData("دبي - وكالات")]
    [InlineData("صنعاء - عدن (وكالات)")]
    [InlineData("بغداد - شفق نيوز")]
    [InlineData("عمّان - خاص")]
    public void A_wire_dateline_under_the_headline_is_neither_headline_nor_text(string dateline)
    {
        var text = "ولي العهد يستقبل الرئيس الفرنسي في الرياض\n" + dateline + "\nالثلاثاء 3 ديسمبر 2024\n\n"
            + "استقبل ولي العهد في قصر اليمامة بالرياض اليوم الرئيس الفرنسي، وجرى خلال الاستقبال استعراض العلاقات الثنائية بين البلدين.\n";
        var article = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.Equal("ولي العهد يستقبل الرئيس الفرنسي في الرياض", article.Title);
        Assert.StartsWith("استقبل", Assert.Single(article.Paragraphs), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_headline_over_a_wire_dateline_and_a_date_is_the_headline()
    {
        const string text = "مسيرة تستهدف سيارة قرب الحدود ومقتل ثلاثة من عناصر \"الحزب\"\nأربيل - شفق نيوز\nالسبت 12 أكتوبر 2024 - 03:15 م\n\n"
            + "قُتل ثلاثة أشخاص، يُعتقد أنهم من مقاتلي الحزب، اليوم السبت، بضربة نفذتها طائرة مسيرة استهدفت سيارتهم على طريق جبلي.\n";
        var article = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.Equal("مسيرة تستهدف سيارة قرب الحدود ومقتل ثلاثة من عناصر \"الحزب\"", article.Title);
        Assert.StartsWith("قُتل", Assert.Single(article.Paragraphs), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("بيروت - «الشرق الأوسط»")]
    [InlineData("القاهرة - \"المصري اليوم\"")]
    public void A_dateline_naming_the_paper_in_quotes_is_no_end_of_a_wrapped_headline(string dateline)
    {
        var text = "غارة على بلدة حدودية تقتل ثلاثة عناصر من الحركة المسلحة\n" + dateline + "\n"
            + "قُتل ثلاثة عناصر من الحركة المسلحة، الخميس، بغارة نفذتها طائرة مسيرة على سيارة في بلدة حدودية، حسبما أفادت مصادر أمنية.\n";
        var article = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.Equal("غارة على بلدة حدودية تقتل ثلاثة عناصر من الحركة المسلحة", article.Title);
        Assert.StartsWith("قُتل", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("طرابلس - سامي الورفلي", "سامي الورفلي")]
    [InlineData("الخرطوم – فاطمة الزهراء عثمان", "فاطمة الزهراء عثمان")]
    [InlineData("بيروت - وكالات", null)]
    [InlineData("أنقرة/ مصطفى دلي/ الأناضول", "مصطفى دلي")]
    [InlineData("الموصل - كاوه عبد الرحمن", "كاوه عبد الرحمن")]
    [InlineData("نواكشوط ـ «القدس العربي»: أحمد ولد سيدي", "أحمد ولد سيدي")]
    [InlineData("القاهرة/ الأناضول", null)]
    [InlineData("غزة - ريف دمشق", null)]
    public void A_dateline_with_the_writer_under_the_headline_names_the_author(string dateline, string? author)
    {
        var text = "البرلمان يقر موازنة العام المقبل بعد جلسة صاخبة\n" + dateline + "\n\n"
            + "أقر البرلمان مساء أمس موازنة العام المقبل بأغلبية 70 صوتا، بعد جلسة صاخبة شهدت انسحاب نواب المعارضة احتجاجا على بند الضرائب.\n";
        var article = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.Equal("البرلمان يقر موازنة العام المقبل بعد جلسة صاخبة", article.Title);
        Assert.Equal(author is null ? [] : [author], article.Authors);
        Assert.StartsWith("أقر", Assert.Single(article.Paragraphs), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"الطريق إلى المستقبل\"")]
    [InlineData("«الطريق إلى المستقبل»")]
    public void A_headline_that_ends_with_a_quotation_is_still_the_headline(string quoted)
    {
        var text = "وزير الثقافة يفتتح معرض " + quoted + "\nتونس - ليلى بن سالم\n\n"
            + "افتتح وزير الثقافة مساء أمس معرض الطريق إلى المستقبل في مدينة الثقافة، بمشاركة أكثر من ثلاثين فنانا من تونس والجزائر والمغرب.\n";
        var article = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.Equal("وزير الثقافة يفتتح معرض " + quoted, article.Title);
        Assert.Equal(["ليلى بن سالم"], article.Authors);
        Assert.StartsWith("افتتح", Assert.Single(article.Paragraphs), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("14/11/2026", "2026-11-14")]
    [InlineData("2026-11-14", "2026-11-14")]
    public void A_numeric_date_line_is_the_date_not_a_counter(string line, string expected)
    {
        var text = "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية\n" + line + "\n\n"
            + "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين، تشمل قروضا ميسرة وتوزيع بذور محسنة على آلاف الأسر.\n";
        var article = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.Equal(expected, article.Published?.ToIso());
        Assert.Equal("الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية", article.Title);
    }

    [Theory]
    [InlineData("منذ 3 ساعات", null)]
    [InlineData("قبل ساعتين", null)]
    [InlineData("منذ يومين", null)]
    [InlineData("منذ 3 ساعات", "2026-11-29T15:00:00")]
    public void A_relative_time_under_the_headline_is_a_date_line(string when, string? reference)
    {
        var text = "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية\n" + when + "\n\n"
            + "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين، تشمل قروضا ميسرة وتوزيع بذور محسنة على آلاف الأسر.\n";
        var options = new ExtractionOptions { ReferenceTime = reference is null ? null : DateTime.Parse(reference, CultureInfo.InvariantCulture) };
        var article = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), options);
        Assert.Equal("الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية", article.Title);
        Assert.StartsWith("أعلنت", Assert.Single(article.Paragraphs), StringComparison.Ordinal);
        // Without the time the page was read, «منذ 3 ساعات» names no day; with it, the day and hour are known.
        Assert.Equal(reference is null ? null : "2026-11-29T12:00:00", article.Published?.ToIso());
    }

    [Theory]
    [InlineData("السبت 14 جمادى الأولى 1448 هـ - 24 أكتوبر 2026 م")]
    [InlineData("24 أكتوبر 2026 م الموافق 14 جمادى الأولى 1448 هـ")]
    public void A_date_line_with_hijri_and_gregorian_days_gives_the_gregorian_one(string line)
    {
        var text = "الحكومة تعلن خطة جديدة لدعم المزارعين في المناطق الريفية\n" + line + "\n\n"
            + "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين، تشمل قروضا ميسرة وتوزيع بذور محسنة على آلاف الأسر.\n";
        var article = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.Equal("2026-10-24", article.Published?.ToIso());
    }

    [Theory]
    [InlineData("الخميس 3 ديسمبر 2026 - 10:00\nسعاد المنصوري\n", "سعاد المنصوري")]
    [InlineData("يوسف بن علي\nالخميس 3 ديسمبر 2026 - 10:00\nطباعة\n", "يوسف بن علي")]
    [InlineData("الخميس 3 ديسمبر 2026 - 10:00\nأخبار محلية\n", null)]
    [InlineData("الخميس 3 ديسمبر 2026 - 10:00\nمحمد يعلن استقالته من منصبه اليوم\n", null)]
    public void A_bare_name_by_the_date_under_the_headline_is_the_author(string header, string? author)
    {
        var text = "البرلمان يصادق على قانون المالية للسنة المقبلة بأغلبية مريحة\n" + header + "\n"
            + "صادق مجلس النواب، مساء الخميس، على مشروع قانون المالية للسنة المقبلة بأغلبية مريحة بعد نقاش دام أسبوعين.\n";
        var article = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.Equal(author is null ? [] : [author], article.Authors);
        Assert.Equal("2026-12-03T10:00:00", article.Published?.ToIso());
        Assert.DoesNotContain(article.Paragraphs, p => author is not null && p.Contains(author, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("الرئيسية / أخبار عربية")]
    [InlineData("الرئيسية › سياسة › تقارير")]
    [InlineData("أخبار » محليات » الرياض")]
    public void A_breadcrumb_above_the_headline_is_not_the_headline(string crumbs)
    {
        var text = crumbs + "\nوزير الخارجية يتلقى اتصالا هاتفيا من نظيره الإيراني\nالأربعاء 9 ديسمبر 2026\n\n"
            + "تلقى وزير الخارجية اتصالا هاتفيا اليوم من نظيره الإيراني، جرى خلاله استعراض العلاقات الثنائية بين البلدين.\n";
        var article = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.Equal("وزير الخارجية يتلقى اتصالا هاتفيا من نظيره الإيراني", article.Title);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("الرئيسية", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("الحملة الدولية ضد «داعش» تدخل عامها الثاني")]
    [InlineData("حي «المعلمين» يغرق بالصرف و«المصلحة» تسلم الموقع")]
    public void A_headline_with_guillemets_is_no_breadcrumb(string headline)
    {
        var text = headline + "\n\nدخلت العملية التي أطلقها التحالف الدولي ضد التنظيم عامها الثاني، ومنذ ذلك الوقت نفذت قوات التحالف آلاف الغارات.\n";
        var article = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.Equal(headline, article.Title);
    }

    [Fact]
    public void Button_labels_alone_are_still_no_text()
    {
        var article = TextDumpExtractor.Extract("طباعة\nشارك\n", new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.Empty(article.Paragraphs);
        Assert.Equal("no text", article.Note);
    }

    [Fact]
    public void Chrome_lines_never_reach_the_paragraphs()
    {
        foreach (var f in Directory.EnumerateFiles(Dir, "*.txt"))
        {
            var article = TextDumpExtractor.Extract(File.ReadAllText(f), new DocumentSource(null, "text", null), new ExtractionOptions());
            Assert.DoesNotContain(article.Paragraphs, p => p is "طباعة" or "شارك" or "A A" or "حجم الخط" or "Share" or "Tweet");
        }
    }

    [Fact]
    public void An_unpunctuated_first_line_followed_by_sentences_is_kept_as_its_own_paragraph()
    {
        const string text = "أعلنت الحكومة اليوم عن خطة جديدة لدعم الشباب في سوق العمل\nوتتضمن الخطة برامج تدريب مهني وقروضا ميسرة للمشروعات الصغيرة.\nوقال المتحدث إن الخطة تبدأ الشهر المقبل.\n";
        var article = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.StartsWith("أعلنت الحكومة", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_text_gives_an_empty_body_with_a_reason()
    {
        var article = TextDumpExtractor.Extract("  \n\n ", new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.Empty(article.Paragraphs);
        Assert.NotNull(article.Note);
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    [Fact]
    public void An_image_description_and_its_credited_caption_are_not_text_and_the_dateline_after_them_names_the_writer()
    {
        const string text = "اشتباكات عنيفة قرب منبج وواشنطن تدعو إلى خفض التصعيد\nالسبت 14 ديسمبر 2024 - 09:15 ص\n"
            + "صورة: مقاتلون من الفصائل على أطراف مدينة منبج في ريف حلب الشرقي\nمقاتلون من الفصائل على أطراف منبج (أ ف ب)\nدمشق - خالد العمر\n"
            + "تواصلت لليوم الرابع على التوالي الاشتباكات العنيفة قرب مدينة منبج، وسط قصف متبادل بالمدفعية والطائرات المسيرة.\n"
            + "وقالت الشرطة إن ثلاثة أشخاص قتلوا في الاشتباكات أمس (رويترز)\n"
            + "ودعت الولايات المتحدة الطرفين إلى ضبط النفس والعودة إلى طاولة المفاوضات في أقرب وقت.\n";
        var article = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.Equal(["خالد العمر"], article.Authors);
        Assert.StartsWith("تواصلت", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("أ ف ب", StringComparison.Ordinal) || p.StartsWith("صورة", StringComparison.Ordinal));
        Assert.Contains(article.Paragraphs, p => p.Contains("(رويترز)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ليبيا | اشتباكات عنيفة في الزاوية وتصعيد جديد بين الحكومتين", "اشتباكات عنيفة في الزاوية وتصعيد جديد بين الحكومتين")]
    [InlineData("عاجل | الرئاسة تعلن تشكيل حكومة جديدة", "الرئاسة تعلن تشكيل حكومة جديدة")]
    [InlineData("الصحة العالمية | تحذير", "الصحة العالمية | تحذير")]
    public void A_one_or_two_word_section_label_before_a_bar_is_no_part_of_the_headline(string line, string title)
    {
        var text = line + "\nالأحد 12 يناير 2025 - 10:30 ص\n\n"
            + "شهدت المدينة اشتباكات عنيفة بين مجموعتين مسلحتين استخدمت فيها الأسلحة المتوسطة والثقيلة، بحسب مصادر محلية.\n";
        var article = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.Equal(title, article.Title);
    }

    [Fact]
    public void A_date_line_with_an_update_time_is_the_date_line()
    {
        const string text = "الحريري يلتقي عون مجددا وعقدة الداخلية تؤخر ولادة الحكومة اللبنانية\nالأربعاء 5 آذار/مارس 2025 | آخر تحديث: 22:10\nشارك   طباعة\n"
            + "بيروت – «النهار»: من هالة الأحمد\n\n"
            + "عاد ملف تأليف الحكومة إلى المربع الأول، أمس الثلاثاء، بعدما خرج الرئيس المكلف من لقاء مطول مع رئيس الجمهورية من دون أن يعلن أي تقدم.\n";
        var article = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.StartsWith("الحريري يلتقي", article.Title, StringComparison.Ordinal);
        Assert.Equal("2025-03-05", article.Published?.ToIso()[..10]);
        Assert.Equal(["هالة الأحمد"], article.Authors);
        Assert.StartsWith("عاد ملف", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_deck_between_the_headline_and_the_date_line_is_header_and_the_time_before_the_day_is_read()
    {
        const string text = "جولة مفاوضات جديدة في الدوحة... وحماس تشترط «انسحابا كاملا من القطاع»\nالقاهرة تدعو الطرفين إلى «إبداء المرونة اللازمة»\n"
            + "نُشر: 21:05-4 مارس 2025 م ـ 4 رمضان 1446 هـ\nمشاركة   طباعة\nالدوحة: سامي الحاج\n\n"
            + "انطلقت في العاصمة القطرية، مساء أمس الاثنين، جولة جديدة من المفاوضات غير المباشرة بين وفدي الحركة وإسرائيل، بوساطة مصرية وقطرية وأميركية.\n";
        var article = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.StartsWith("جولة مفاوضات", article.Title, StringComparison.Ordinal);
        Assert.Equal("2025-03-04T21:05:00", article.Published?.ToIso());
        Assert.Equal(["سامي الحاج"], article.Authors);
        Assert.StartsWith("انطلقت", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void A_bare_name_with_the_date_and_an_update_on_one_line_is_the_byline_and_a_wire_sign_off_is_no_text()
    {
        const string text = "مجلس الأمن يفشل في تبني قرار بشأن وقف إطلاق النار في الفاشر\nسامي الحاج   |12.03.2025 - 16:20 تحديث : 12.03.2025 - 17:05\nنيويورك/ الأناضول\n\n"
            + "فشل مجلس الأمن الدولي، الأربعاء، في تبني مشروع قرار يدعو إلى وقف فوري لإطلاق النار في مدينة الفاشر بعد اعتراض روسيا.\n\n"
            + "وقال مندوب بريطانيا إن بلاده ستواصل العمل مع الشركاء من أجل حماية المدنيين. (النهاية) ع ا ب / م ع\n";
        var article = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.StartsWith("مجلس الأمن يفشل", article.Title, StringComparison.Ordinal);
        Assert.Equal(["سامي الحاج"], article.Authors);
        Assert.Equal("2025-03-12T16:20:00", article.Published?.ToIso());
        var whole = ArticleExtractor.FromText(text, "text", "utf-8", new ExtractionOptions());
        Assert.EndsWith("حماية المدنيين.", whole.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_name_and_a_section_above_a_quoted_headline_and_an_outlet_byline_with_a_slash_date()
    {
        const string text = "هسبريس\nالرئيسية\nسياسة\nبوريطة يرد على الخارجية الجزائرية: \"المغرب لن يرد على الاستفزاز\"\nصورة: أرشيف\n"
            + "هسبريس - محمد الراجي / الأحد 12 يناير 2025 - 10:30\n\n"
            + "رد وزير الخارجية المغربي على البيان الصادر عن نظيره الجزائري، مؤكدا أن المملكة متمسكة بسياسة اليد الممدودة.\n";
        var article = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.StartsWith("بوريطة يرد", article.Title, StringComparison.Ordinal);
        Assert.Equal(["محمد الراجي"], article.Authors);
        Assert.Equal("2025-01-12T10:30:00", article.Published?.ToIso());
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void A_caption_with_a_credit_above_the_body_is_no_text_and_a_source_line_under_it_neither()
    {
        const string text = "الملك يستقبل الرئيس القبرصي في العقبة ويبحثان الأوضاع الإقليمية\nالأحد 12 يناير 2025 - 14:47\n\n"
            + "الملك خلال لقائه الرئيس القبرصي في العقبة الأحد (الديوان الملكي الهاشمي)\n\n"
            + "استقبل الملك في العقبة الرئيس القبرصي، وبحث الجانبان سبل تعزيز التعاون الثنائي والتطورات في المنطقة.\n\n"
            + "المصدر : الجزيرة + وكالات\n";
        var article = ArticleExtractor.FromText(text, "text", "utf-8", new ExtractionOptions());
        Assert.StartsWith("استقبل الملك", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("المصدر", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("رام الله 27-6-2024 وفا-", "2024-06-27")]
    [InlineData("الجزيرة نت - 14/3/2025", "2025-03-14")]
    public void A_date_line_with_a_place_and_the_wire_or_the_site_is_the_date_line(string line, string date)
    {
        var text = "الرئاسة تدين الاعتداءات على القرية وتطالب بحماية دولية\n" + line + "\n\n"
            + "أصيب ثمانية مواطنين بجروح اليوم في هجوم على القرية، وأحرقت منازل ومركبات عدة بحسب مصادر محلية.\n";
        var article = TextDumpExtractor.Extract(text, new DocumentSource(null, "text", null), new ExtractionOptions());
        Assert.Equal(date, article.Published?.ToIso()[..10]);
        Assert.StartsWith("أصيب", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_wire_sign_off_with_the_editors_initials_on_their_own_line_is_no_text()
    {
        const string text = "البرلمان العراقي يعقد جلسته الأولى الأسبوع المقبل\nبغداد - 24 - 11 (كونا) --\n\n"
            + "أعلنت رئاسة البرلمان العراقي اليوم الاثنين أن المجلس الجديد سيعقد جلسته الأولى الأسبوع المقبل لانتخاب رئيسه ونائبيه.\n\n"
            + "يذكر أن المفوضية أعلنت الشهر الماضي أن نسبة المشاركة في الانتخابات بلغت 56 في المئة وهي الأعلى منذ سنوات طويلة.(النهاية)\nع ا ب / ت ع ح\n";
        var whole = ArticleExtractor.FromText(text, "text", "utf-8", new ExtractionOptions());
        Assert.EndsWith("منذ سنوات طويلة.", whole.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("يذكر أن المفوضية أعلنت الشهر الماضي نسبة المشاركة.(النهاية)", "نسبة المشاركة.")]
    [InlineData("وكانت الحكومة قد رفعت أسعار الوقود مرتين منذ مطلع العام", "منذ مطلع العام")]
    [InlineData("ويشار إلى أن الطريق أغلق ثلاثة أيام (أ ف ب)", "(أ ف ب)")]
    public void A_short_last_paragraph_of_the_report_stays_though_it_reads_like_no_headline(string last, string end)
    {
        var text = "محتجون يغلقون الطريق الدولي جنوب البلاد احتجاجا على الغلاء\nالأربعاء 3 ديسمبر 2025 - 09:15\n\n"
            + "أغلق مئات المحتجين صباح اليوم الطريق الدولي الرابط بين العاصمة والجنوب احتجاجا على ارتفاع الأسعار، وأحرقوا إطارات السيارات.\n\n"
            + last + "\n";
        var article = ArticleExtractor.FromText(text, "text", "utf-8", new ExtractionOptions());
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.EndsWith(end, article.Paragraphs[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Related_headlines_under_the_text_still_go()
    {
        const string text = "محتجون يغلقون الطريق الدولي جنوب البلاد احتجاجا على الغلاء\nالأربعاء 3 ديسمبر 2025 - 09:15\n\n"
            + "أغلق مئات المحتجين صباح اليوم الطريق الدولي الرابط بين العاصمة والجنوب احتجاجا على ارتفاع الأسعار، وأحرقوا إطارات السيارات.\n\n"
            + "وزير الداخلية يتفقد المعابر الحدودية في الجنوب\n\nارتفاع جديد في أسعار الخبز والزيت\n";
        var article = ArticleExtractor.FromText(text, "text", "utf-8", new ExtractionOptions());
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void A_place_a_date_and_a_national_wire_in_brackets_is_the_date_line()
    {
        const string text = "الرئيس يستقبل رئيسة الحكومة التونسية ويشرفان على توقيع اتفاقيات تعاون\nالجزائر، 14 أكتوبر 2025 (واج)\n"
            + "استقبل رئيس الجمهورية يوم الثلاثاء بمقر الرئاسة رئيسة الحكومة التونسية التي تقوم بزيارة عمل على رأس وفد وزاري.\n";
        var article = ArticleExtractor.FromText(text, "text", "utf-8", new ExtractionOptions());
        Assert.Equal("2025-10-14", article.Published?.ToIso()[..10]);
        Assert.StartsWith("استقبل", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("كريم بن سعيد مراسل", "كريم بن سعيد")]
    [InlineData("خليل موسى مراسل @khalilmousa", "خليل موسى")]
    public void A_writer_with_his_role_and_handle_after_the_name_is_the_byline(string byline, string author)
    {
        var text = "عباس يدعو لانتخاب مجلس وطني جديد وحماس ترفض الشروط المسبقة\n" + byline + "\nالجمعة 12 حزيران 2025 13:02\n\n"
            + "أصدر الرئيس الفلسطيني مرسوما يدعو إلى إجراء انتخابات لأعضاء المجلس الوطني قبل نهاية العام الحالي داخل فلسطين وخارجها.\n";
        var article = ArticleExtractor.FromText(text, "text", "utf-8", new ExtractionOptions());
        Assert.Equal("عباس يدعو لانتخاب مجلس وطني جديد وحماس ترفض الشروط المسبقة", article.Title);
        Assert.Equal([author], article.Authors);
        Assert.StartsWith("أصدر", article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("بغداد - 23 - 7 (كونا) -- دانت الحكومة العراقية اليوم الأربعاء هجوما بطائرة مسيرة على القاعدة.", "بغداد - 23 - 7 (كونا) --", "دانت")]
    [InlineData("رام الله 7-9-2025 وفا- أدانت وزارة الخارجية والمغتربين إغلاق المدارس في القدس.", "رام الله 7-9-2025 وفا-", "أدانت")]
    [InlineData("أبوظبي في 14 أكتوبر / وام / نجحت جهود الوساطة التي بذلتها الدولة في الإفراج عن الأسرى.", "أبوظبي في 14 أكتوبر / وام /", "نجحت")]
    [InlineData("بيروت- أعلن حزب الله رفضه القاطع لقرار الحكومة تكليف الجيش بإعداد خطة.", "بيروت-", "أعلن")]
    [InlineData("نواف الغضوري- سبق- تبوك: نفذ مكتب العمل ظهر اليوم حملة تفتيش على أماكن العمل.", "نواف الغضوري- سبق- تبوك:", "نفذ")]
    public void A_wire_dateline_at_the_head_of_the_first_paragraph_is_no_text(string first, string dateline, string opens)
    {
        var text = "عنوان الخبر في سطر واحد فوق النص كما ينسخه القراء\n\n" + first + "\n\nوأضاف المصدر أن التحقيقات مستمرة لمعرفة ملابسات الحادث ومن يقف وراءه.\n";
        var article = ArticleExtractor.FromText(text, "text", "utf-8", new ExtractionOptions());
        Assert.Equal(dateline, article.Dateline);
        Assert.StartsWith(opens, article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("قتل 5 - 7 أشخاص في انفجار سيارة مفخخة وسط المدينة صباح اليوم.")]
    [InlineData("أعلنت وزارة الخارجية، في بيان، أن الوزير سيزور العاصمة الأسبوع المقبل.")]
    [InlineData("قال الوزير: \"لن نقبل بأي تدخل في شؤوننا الداخلية\" مؤكدا موقف الحكومة.")]
    public void A_first_sentence_with_a_range_a_comma_or_a_colon_keeps_its_head(string first)
    {
        var text = "عنوان الخبر في سطر واحد فوق النص كما ينسخه القراء\n\n" + first + "\n";
        var article = ArticleExtractor.FromText(text, "text", "utf-8", new ExtractionOptions());
        Assert.Null(article.Dateline);
        Assert.Equal(first, article.Paragraphs[0]);
    }

    [Fact]
    public void The_day_in_a_dateline_dates_a_story_whose_page_gave_none_and_its_writer_is_the_author()
    {
        var wafa = ArticleExtractor.FromText("عنوان الخبر في سطر واحد فوق النص كما ينسخه القراء\n\nرام الله 7-9-2025 وفا- أدانت وزارة الخارجية والمغتربين إغلاق المدارس في القدس المحتلة.\n", "text", "utf-8", new ExtractionOptions());
        Assert.Equal("2025-09-07", wafa.Published?.ToIso()[..10]);
        var sabq = ArticleExtractor.FromText("عنوان الخبر في سطر واحد فوق النص كما ينسخه القراء\n\nخالد علي- سبق- جدة: قال وزير العمل إن الاتفاقية تدخل حيز التنفيذ الشهر المقبل.\n", "text", "utf-8", new ExtractionOptions());
        Assert.Equal(["خالد علي"], sabq.Authors);
    }

    [Theory]
    [InlineData("القاهرة في 27 نوفمبر 2025 - أ ش أ")]
    [InlineData("الرباط في 27 نونبر 2025 - و م ع")]
    [InlineData("برلين 27-11-2025 (د ب أ) -")]
    public void A_date_line_with_a_city_and_a_wire_spelled_by_its_initials_leaves_the_headline_above_it(string line)
    {
        const string headline = "السيسي وأردوغان يبحثان هاتفيا تطورات غزة والسودان";
        var article = ArticleExtractor.FromText(headline + "\n" + line + "\n\nتلقى الرئيس اتصالا هاتفيا من نظيره التركي تناول العلاقات الثنائية.\n", "text", "utf-8", new ExtractionOptions());
        Assert.Equal(headline, article.Title);
        Assert.Equal("2025-11-27", article.Published?.ToIso()[..10]);
        Assert.StartsWith("تلقى", Assert.Single(article.Paragraphs), StringComparison.Ordinal);
    }
}
