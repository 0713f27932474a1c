using Marsad.Analysis.Quotes;
using Marsad.Core;

namespace Marsad.Analysis.Tests.Quotes;

/// <summary>Who speaks, with the shipped tagger: sentences written for these tests.</summary>
public class SpeakerPhraseTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_call_names_its_caller_not_whom_it_calls_on()
    {
        var doc = models.AnalyzeFacts("من جانبها، دعت الأمم المتحدة طرفي النزاع إلى وقف فوري لإطلاق النار وفتح ممرات آمنة للمساعدات.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("الأمم المتحدة", q.SpeakerText);
    }

    [Fact]
    public void A_call_after_kan_and_qad_is_made_by_the_subject_between_them()
    {
        var doc = models.AnalyzeFacts("وكانت لجنة حماية الصحفيين قد حثت الحكومة التركية على الإفراج عن الصحفيين المحتجزين قبل الانتخابات.");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("لجنة حماية الصحفيين", q.SpeakerText, StringComparison.Ordinal);
        Assert.DoesNotContain("التركية", q.SpeakerText, StringComparison.Ordinal);
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Contains("التركية", call.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verb_joined_after_a_comma_with_no_subject_goes_on_with_the_sentence_subject()
    {
        var doc = models.AnalyzeFacts("وقال المتحدث باسم الشرطة إن الهدوء عاد إلى المدينة. من جهتها، اتهمت حركة الشباب الجيش الصومالي بقصف مواقعها، وأعلنت أنها أسقطت طائرة مسيرة.");
        var q = Assert.Single(doc.Quotes, x => doc.Text[x.Start..x.End].Contains("أسقطت", StringComparison.Ordinal));
        Assert.Contains("الشباب", q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_opening_the_sentence_is_not_who_calls()
    {
        var doc = models.AnalyzeFacts("وفي القاهرة، أدانت وزارة الخارجية المصرية في بيان الهجوم، ودعت الأطراف كافة إلى ضبط النفس.");
        var q = Assert.Single(doc.Quotes, x => doc.Text[x.Start..x.End].Contains("ضبط النفس", StringComparison.Ordinal));
        Assert.Contains("وزارة الخارجية", q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_in_quotation_marks_right_after_the_verb_is_who_speaks()
    {
        var doc = models.AnalyzeFacts("وفي المقابل، أعلنت «كتائب القسام» أنها استهدفت آلية عسكرية بقذيفة مضادة للدروع.");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("استهدفت", doc.Text[q.Start..q.End], StringComparison.Ordinal);
        Assert.Contains("القسام", q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_caretaker_title_is_whole_and_the_community_called_on_is_not_the_speaker()
    {
        var doc = models.AnalyzeFacts("وطالب رئيس حكومة تصريف الأعمال نجيب ميقاتي المجتمع الدولي بالضغط على إسرائيل لوقف اعتداءاتها.");
        var person = Assert.Single(doc.Entities, e => e.Type == "PER");
        Assert.Contains("رئيس حكومة تصريف الأعمال", person.Roles);
        var q = Assert.Single(doc.Quotes);
        Assert.DoesNotContain("المجتمع", q.SpeakerText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وقال المتحدث باسم وزارة الصحة، أحمد فهمي، للصحفيين، إن الوضع الوبائي تحت السيطرة.", "فهمي")]
    [InlineData("وقال مدير ناحية ديرلوك، سربست صبري، لشفق نيوز، إن المسيرة قصفت السيارة بصاروخين.", "سربست صبري")]
    public void A_name_in_apposition_and_an_addressee_between_commas_before_inna(string sentence, string speaker)
    {
        var doc = models.AnalyzeFacts(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.Contains(speaker, q.SpeakerText, StringComparison.Ordinal);
        var person = Assert.Single(doc.Entities, e => e.Id == q.Speaker);
        Assert.Equal("PER", person.Type);
    }

    [Fact]
    public void Two_capitals_side_by_side_are_accuser_and_accused()
    {
        var doc = models.AnalyzeFacts("وتتهم بغداد أنقرة بانتهاك سيادة العراق.");
        var accusation = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal("بغداد", accusation.SourceText);
        Assert.Equal("أنقرة", accusation.TargetText);
    }

    [Fact]
    public void Banners_speak_for_who_carries_them_to_whom_they_address()
    {
        var doc = models.AnalyzeFacts("وخرج مئات من أهالي مدينة حلب في مظاهرة وسط المدينة، رافعين لافتات تطالب المجتمع الدولي بحماية المدنيين.");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("أهالي", q.SpeakerText, StringComparison.Ordinal);
        var demand = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Contains("المجتمع", demand.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_participle_speaks_for_its_own_sentence_subject()
    {
        var doc = models.AnalyzeFacts("ودعت الأمم المتحدة طرفي النزاع إلى وقف فوري لإطلاق النار. وكان قائد قوات الدعم السريع محمد حمدان دقلو قد رفض في وقت سابق دعوات الحوار، مؤكدا أن قواته ستواصل القتال.");
        var q = Assert.Single(doc.Quotes, x => doc.Text[x.Start..x.End].Contains("ستواصل", StringComparison.Ordinal));
        Assert.Contains("دقلو", q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contrasting_clause_after_a_comma_ends_what_was_said()
    {
        var doc = models.AnalyzeFacts("وطالبت منظمة العفو الدولية السلطات بالإفراج عن الناشطين المعتقلين، فيما رفضت الحكومة هذه الاتهامات.");
        var q = Assert.Single(doc.Quotes);
        Assert.DoesNotContain("رفضت", doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Fact]
    public void An_accusing_participle_ends_the_quote_before_it()
    {
        var doc = models.AnalyzeFacts("وقال المندوب إن حكومته تتعاون بشكل كامل مع الوكالات الإنسانية، متهما قوات الدعم السريع بعرقلة وصول المساعدات.");
        var q = Assert.Single(doc.Quotes);
        Assert.DoesNotContain("متهما", doc.Text[q.Start..q.End], StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Events, e => e.Type == "AID"); // aid obstructed did not arrive
    }

    [Fact]
    public void An_attributed_clause_leaves_out_the_connective_that_opens_it()
    {
        var doc = models.AnalyzeFacts("وفي سياق متصل، قصفت الطائرات منزلا في مدينة خان يونس، ما أسفر عن مقتل خمسة أشخاص، بحسب ما أفادت وزارة الصحة في غزة.");
        var q = Assert.Single(doc.Quotes);
        Assert.StartsWith("قصفت", doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Fact]
    public void A_calling_participle_keeps_the_speaker_not_whom_it_calls_on()
    {
        var doc = models.AnalyzeFacts("وقال وزير الخارجية الأردني أيمن الصفدي إن الاحتلال يجب أن ينتهي، داعيا المجتمع الدولي إلى التحرك فورا لوقف الانتهاكات.");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.All(doc.Quotes, q => Assert.Contains("الصفدي", q.SpeakerText, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("أكد يوسف العلي، رئيس لجنة الشؤون الخارجية في البرلمان والعضو البارز في الائتلاف الحاكم، أن الحكومة ماضية في الإصلاحات.")]
    [InlineData("وقال يوسف العلي، خلال مؤتمر صحفي عقده في مقر البرلمان مع عدد من النواب، إن الحكومة ماضية في الإصلاحات.")]
    [InlineData("وقال يوسف العلي، في البرلمان، إن الحكومة ماضية في الإصلاحات.")]
    public void A_speaker_set_off_by_commas_still_speaks_the_content_after_them(string sentence)
    {
        var doc = models.AnalyzeFacts(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("يوسف العلي", q.SpeakerText);
        Assert.Equal("الحكومة ماضية في الإصلاحات", doc.Text[q.Start..q.End]);
    }

    [Fact]
    public void A_clause_between_commas_that_is_not_followed_by_a_complementizer_is_no_quote()
    {
        var doc = models.AnalyzeFacts("وأكد يوسف العلي، رئيس لجنة الشؤون الخارجية في البرلمان، وبدا واضحا أن الحكومة ماضية في الإصلاحات.");
        Assert.DoesNotContain(doc.Quotes, q => q.SpeakerText == "يوسف العلي" && doc.Text[q.Start..q.End].StartsWith("الحكومة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_opened_inside_what_was_said_closes_inside_it()
    {
        var doc = models.AnalyzeFacts("وقال يوسف العلي إن الحكومة \"ماضية في الإصلاحات\"، مضيفا أن البرلمان سيصوت الأسبوع المقبل.");
        var q = Assert.Single(doc.Quotes, x => doc.Text[x.Start..x.End].Contains("ماضية", StringComparison.Ordinal));
        Assert.Equal("الحكومة \"ماضية في الإصلاحات\"", doc.Text[q.Start..q.End]);
    }

    [Fact]
    public void What_was_affirmed_with_a_possessive_is_not_the_speaker()
    {
        var doc = models.AnalyzeFacts("من جانبه، أعرب وزير الخارجية الأردني أيمن الصفدي عن تقديره للجهود المبذولة، وأكد حرص بلاده على تطوير التعاون مع مصر.");
        var q = Assert.Single(doc.Quotes, x => doc.Text[x.Start..x.End].Contains("تطوير", StringComparison.Ordinal));
        Assert.Contains("الصفدي", q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_alone_speaks_for_the_one_person_named_with_it_before()
    {
        var doc = models.AnalyzeFacts("استقبل الرئيس التونسي قيس سعيد وزير الخارجية الإيطالي أنطونيو تاياني في قصر قرطاج. وقال المتحدث الرسمي باسم الرئاسة التونسية وليد الحجام إن اللقاء كان مثمرا. وأضاف المتحدث الرسمي أن الرئيس شدد على أهمية التعاون في ملف الهجرة. من جهته، أكد الوزير الإيطالي أن بلاده تدعم تونس.");
        var spokesman = Assert.Single(doc.Entities, e => e.Name == "وليد الحجام");
        var saied = Assert.Single(doc.Entities, e => e.Name == "قيس سعيد");
        var tajani = Assert.Single(doc.Entities, e => e.Name.Contains("تاياني", StringComparison.Ordinal));
        Assert.Equal(spokesman.Id, Assert.Single(doc.Quotes, x => doc.Text[x.Start..x.End].Contains("الرئيس شدد", StringComparison.Ordinal)).Speaker);
        Assert.Equal(tajani.Id, Assert.Single(doc.Quotes, x => doc.Text[x.Start..x.End].Contains("تدعم", StringComparison.Ordinal)).Speaker);
        Assert.Contains(saied.Mentions, m => doc.Text[m.Start..m.End] == "الرئيس");
    }

    [Fact]
    public void A_title_that_fits_two_people_or_names_someone_else_stays_unresolved()
    {
        var doc = models.AnalyzeFacts("التقى وزير الخارجية المصري بدر عبد العاطي وزير الخارجية التركي هاكان فيدان في القاهرة. وقال الوزير إن المحادثات كانت بناءة. وقال نائب الرئيس إن الزيارة مهمة.");
        Assert.DoesNotContain(doc.Entities, e => e.Mentions.Any(m => doc.Text[m.Start..m.End] is "الوزير" or "الرئيس"));
    }

    [Theory]
    [InlineData("وأكد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز دعم المبادرة. وقررت المملكة تسيير جسر جوي للإغاثة.", "المملكة")]
    [InlineData("استقبل الرئيس اليمني عبد ربه منصور هادي الوفد. ويمثل بن دغر الجناح المنشق عن الرئيس السابق في الحزب.", "الرئيس السابق")]
    [InlineData("وزار محافظ الرس محمد بن عبد الله المعرض. وتحدث العقيل عن المشاريع في المحافظة.", "المحافظة")]
    public void A_place_or_another_holder_of_the_title_is_no_anaphor(string text, string phrase)
    {
        var doc = models.AnalyzeFacts(text);
        var at = doc.Text.LastIndexOf(phrase, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Entities, e => e.Type == "PER" && e.Mentions.Any(m => m.Start <= at && m.End > at));
    }

    [Theory]
    [InlineData("وقال الوزير: إن الإصدارات ستبقى بالريال السعودي هذا العام.", "الإصدارات ستبقى")]
    [InlineData("ونقلت الوكالة عن وزارة الصحة قولها إن فرقها أجلت 234 عائلة من مناطق الاشتباكات.", "فرقها أجلت")]
    public void A_bare_complementizer_after_a_colon_or_saying_is_not_what_was_said(string sentence, string start)
    {
        var doc = models.AnalyzeFacts(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.StartsWith(start, doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Fact]
    public void A_joined_saying_verb_with_a_channel_goes_on_with_the_sentence_subject()
    {
        var doc = models.AnalyzeFacts("وتحدث الرئيس السابق عن الأزمة أمس. ووصل المبعوث الأمريكي توم بيرييلو إلى نيروبي أمس، وقال في تصريحات للصحفيين: «صبرنا بدأ ينفد».");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("بيرييلو", q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unnamed_source_placed_in_a_city_is_the_source_not_the_city()
    {
        var doc = models.AnalyzeFacts("غير أن مصدراً حكومياً في بورتسودان قال للصحيفة إن الحكومة لن تذهب إلى جدة.");
        var q = Assert.Single(doc.Quotes);
        Assert.StartsWith("مصدر", q.SpeakerText, StringComparison.Ordinal);
        Assert.Null(q.Speaker);
    }

    [Fact]
    public void A_name_with_an_honorific_in_apposition_just_before_the_complementizer_is_the_speaker()
    {
        var doc = models.AnalyzeFacts("قال المتحدث الرسمي باسم وزارة الخارجية القطرية، الدكتور ماجد الأنصاري، إن المفاوضات مستمرة.");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("الأنصاري", q.SpeakerText, StringComparison.Ordinal);
        Assert.Equal("PER", doc.Entities.Single(e => e.Id == q.Speaker).Type);
    }

    [Fact]
    public void The_topic_of_amma_is_the_subject_of_the_verb_after_faqad()
    {
        var doc = models.AnalyzeFacts("وقال الأمين العام للحزب وائل السقا إن الحزب سينظم وقفة. أما النائب صالح العرموطي فقد صرح بأن الحكومة مطالبة بمراجعة علاقاتها.");
        Assert.Contains(doc.Quotes, q => q.SpeakerText!.Contains("العرموطي", StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_joined_by_idh_after_a_comma_goes_on_with_the_body_that_criticized()
    {
        var doc = models.AnalyzeFacts("ونفى محامٍ آخر، هو أحمد حلمي، أن يكون موكلوه قد شاركوا في أي اجتماع. وانتقدت المبادرة المصرية للحقوق الشخصية الحكم، إذ قالت في بيان إن المحاكمة افتقرت إلى الضمانات.");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.Contains("حلمي", doc.Quotes[0].SpeakerText, StringComparison.Ordinal);
        Assert.Equal("المبادرة المصرية للحقوق الشخصية", doc.Quotes[1].SpeakerText);
    }

    [Fact]
    public void A_source_asking_not_to_be_named_is_the_speaker_and_asking_is_no_cue()
    {
        var doc = models.AnalyzeFacts("غير أن مصدراً دبلوماسياً خليجياً، طلب عدم ذكر اسمه، قال لـ«الشرق الأوسط» إن الجانب السعودي شدد على أهمية التعاون.");
        var q = Assert.Single(doc.Quotes);
        Assert.StartsWith("مصدر", q.SpeakerText, StringComparison.Ordinal);
        Assert.StartsWith("الجانب السعودي", doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ونقلت صحيفة \"يديعوت أحرونوت\" عن مسؤول أمني إسرائيلي قوله إن تل أبيب لا تنوي الانسحاب من النقاط الخمس.", "تل أبيب لا تنوي")]
    [InlineData("وقالت الجماعة في بيان نشرته مؤسسة \"الزلاقة\" التابعة لها إن مقاتليها سيطروا على الثكنة.", "مقاتليها سيطروا")]
    public void A_quoted_outlet_name_before_the_source_is_no_start_of_what_was_said(string sentence, string start)
    {
        var doc = models.AnalyzeFacts(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.StartsWith(start, doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_in_apposition_before_qawluh_belongs_to_the_relayed_source()
    {
        var doc = models.AnalyzeFacts("ونقلت وكالة شفق نيوز عن المسؤول الأمني للكتائب، أبو علي العسكري، قوله إن الكتائب لم تنفذ أي عملية.");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("العسكري", q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_cue_after_but_he_opens_a_second_quote()
    {
        var doc = models.AnalyzeFacts("وقال الوزير إن بلاده \"لا تسعى إلى التصعيد\"، لكنه شدد على أن بلاده ستتخذ كل الإجراءات اللازمة إذا استمرت الهجمات.");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.EndsWith("التصعيد\"", doc.Text[doc.Quotes[0].Start..doc.Quotes[0].End], StringComparison.Ordinal);
    }

    [Fact]
    public void Whom_it_was_said_to_is_no_part_of_the_speaker() =>
        Assert.Equal("النائب محمد رعد", Assert.Single(models.AnalyzeFacts("وقال النائب محمد رعد للصحفيين بعد الجلسة إن الحزب حمى التوافق الوطني.").Quotes).SpeakerText);

    [Theory]
    [InlineData("وقال القيادي في حركة حماس سامي أبو زهري إن الوسطاء لم يقدموا أي ضمانات حتى الآن.", "سامي أبو زهري")]
    [InlineData("وقال الباحث في الشؤون الأفريقية عمرو حسن إن الأزمة في الساحل مرشحة للتفاقم.", "عمرو حسن")]
    [InlineData("وقال النائب عن تحالف الفتح محمد البلداوي إن البرلمان سيستضيف وزير النفط الأسبوع المقبل.", "محمد البلداوي")]
    public void A_member_of_a_body_named_before_the_person_is_that_person(string sentence, string name)
    {
        var doc = models.AnalyzeFacts(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.EndsWith(name, q.SpeakerText, StringComparison.Ordinal);
        var person = Assert.Single(doc.Entities, e => e.Type == "PER");
        Assert.Equal(person.Id, q.Speaker);
    }

    [Fact]
    public void An_actor_inside_a_plan_that_a_call_follows_is_not_its_source()
    {
        var doc = models.AnalyzeFacts("وطالب الوسيط الدولي بوقف القتال فورا وفقا لخطة تتضمن انسحاب الحوثيين من ميناء الحديدة وفتح الطرق.");
        Assert.DoesNotContain(doc.Quotes, q => q.SpeakerText is { } t && t.Contains("خطة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bulletin_of_a_body_is_a_source()
    {
        var doc = models.AnalyzeFacts("ستشهد المناطق الساحلية رياحا قوية وأمطارا غزيرة خلال اليومين المقبلين، بحسب نشرية خاصة للمعهد الوطني للرصد الجوي.");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("الوطني للرصد الجوي", q.SpeakerText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وأكد رئيس بعثة اللجنة الدولية في ليبيا، جان بيير روسو، أن الفرق وصلت إلى درنة.", "جان بيير روسو")]
    [InlineData("وأكد رئيس مكتب المنظمة في السودان، مارك لوكوك، أن قوافل الإغاثة لم تصل إلى الفاشر منذ شهرين.", "مارك لوكوك")]
    public void A_person_named_between_commas_after_a_title_is_who_speaks_with_a_verb_that_takes_an_object(string sentence, string name)
    {
        var doc = models.AnalyzeFacts(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.EndsWith(name, q.SpeakerText, StringComparison.Ordinal);
        Assert.Equal(Assert.Single(doc.Entities, e => e.Type == "PER").Id, q.Speaker);
    }

    [Theory]
    [InlineData("وقال العقيد سامي الحاج، قائد الكتيبة الثالثة في الجيش الليبي، لوكالة الأنباء الليبية إن الوحدات استعادت السيطرة على المعبر.", "سامي الحاج", "الوحدات استعادت")]
    [InlineData("وقالت المحامية ليلى بن علي، وهي عضو في هيئة الدفاع، لموقع الكتيبة، إن الجلسة أجلت إلى الشهر المقبل.", "ليلى بن علي", "الجلسة أجلت")]
    public void After_an_aside_whom_it_was_told_to_comes_before_the_complementizer(string sentence, string name, string said)
    {
        var doc = models.AnalyzeFacts(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.Contains(name, q.SpeakerText, StringComparison.Ordinal);
        Assert.StartsWith(said, doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Fact]
    public void A_rank_and_a_name_whose_family_name_alone_was_tagged_are_in_apposition()
    {
        var doc = models.AnalyzeFacts("وقال المتحدث باسم القيادة الأوروبية، الجنرال بات فيرنر، للصحفيين إن السفن الحربية ستبقى في المنطقة.");
        var q = Assert.Single(doc.Quotes);
        Assert.EndsWith("فيرنر", q.SpeakerText, StringComparison.Ordinal);
        Assert.StartsWith("السفن الحربية", doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Fact]
    public void An_accusation_in_quoted_words_is_a_quote_and_one_without_quotes_is_not()
    {
        var quoted = models.AnalyzeFacts("وقال قائد الجيش إن قواته لن تتراجع، متهما «قوات الدعم السريع» بـ«ارتكاب مجازر بحق المدنيين في الجنينة».");
        var q = Assert.Single(quoted.Quotes, x => quoted.Text[x.Start..x.End].Contains("مجازر", StringComparison.Ordinal));
        Assert.StartsWith("ارتكاب", quoted.Text[q.Start..q.End], StringComparison.Ordinal);
        Assert.Contains("قائد الجيش", q.SpeakerText, StringComparison.Ordinal);
        var plain = models.AnalyzeFacts("واتهمت الحكومة السودانية قوات الدعم السريع بخرق الهدنة في الفاشر.");
        Assert.Empty(plain.Quotes);
    }

    [Fact]
    public void An_accusation_joined_after_a_comma_is_the_subjects_and_the_accused_is_not_the_speaker()
    {
        var doc = models.AnalyzeFacts("وانتقد وزير الدفاع الإسرائيلي يوآف غالانت الاتفاق، واتهم الحكومة الفلسطينية بـ«دعم الإرهاب».");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("وزير الدفاع", q.SpeakerText, StringComparison.Ordinal);
        Assert.DoesNotContain("الفلسطينية", q.SpeakerText, StringComparison.Ordinal);
        Assert.All(doc.Events.Where(e => e.Type == "ACCUSE"), e => Assert.DoesNotContain("الفلسطينية", e.SourceText ?? "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ونقلت الوكالة عن مسؤول قوله إن المفاوضات مستمرة، نافيا أن تكون قد توقفت بسبب الخلافات.", "تكون قد توقفت")]
    [InlineData("ورد المتحدث باسم الحكومة على الانتقادات بالقول إن الإصلاحات ستستمر رغم الصعوبات.", "الإصلاحات ستستمر")]
    [InlineData("وانتقد رئيس البرلمان الإيراني محمد باقر قاليباف التقرير، ووصفه بأنه \"محض افتراء ومحاولة للتضليل\".", "محض افتراء")]
    public void Participles_and_phrases_of_saying_go_on_with_the_sentences_speaker(string sentence, string said)
    {
        var doc = models.AnalyzeFacts(sentence);
        var q = Assert.Single(doc.Quotes, x => doc.Text[x.Start..x.End].Contains(said, StringComparison.Ordinal));
        Assert.NotNull(q.SpeakerText);
        Assert.DoesNotContain("بالقول", q.SpeakerText, StringComparison.Ordinal);
        Assert.True(q.Speaker is not null || q.SpeakerText!.Contains("مسؤول", StringComparison.Ordinal) || q.SpeakerText.Contains("الحكومة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_source_described_by_the_relay_is_no_quote_of_its_own()
    {
        var doc = models.AnalyzeFacts("ونقلت الصحيفة عن مصدر وصفته بأنه مطلع قوله إن البنك سيبيع محفظة من القروض المتعثرة.");
        var q = Assert.Single(doc.Quotes);
        Assert.StartsWith("البنك سيبيع", doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_after_but_she_is_the_named_speakers_not_the_warned_states()
    {
        var doc = models.AnalyzeFacts("وقال المتحدث باسم الخارجية الفرنسية كريستوف لوموان إن الحوار ممكن، لكنه حذر موسكو من أن \"الصبر له حدود\".");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.All(doc.Quotes, q => Assert.Contains("لوموان", q.SpeakerText, StringComparison.Ordinal));
    }

    [Fact]
    public void Then_after_a_relative_pronoun_and_a_reply_to_a_question_are_neither_speaker_nor_content()
    {
        var doc = models.AnalyzeFacts("والتقى الوزير رئيس الوزراء العراقي محمد شياع السوداني، الذي أكد حينها أن بغداد ترفض أن تكون ساحة للصراع.");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("السوداني", q.SpeakerText, StringComparison.Ordinal);
        var reply = models.AnalyzeFacts("ونفى وزير الخارجية الكويتي ردا على سؤال لـ(كونا) وجود أي وساطة كويتية جديدة في الأزمة.");
        var r = Assert.Single(reply.Quotes);
        Assert.StartsWith("وجود", reply.Text[r.Start..r.End], StringComparison.Ordinal);
    }

    [Fact]
    public void A_spokesman_for_a_body_between_commas_is_no_content()
    {
        var doc = models.AnalyzeFacts("وأكدت جامعة الدول العربية، على لسان أمينها العام المساعد حسام زكي، أنها مستعدة لدعم أي حوار بين الأطراف.");
        var q = Assert.Single(doc.Quotes);
        Assert.DoesNotContain("لسان", doc.Text[q.Start..q.End], StringComparison.Ordinal);
        Assert.Contains("مستعدة لدعم", doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_office_or_the_same_source_points_back_to_the_speaker_named_before()
    {
        var doc = models.AnalyzeFacts("وقال مدير مستشفى الشفاء إن الوقود نفد. وأضاف المدير أن المولدات ستتوقف خلال ساعات. وأوضح المصدر نفسه أن عشرات المرضى في خطر.");
        Assert.Equal(3, doc.Quotes.Count);
        Assert.All(doc.Quotes, q => Assert.StartsWith("مدير مستشفى", q.SpeakerText, StringComparison.Ordinal));
    }

    [Fact]
    public void Dual_participles_and_a_source_told_with_a_pronoun_on_its_verb()
    {
        var dual = models.AnalyzeFacts("وأكدت السعودية وروسيا في بيان مشترك أن التنسيق سيستمر، مؤكدتين أن قرارات التحالف تستند إلى معطيات السوق وحدها.");
        Assert.Equal(2, dual.Quotes.Count);
        var trailing = models.AnalyzeFacts("وقتل 17 مدنيا على الأقل في قصف مدفعي على المدينة، وفق ما أعلنته شبكة أطباء السودان.");
        var q = Assert.Single(trailing.Quotes);
        Assert.Contains("شبكة أطباء السودان", q.SpeakerText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("واتصل الوزير بمحافظ البنك المركزي أيمن الصفدي، الذي قال إن الاحتياطيات كافية لستة أشهر.", "الصفدي")]
    [InlineData("والتقى الوفد الأمين العام للأمم المتحدة أنطونيو غوتيريش، الذي دعا الأطراف إلى وقف فوري لإطلاق النار.", "غوتيريش")]
    public void Who_a_relative_pronoun_stands_for_speaks(string sentence, string name)
    {
        var doc = models.AnalyzeFacts(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.Contains(name, q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verb_of_saying_after_a_relative_pronoun_keeps_its_own_subject()
    {
        var doc = models.AnalyzeFacts("وبحث الجانبان دعم وكالة الأونروا، التي قال وزير الخارجية الأردني أيمن الصفدي إنه لا بديل عنها.");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("الصفدي", q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_with_zaiman_goes_on_with_the_claimant()
    {
        var doc = models.AnalyzeFacts("وتبنت حركة الشباب الهجوم على القاعدة، زاعمة أن مقاتليها قتلوا عشرات الجنود.");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("الشباب", q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_demand_after_a_channel_set_off_by_commas_starts_at_its_own_preposition()
    {
        var doc = models.AnalyzeFacts("وطالبت وزارة الخارجية المصرية، في بيان، المجتمع الدولي بالتدخل لوقف الحرب.");
        var q = Assert.Single(doc.Quotes);
        Assert.StartsWith("التدخل", doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Fact]
    public void A_preposition_inside_the_speakers_title_is_not_the_calls()
    {
        var doc = models.AnalyzeFacts("ودعا المبعوث الأممي إلى ليبيا عبد الله باتيلي جميع الأطراف إلى وقف فوري لإطلاق النار.");
        var q = Assert.Single(doc.Quotes);
        Assert.StartsWith("وقف", doc.Text[q.Start..q.End], StringComparison.Ordinal);
        Assert.Contains("باتيلي", q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_outlet_a_statement_went_out_through_is_not_its_speaker()
    {
        var doc = models.AnalyzeFacts("وفي بيان نشرته وكالة \"أعماق\" التابعة له، تبنى تنظيم داعش الهجوم، وزعم أن عناصره قتلوا خمسة جنود.");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("داعش", q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_movements_head_noun_points_back_to_it()
    {
        var doc = models.AnalyzeFacts("هاجم مسلحون من حركة الشباب قاعدة للجيش في شبيلي. وتبنت الحركة الهجوم، مؤكدة أن مقاتليها قتلوا عشرة جنود.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("الحركة", q.SpeakerText);
        Assert.Equal("SOMREB", doc.Entities.Single(e => e.Id == q.Speaker).Code);
    }

    [Fact]
    public void A_title_and_its_holder_further_on_are_the_subject_a_joined_verb_goes_on_with()
    {
        var doc = models.AnalyzeFacts("وتبنى المتحدث العسكري باسم جماعة الحوثي يحيى سريع الهجوم، وقال في كلمة متلفزة إن الصواريخ أصابت السفينة.");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("يحيى سريع", q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_named_by_its_head_alone_is_the_speaker_and_the_actor_after_it_the_addressee()
    {
        var doc = models.AnalyzeFacts("وطالبت الحركة السلطة الفلسطينية بالإفراج عن المعتقلين السياسيين.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("الحركة", q.SpeakerText);
        var demand = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal("الحركة", demand.SourceText);
        Assert.Contains("السلطة الفلسطينية", demand.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void What_a_named_body_announces_as_a_noun_phrase_is_what_it_said_but_not_a_claim()
    {
        var doc = models.AnalyzeFacts("وأعلن الجيش الباكستاني مقتل خمسة مسلحين في اشتباك بإقليم وزيرستان.");
        var q = Assert.Single(doc.Quotes);
        Assert.StartsWith("مقتل خمسة مسلحين", doc.Text[q.Start..q.End], StringComparison.Ordinal);
        Assert.Contains("الجيش الباكستاني", q.SpeakerText, StringComparison.Ordinal);
        Assert.Empty(models.AnalyzeFacts("وأعلنت حركة الشباب مسؤوليتها عن الهجوم على القاعدة.").Quotes);
        Assert.Empty(models.AnalyzeFacts("وأعلن الجيش الباكستاني أمس حالة التأهب القصوى.").Quotes);
    }

    [Fact]
    public void A_movement_accusing_a_body_is_the_speaker_without_the_body()
    {
        var doc = models.AnalyzeFacts("واتهمت حركة حماس الأجهزة الأمنية في الضفة بـ\"ملاحقة الناشطين\".");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("حركة حماس", q.SpeakerText);
    }

    [Fact]
    public void A_named_bodys_nationality_is_no_addressee_and_journalists_told_are_no_part_of_the_speaker()
    {
        var doc = models.AnalyzeFacts("وأعلنت الجمعية الروسية لمنتجي الحبوب عن تراجع صادرات القمح هذا العام.");
        Assert.Contains("الروسية", Assert.Single(doc.Quotes).SpeakerText, StringComparison.Ordinal);
        var told = models.AnalyzeFacts("وصرح ماكرون للصحافيين بعد لقائه بالرئيس الأمريكي بأن المحادثات كانت مثمرة.");
        Assert.Equal("ماكرون", Assert.Single(told.Events, e => e.Type == "CONSULT").SourceText);
    }

    [Theory]
    [InlineData("أعلنت وزارة الداخلية الأردنية، السبت، ضبط كميات كبيرة من المخدرات على الحدود.", "وزارة الداخلية الأردنية", "ضبط")]
    [InlineData("وأعلنت السلطات الأمنية في مأرب اعتقال خلية تابعة للجماعة.", "السلطات الأمنية", "اعتقال")]
    [InlineData("وأعلنت وزارة الصحة في حكومة الوحدة الوطنية توقيع اتفاقية لتوريد الأدوية.", "وزارة الصحة", "توقيع")]
    public void What_a_body_announces_as_a_noun_after_a_place_or_a_time_is_its_quote(string sentence, string speaker, string content)
    {
        var doc = models.AnalyzeFacts(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.StartsWith(speaker, q.SpeakerText, StringComparison.Ordinal);
        Assert.StartsWith(content, doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وأصدرت النقابة بيانا قالت فيه إن الإضراب سيستمر حتى تلبية المطالب.", "النقابة")]
    [InlineData("ونشرت الحركة تسجيلا مصورا أكدت فيه أن مقاتليها صدوا الهجوم.", "الحركة")]
    public void The_pronoun_of_the_statement_issued_is_no_speaker_its_issuer_is(string sentence, string issuer)
    {
        var q = Assert.Single(models.AnalyzeFacts(sentence).Quotes);
        Assert.Equal(issuer, q.SpeakerText);
    }

    [Theory]
    [InlineData("وقال أندرس لارسن للأناضول، إن المجاعة تنتشر بسرعة في المخيمات.", "أندرس لارسن")]
    [InlineData("وقال وزير الصحة للجزيرة نت، إن المستشفيات تعمل بأقل من نصف طاقتها.", "وزير الصحة")]
    [InlineData("وقال قائد للقوات المناهضة للحوثيين لرويترز إن الهجوم سيستمر حتى تحرير المدينة.", "قائد للقوات المناهضة للحوثيين")]
    [InlineData("وقال استطلاع للرأي إن أكثر من نصف الناخبين يعارضون الاتفاق.", "استطلاع للرأي")]
    public void The_outlet_a_speaker_talked_to_is_no_part_of_the_speaker(string sentence, string speaker)
    {
        var doc = models.AnalyzeFacts(sentence);
        Assert.Equal(speaker, Assert.Single(doc.Quotes).SpeakerText);
    }

    [Fact]
    public void The_same_source_points_back_to_a_source_of_two_words()
    {
        var doc = models.AnalyzeFacts("وقال مصدر أمني لهسبريس إن عناصر الدرك منعوا مئات الشبان من الوصول إلى الشاطئ. وأضاف المصدر ذاته أن الموقوفين وضعوا تحت الحراسة النظرية.");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.All(doc.Quotes, q => Assert.Equal("مصدر أمني", q.SpeakerText));
    }

    [Theory]
    [InlineData("ونفت الحكومة أي علاقة لها بالهجوم على المعسكر.", "الحكومة", "أي علاقة")]
    [InlineData("ونفى المتحدث باسم الحركة أي صلة لمقاتليها بعملية النهب.", "المتحدث باسم الحركة", "أي صلة")]
    [InlineData("وقال مصدر أمني إن الخاطفين عصابة إجرامية، نافيا دفع أي فدية للخاطفين.", "مصدر أمني", "دفع أي فدية")]
    public void What_was_denied_can_be_a_noun_phrase(string sentence, string speaker, string opens)
    {
        var doc = models.AnalyzeFacts(sentence);
        var denied = Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].StartsWith(opens, StringComparison.Ordinal));
        Assert.Equal(speaker, denied.SpeakerText);
    }

    [Theory]
    [InlineData("أعلنت وزارة الداخلية السورية، اليوم الأحد، إلقاء القبض على خلية في ريف حمص.", "وزارة الداخلية السورية", "إلقاء القبض")]
    [InlineData("وأعلنت قيادة شرطة البصرة في بيان تشكيل فريق تحقيق خاص.", "قيادة شرطة البصرة", "تشكيل فريق")]
    [InlineData("أعلن جهاز مكافحة الإرهاب العراقي اعتقال ثلاثة مشتبه بهم في كركوك.", "جهاز مكافحة الإرهاب العراقي", "اعتقال ثلاثة")]
    [InlineData("وأعلن الحسيني جمع تواقيع 52 نائبا على طلب استجواب الوزيرة، مؤكدا أن الاستجواب سيتم الأسبوع المقبل.", "الحسيني", "جمع تواقيع")]
    public void An_announced_act_is_what_was_announced_though_a_participle_with_its_own_clause_follows(string sentence, string speaker, string opens)
    {
        var doc = models.AnalyzeFacts(sentence);
        var announced = Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].StartsWith(opens, StringComparison.Ordinal));
        Assert.Equal(speaker, announced.SpeakerText);
    }

    [Fact]
    public void A_definite_body_then_a_named_or_lone_body_are_speaker_and_addressee()
    {
        var called = models.AnalyzeFacts("ودعا المنتدى الحكومة إلى التراجع عن القرار.");
        Assert.Equal("المنتدى", Assert.Single(called.Quotes).SpeakerText);
        Assert.Contains("الحكومة", Assert.Single(called.Events, e => e.Type == "REQUEST").TargetText, StringComparison.Ordinal);
        var affirmed = models.AnalyzeFacts("وأكد التجمع المعارض في بيان أن الاحتجاجات ستستمر.");
        Assert.Equal("التجمع المعارض", Assert.Single(affirmed.Quotes).SpeakerText);
        var resumptive = models.AnalyzeFacts("في وقت أعلنت فيه مصادر رسمية يمنية عن عصيان قيادات اللواء الرابع.");
        Assert.Equal("مصادر رسمية يمنية", Assert.Single(resumptive.Quotes).SpeakerText);
    }

    [Theory]
    [InlineData("وقال المتحدث باسم الحكومة الأردنية محمد المومني في تصريح لقناة المملكة، إن الحكومة ماضية في الإصلاحات.", "محمد المومني", "الحكومة ماضية")]
    [InlineData("وأكدت وزيرة الخارجية الإندونيسية ريتنو مارسودي خلال مؤتمر صحفي مشترك في جاكرتا، أن بلادها تدعم حل الدولتين.", "ريتنو مارسودي", "بلادها تدعم")]
    public void A_long_title_and_name_then_the_statement_made_and_a_comma_still_open_what_was_said(string sentence, string speaker, string said)
    {
        var doc = models.AnalyzeFacts(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.Contains(speaker, q.SpeakerText, StringComparison.Ordinal);
        Assert.DoesNotContain("تصريح", q.SpeakerText, StringComparison.Ordinal);
        Assert.DoesNotContain("مؤتمر", q.SpeakerText, StringComparison.Ordinal);
        Assert.StartsWith(said, doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Fact]
    public void An_urging_with_its_conjunction_is_a_cue_and_the_body_urged_is_no_part_of_the_title()
    {
        var doc = models.AnalyzeFacts("وحث الوزير الحكومة على الحوار مع أحزاب المعارضة.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("الوزير", q.SpeakerText);
        Assert.StartsWith("الحوار", doc.Text[q.Start..q.End], StringComparison.Ordinal);
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal("الحكومة", call.TargetText);
    }

    [Fact]
    public void A_quantifier_after_a_ministry_opens_whom_it_calls_on()
    {
        var doc = models.AnalyzeFacts("ودعت الوزارة جميع الأطراف اليمنية إلى التحلي بالمسؤولية.");
        Assert.Equal("الوزارة", Assert.Single(doc.Quotes).SpeakerText);
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("جميع", StringComparison.Ordinal));
    }

    [Fact]
    public void A_field_named_by_a_nisba_before_the_sentence_is_no_speaker_of_its_participle()
    {
        var doc = models.AnalyzeFacts("وعلى الصعيد الدبلوماسي، أدان الأمين العام للأمم المتحدة أنطونيو غوتيريش الهجوم على الناقلة، داعيا الحوثيين إلى وقف الهجمات.");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("غوتيريش", q.SpeakerText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وقال نائب رئيس المكتب السياسي لحركة \"حماس\" موسى أبو مرزوق إن الحركة لن تقبل بالشروط.", "موسى أبو مرزوق")]
    [InlineData("وتوعد عضو المكتب السياسي لـ\"أنصار الله\" محمد البخيتي بأن \"الرد سيكون قاسيا\".", "محمد البخيتي")]
    public void A_quoted_body_inside_a_title_keeps_the_title_on_its_holder(string sentence, string name)
    {
        var doc = models.AnalyzeFacts(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.Contains(name, q.SpeakerText, StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Type == "PER" && e.Name == name && e.Roles.Exists(r => r.Contains("المكتب السياسي", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("من جانبه، ثمن الوزير السوداني الموقف العراقي، مشيرا إلى أن القوات استعادت السيطرة على الولاية.")]
    [InlineData("من جانبه، أشاد الوزير السوداني بالموقف العراقي، مشيرا إلى أن القوات استعادت السيطرة على الولاية.")]
    public void A_participle_after_praise_is_said_by_the_title_not_by_what_was_praised(string sentence)
    {
        var q = Assert.Single(models.AnalyzeFacts(sentence).Quotes);
        Assert.Equal("الوزير السوداني", q.SpeakerText);
    }

    [Fact]
    public void A_long_quoted_name_after_an_organization_head_is_the_speaker_not_what_was_said()
    {
        var doc = models.AnalyzeFacts("في المقابل، قالت منظمة \"محامون من أجل العدالة في ليبيا\" إن المرحلين حرموا من حقهم في الطعن.");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("محامون من أجل العدالة", q.SpeakerText, StringComparison.Ordinal);
        Assert.StartsWith("المرحلين", doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_title_in_a_role_is_what_a_later_title_refers_to()
    {
        var doc = models.AnalyzeFacts("أعلن الدكتور ماجد بن محمد الأنصاري، مستشار رئيس مجلس الوزراء المتحدث الرسمي لوزارة الخارجية، أن الوساطة نجحت. وأوضح المتحدث الرسمي أن الإفراج لا يرتبط بأي صفقة.");
        Assert.Equal(2, doc.Quotes.Count);
        var person = Assert.Single(doc.Entities, e => e.Type == "PER" && e.Name.Contains("الأنصاري", StringComparison.Ordinal));
        Assert.All(doc.Quotes, q => Assert.Equal(person.Id, q.Speaker));
    }

    [Theory]
    [InlineData("ودعا الرئيس السيسي، بحسب بيان للمتحدث الرسمي باسم الرئاسة، المجتمع الدولي إلى تكثيف الضغوط لوقف الحرب.", "الرئيس السيسي", "تكثيف الضغوط")]
    [InlineData("وطالب الوزير، في كلمة له أمام البرلمان، الحكومة بالإسراع في تنفيذ الإصلاحات.", "الوزير", "الإسراع في تنفيذ")]
    public void An_aside_between_the_caller_and_whom_it_calls_on_is_no_statement(string sentence, string caller, string said)
    {
        var doc = models.AnalyzeFacts(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(caller, q.SpeakerText);
        Assert.StartsWith(said, doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Fact]
    public void The_head_of_a_states_diplomacy_is_its_foreign_minister_named_before()
    {
        var doc = models.AnalyzeFacts("أجرى وزير الشؤون الخارجية المغربي ناصر بوريطة مباحثات مع نظيره اليمني. وأكد رئيس الدبلوماسية المغربية أن المملكة ترفض الإجراءات الأحادية.");
        var minister = Assert.Single(doc.Entities, e => e.Type == "PER" && e.Name.Contains("بوريطة", StringComparison.Ordinal));
        Assert.Equal(minister.Id, Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void A_title_over_a_body_written_out_with_its_acronym_in_brackets_is_the_holders_role()
    {
        var doc = models.AnalyzeFacts("حذر المفوض العام لوكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (الأونروا) فيليب لازاريني من الانهيار، مؤكدا أن الوكالة لن تتمكن من دفع الرواتب.");
        var person = Assert.Single(doc.Entities, e => e.Type == "PER" && e.Name.Contains("لازاريني", StringComparison.Ordinal));
        Assert.Contains(person.Roles, r => r.StartsWith("المفوض العام", StringComparison.Ordinal) && r.EndsWith("(الأونروا)", StringComparison.Ordinal));
        Assert.Contains(doc.Quotes, q => q.Speaker == person.Id);
    }

    [Fact]
    public void A_long_relative_aside_before_the_cues_preposition_and_complementizer_still_opens_what_was_said()
    {
        var doc = models.AnalyzeFacts("وحذر الرئيس النيجيري بولا تينوبو، الذي يتولى الرئاسة الدورية للمجموعة، من أن الفراغ الأمني لن يبقى حبيس حدود تلك الدول.");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("تينوبو", q.SpeakerText, StringComparison.Ordinal);
        Assert.StartsWith("الفراغ الأمني", doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وقال النائب عن كتلة \"الإصلاح\" جمال الحلبوسي إن الموازنة تأخرت كثيرا هذا العام.", "الحلبوسي")]
    [InlineData("وقال القيادي في حركة «النهضة» عماد الحمامي إن الحوار هو الطريق الوحيد للخروج من الأزمة.", "الحمامي")]
    [InlineData("وأكد عضو تحالف \"الفتح\" النائب محمد البلداوي أن البرلمان سيصوت على القانون الأسبوع المقبل.", "البلداوي")]
    public void A_member_of_a_body_named_in_quotation_marks_is_the_person_named_after_it(string sentence, string name)
    {
        var doc = models.AnalyzeFacts(sentence);
        var person = Assert.Single(doc.Entities, e => e.Type == "PER" && e.Name.Contains(name, StringComparison.Ordinal));
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(person.Id, q.Speaker);
        Assert.Contains(name, q.SpeakerText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وأفاد \"مرصد حقوق الإنسان في العراق\" بأن قوات الأمن اعتقلت عشرات المحتجين في البصرة.", "مرصد حقوق الإنسان", "قوات الأمن اعتقلت")]
    [InlineData("وذكرت \"الوكالة الوطنية للإعلام\" الرسمية أن غارة استهدفت منزلا في بلدة الخيام.", "الوكالة الوطنية للإعلام", "غارة استهدفت")]
    [InlineData("وأكد تكتل «الاعتدال الوطني»، أن «الانتخابات البلدية يجب أن تجري في موعدها».", "الاعتدال الوطني", "الانتخابات البلدية")]
    public void A_body_named_in_quotation_marks_before_the_complementizer_is_who_speaks(string sentence, string speaker, string said)
    {
        var doc = models.AnalyzeFacts(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.Contains(speaker, q.SpeakerText, StringComparison.Ordinal);
        Assert.StartsWith(said, doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وطالب عدد من أعضاء مجلس النواب بتشكيل لجنة تحقيق في صفقة الكهرباء.", "عدد من أعضاء مجلس النواب")]
    [InlineData("وقال عشرات من المحتجين إن الشرطة أطلقت الغاز المسيل للدموع.", "عشرات من المحتجين")]
    public void A_count_of_some_of_a_group_speaks_with_the_group(string sentence, string speaker)
    {
        var doc = models.AnalyzeFacts(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(speaker, q.SpeakerText);
        Assert.All(doc.Events.Where(e => e.Type == "REQUEST"), e => Assert.Equal(speaker, e.SourceText));
    }

    [Fact]
    public void After_a_name_and_its_title_in_apposition_the_statement_set_off_by_commas_still_opens_what_was_said()
    {
        var doc = models.AnalyzeFacts("وقال السفير حسام زكي، الأمين العام المساعد للجامعة العربية، في تصريح صحفي، إن القمة ستعقد في موعدها.");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("حسام زكي", q.SpeakerText, StringComparison.Ordinal);
        Assert.StartsWith("القمة ستعقد", doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Fact]
    public void A_bodys_name_with_a_plain_definite_adjective_announces_what_follows_a_time_aside()
    {
        var doc = models.AnalyzeFacts("وأعلنت دائرة الجمارك العامة، مساء الأحد، ضبط شحنة أسلحة مهربة في ميناء العقبة.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("دائرة الجمارك العامة", q.SpeakerText);
        Assert.StartsWith("ضبط شحنة", doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وانتقدت نقابة الصحفيين ما وصفته بـ\"الحملة الممنهجة\" ضد الإعلاميين.", "الصحفيين", "الحملة الممنهجة")]
    [InlineData("ورفض المجلس العسكري ما وصفه بـ«التدخل الأجنبي» في شؤون البلاد.", "المجلس العسكري", "التدخل الأجنبي")]
    public void Words_quoted_after_ma_wasafahu_are_the_subjects(string sentence, string speaker, string said)
    {
        var doc = models.AnalyzeFacts(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.Contains(speaker, q.SpeakerText, StringComparison.Ordinal);
        Assert.Equal(said, doc.Text[q.Start..q.End]);
        Assert.True(q.Direct);
    }

    [Theory]
    [InlineData("وقال عضو كتلة \"التنمية والتحرير\" النائب قاسم هاشم إن الحكومة تأخرت في إقرار خطة الإعمار.", "قاسم هاشم")]
    [InlineData("وقال مسؤول العلاقات الخارجية في \"المجلس الوطني الكردي في سوريا\" فيصل يوسف إن \"الحوار مع دمشق متوقف\".", "فيصل يوسف")]
    public void A_person_named_after_a_quoted_body_in_his_title_is_who_speaks(string sentence, string name)
    {
        var doc = models.AnalyzeFacts(sentence);
        var person = Assert.Single(doc.Entities, e => e.Type == "PER" && e.Name.Contains(name, StringComparison.Ordinal));
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(person.Id, q.Speaker);
        Assert.DoesNotContain("المجلس الوطني", doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Fact]
    public void The_passive_participle_of_demanding_after_its_subject_is_the_speakers_demand_of_it()
    {
        var said = models.AnalyzeFacts("وقال رئيس الكتلة إن الحكومة مطالبة بتقديم موازنة واقعية قبل نهاية الشهر.");
        var q = Assert.Single(said.Quotes);
        Assert.Equal("الحكومة مطالبة بتقديم موازنة واقعية قبل نهاية الشهر", said.Text[q.Start..q.End]);
        var asked = Assert.Single(said.Events, e => e.Type == "REQUEST");
        Assert.Equal("رئيس الكتلة", asked.SourceText);
        Assert.Equal("الحكومة", asked.TargetText);
        Assert.DoesNotContain(models.AnalyzeFacts("والحكومة مطالبة بالإسراع في تنفيذ الإصلاحات.").Events, e => e.Type == "REQUEST");
        var demanded = models.AnalyzeFacts("وأدانت النقابة الاعتداء، مطالبة الحكومة بمحاسبة المسؤولين عنه.");
        Assert.Contains(demanded.Events, e => e.Type == "REQUEST");
    }

    [Fact]
    public void A_member_of_a_quoted_body_named_after_it_accuses_in_quoted_words()
    {
        var doc = models.AnalyzeFacts("واتهم النائب عن حركة \"حقوق\" سعود الساعدي بعض الكتل بـ\"المساومة على المناصب السيادية\".");
        Assert.Contains("سعود الساعدي", Assert.Single(doc.Quotes).SpeakerText, StringComparison.Ordinal);
        var accusation = Assert.Single(doc.Events, x => x.Type == "ACCUSE");
        Assert.Contains("سعود الساعدي", accusation.SourceText, StringComparison.Ordinal);
        Assert.DoesNotContain("حقوق", accusation.TargetText ?? "", StringComparison.Ordinal);
    }
}
