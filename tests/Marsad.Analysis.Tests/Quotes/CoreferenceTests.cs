using Marsad.Core;

namespace Marsad.Analysis.Tests.Quotes;

/// <summary>One person or institution across a story's later, shorter mentions, with the shipped models: sentences written for these tests.</summary>
public class CoreferenceTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    private static string At(Document doc, TextSpan span) => doc.Text[span.Start..span.End];

    [Fact]
    public void A_nisba_after_a_name_is_the_family_name_and_later_alone_is_the_person()
    {
        var doc = models.AnalyzeFacts("التقى رئيس الوزراء العراقي محمد شياع السوداني وفدا أمريكيا في بغداد. وأكد السوداني أن العراق يريد علاقات متوازنة مع جيرانه.");
        var person = Assert.Single(doc.Entities, e => e.Type == "PER" && e.Name.EndsWith("السوداني", StringComparison.Ordinal));
        Assert.Equal("IRQGOV", person.Code); // Iraq's prime minister, not Sudan's
        Assert.DoesNotContain(doc.Entities, e => e.Country == "SD");
        Assert.Equal(person.Id, Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void A_nisba_after_a_definite_noun_stays_a_nationality()
    {
        var doc = models.AnalyzeFacts("التقى رئيس الوزراء العراقي محمد شياع السوداني وفدا أمريكيا في بغداد. واتهم الجيش السوداني قوات الدعم السريع بقصف مدينة نيالا.");
        var person = Assert.Single(doc.Entities, e => e.Type == "PER" && e.Name.EndsWith("السوداني", StringComparison.Ordinal));
        Assert.DoesNotContain(person.Mentions, m => m.Start > doc.Text.IndexOf("الجيش", StringComparison.Ordinal));
    }

    [Fact]
    public void A_family_name_alone_before_a_verb_of_saying_is_the_person_named_before()
    {
        var doc = models.AnalyzeFacts("استقبل وزير الخارجية المصري بدر عبد العاطي نظيره الأردني في القاهرة. بدوره، أعرب عبد العاطي عن تقديره، وقال إن مصر تدعم الأردن.");
        var q = Assert.Single(doc.Quotes);
        var person = Assert.Single(doc.Entities, e => e.Id == q.Speaker);
        Assert.Equal("بدر عبد العاطي", person.Name);
    }

    [Fact]
    public void An_institution_named_again_by_its_head_noun_speaks()
    {
        var doc = models.AnalyzeFacts("قرر البنك المركزي الأردني الإبقاء على أسعار الفائدة دون تغيير. وأوضح البنك أن التضخم تراجع إلى مستويات مقبولة.");
        var q = Assert.Single(doc.Quotes, x => At(doc, new TextSpan(x.Start, x.End)).Contains("التضخم", StringComparison.Ordinal));
        Assert.NotNull(q.Speaker);
        Assert.StartsWith("البنك المركزي", Assert.Single(doc.Entities, e => e.Id == q.Speaker).Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_between_the_cue_and_what_was_said_is_not_the_speaker()
    {
        var doc = models.AnalyzeFacts("وكانت وزارة الخارجية الأردنية قد أعلنت الأسبوع الماضي أن الوزير سيزور دمشق مطلع الشهر المقبل.");
        var q = Assert.Single(doc.Quotes);
        Assert.DoesNotContain("الأسبوع", q.SpeakerText, StringComparison.Ordinal);
        Assert.Contains("الخارجية", q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expected_adjective_does_not_cut_the_quote_but_the_participle_after_a_comma_does()
    {
        var doc = models.AnalyzeFacts("وقال الخبير الاقتصادي يوسف العلي إن القرار كان متوقعا، متوقعا أن يبدأ البنك خفض الفائدة العام المقبل.");
        var spans = doc.Quotes.Select(q => doc.Text[q.Start..q.End]).ToList();
        Assert.Contains("القرار كان متوقعا", spans);
        Assert.Contains(spans, x => x.StartsWith("يبدأ البنك", StringComparison.Ordinal));
    }
}

/// <summary>Honorifics, bodies named with a nationality, and one word of a name.</summary>
public class SpeakerLinkTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void An_honorific_pronoun_speaks_for_the_prince_named_before()
    {
        var doc = models.AnalyzeFacts("تلقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية اتصالا هاتفيا من نظيره الإيراني. وأكد سموه أهمية خفض التصعيد، مشيرا إلى أن المملكة تدعم الحلول السلمية.");
        var prince = Assert.Single(doc.Entities, e => e.Type == "PER" && e.Name.StartsWith("فيصل", StringComparison.Ordinal));
        Assert.Equal(prince.Id, Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void A_body_named_with_a_nationality_does_not_speak_for_the_state()
    {
        var doc = models.AnalyzeFacts("وأفاد نادي الأسير الفلسطيني في بيان بأن قوات الاحتلال اعتقلت عشرين مواطنا من الضفة الغربية.");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("نادي الأسير", q.SpeakerText, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Entities, e => e.Id == q.Speaker && e.Type == "GPE");
    }

    [Fact]
    public void One_word_of_a_name_does_not_lend_another_persons_code()
    {
        var doc = models.AnalyzeFacts("وتلقى الوزير اتصالا هاتفيا من وزير الخارجية الإيراني عباس عراقجي.");
        var araghchi = Assert.Single(doc.Entities, e => e.Name == "عباس عراقجي");
        Assert.NotEqual("PSEGOV", araghchi.Code);
    }
}

/// <summary>Quotes laid out over paragraphs and speakers with long titles.</summary>
public class QuoteLayoutTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_cue_ending_in_a_colon_takes_the_quotation_of_the_next_paragraph()
    {
        var doc = models.AnalyzeFacts("وقال وزير الخارجية الأردني أيمن الصفدي أمام البرلمان:\n«لقد استقبلنا أكثر من مليون لاجئ. لا يمكن أن نتحمل العبء وحدنا».\n\nوأضاف أن المجتمع الدولي مطالب بالتحرك.");
        var q = Assert.Single(doc.Quotes, x => doc.Text[x.Start..x.End].StartsWith("لقد استقبلنا", StringComparison.Ordinal));
        Assert.True(q.Direct);
        Assert.Contains("الصفدي", q.SpeakerText, StringComparison.Ordinal);
        Assert.Contains("وحدنا", doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Fact]
    public void An_envoy_to_a_body_is_the_person_named_after_the_body()
    {
        var doc = models.AnalyzeFacts("وقال مندوب الأردن لدى الأمم المتحدة محمود الحمود إن بلاده تدعم جهود الإغاثة.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("PER", Assert.Single(doc.Entities, e => e.Id == q.Speaker).Type);
    }
}

/// <summary>Long titles, short state names after «و», arrests by security bodies.</summary>
public class LongTitleTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_long_title_and_name_before_an_aside_still_speak()
    {
        var doc = models.AnalyzeFacts("وقال رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني، في مؤتمر صحفي بالدوحة، إن الاتفاق يشمل الإفراج عن ثلاثين رهينة.");
        var q = Assert.Single(doc.Quotes);
        Assert.EndsWith("آل ثاني", q.SpeakerText, StringComparison.Ordinal);
        Assert.Equal("PER", Assert.Single(doc.Entities, e => e.Id == q.Speaker).Type);
    }

    [Fact]
    public void A_short_state_name_after_wa_is_the_state()
    {
        var doc = models.AnalyzeFacts("وأعلنت قطر ومصر التوصل إلى اتفاق بين الطرفين.");
        Assert.Contains(doc.Entities, e => e.Name == "مصر" && e.Code == "EGY");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("ومصر", StringComparison.Ordinal));
    }

    [Fact]
    public void Security_bodies_that_arrest_are_the_actor()
    {
        var doc = models.AnalyzeFacts("وأفادت مصادر أمنية بأن الأجهزة الأمنية ألقت القبض على اثنين من عناصر الخلية.");
        var e = Assert.Single(doc.Events, x => x.Type == "COERCE");
        Assert.Equal("الأجهزة الأمنية", e.SourceText);
    }

    [Theory]
    [InlineData("ونفت وزارة الخارجية المصرية صحة التقارير التي تحدثت عن الزيارة.", "صحة التقارير")]
    [InlineData("وأكد الرئيس عبد الفتاح السيسي أهمية التعاون بين البلدين.", "أهمية التعاون")]
    public void What_a_named_subject_affirms_or_denies_as_a_noun_phrase_is_said(string sentence, string start)
    {
        var doc = models.AnalyzeFacts(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.StartsWith(start, doc.Text[q.Start..q.End], StringComparison.Ordinal);
        Assert.NotNull(q.Speaker);
    }

    [Fact]
    public void An_affirmed_clause_with_a_preposition_is_no_noun_phrase_quote()
    {
        var doc = models.AnalyzeFacts("وأكد الرئيس عبد الفتاح السيسي على ضرورة التعاون بين البلدين.");
        var q = Assert.Single(doc.Quotes);
        Assert.StartsWith("ضرورة", doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Fact]
    public void A_person_named_before_what_he_describes_is_the_speaker()
    {
        var doc = models.AnalyzeFacts("وقال وزير الخزانة الأمريكي في بيان إن العقوبات ستستمر. ووصف المتحدث باسم الخارجية الإيرانية إسماعيل بقائي الخطوة بأنها غير قانونية.");
        var q = Assert.Single(doc.Quotes, x => doc.Text[x.Start..x.End].Contains("غير قانونية", StringComparison.Ordinal));
        Assert.Contains("بقائي", q.SpeakerText, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Entities, e => e.Type == "PER" && e.Name == "بيان");
    }

    [Theory]
    [InlineData("والتقى الرئيس التركي رجب طيب أردوغان نظيره الأذربيجاني في أنقرة. وأشار الرئيس التركي إلى أن العلاقات بين البلدين متينة.", "أردوغان")]
    [InlineData("واستقبل الملك عبدالله الثاني وزير الخارجية الأمريكي في عمان. وقال العاهل الأردني إن الحل يبدأ بوقف الحرب.", "عبدالله الثاني")]
    [InlineData("ووصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى باريس أمس. وقال أمير قطر إن بلاده ماضية في الوساطة.", "تميم بن حمد")]
    public void A_title_standing_for_the_holder_named_before_speaks_as_the_holder(string text, string holder)
    {
        var doc = models.AnalyzeFacts(text);
        var quote = Assert.Single(doc.Quotes);
        var speaker = Assert.Single(doc.Entities, e => e.Id == quote.Speaker);
        Assert.Contains(holder, speaker.Name, StringComparison.Ordinal);
    }
}
