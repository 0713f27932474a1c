namespace Marsad.Analysis.Tests.Quotes;

/// <summary>
/// What was affirmed, denied or announced as a noun phrase («نفى X وجود …», «أعلنت X الإفراج عن …»), and what a speaker
/// calls something in quoted words («واعتبرته "…"», «واصفة إياه بـ"…"»). Sentences written for these tests, shipped
/// models.
/// </summary>
public class NounObjectTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    private static string Content(Marsad.Core.Document doc, Marsad.Core.Quote q) => doc.Text[q.Start..q.End];

    [Theory]
    // An aside set off by commas: the statement it was made in, an apposition, a time.
    [InlineData("ونفى المتحدث العسكري، في رد على سؤال لوكالة \"رويترز\"، وجود أي خسائر في صفوف القوات.", "المتحدث العسكري", "وجود أي خسائر")]
    [InlineData("ونفى خالد العمري، مستشار وزير الدفاع، مسؤولية الجيش عن قصف السوق الشعبي.", "خالد العمري", "مسؤولية الجيش")]
    [InlineData("وأعلن جهاز الأمن الوطني، مساء الثلاثاء، تفكيك شبكة لتهريب الأسلحة في الجنوب.", "جهاز الأمن الوطني", "تفكيك شبكة")]
    // The statement or a time with no commas.
    [InlineData("وأعلنت الشرطة في بيان منفصل مقتل ثلاثة مسلحين في اشتباك قرب الحدود.", "الشرطة", "مقتل ثلاثة")]
    [InlineData("وأعلنت الحكومة مساء أمس تعليق الدراسة في المدارس الحكومية.", "الحكومة", "تعليق الدراسة")]
    // A definite verbal noun is what was announced.
    [InlineData("وأعلنت وزارة الداخلية الأردنية الإفراج عن عشرين موقوفا من المشاركين في الاحتجاجات.", "وزارة الداخلية الأردنية", "الإفراج عن")]
    [InlineData("وأعلن المجلس العسكري الحاكم الانسحاب من اتفاق السلام الموقع قبل عامين.", "المجلس العسكري", "الانسحاب من")]
    public void What_was_announced_or_denied_follows_the_subject_and_an_aside(string sentence, string speaker, string opens)
    {
        var doc = models.AnalyzeFacts(sentence);
        var quote = Assert.Single(doc.Quotes);
        Assert.StartsWith(opens, Content(doc, quote), StringComparison.Ordinal);
        Assert.StartsWith(speaker, quote.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_honorific_subject_is_the_person_named_before()
    {
        var doc = models.AnalyzeFacts("استقبل الأمير خالد بن سلمان وزير الدفاع السفير البريطاني في الرياض. وأكد سموه خلال اللقاء حرص المملكة على تعزيز العلاقات بين البلدين.");
        var quote = Assert.Single(doc.Quotes);
        Assert.StartsWith("حرص المملكة", Content(doc, quote), StringComparison.Ordinal);
        Assert.Contains("خالد بن سلمان", quote.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_noun_phrase_of_what_was_said_ends_where_a_new_clause_opens()
    {
        var doc = models.AnalyzeFacts("وأعلنت الحكومة تعليق الرحلات إلى المدينة، وهو ما رفضته نقابة سائقي الأجرة.");
        Assert.Equal("تعليق الرحلات إلى المدينة", Content(doc, Assert.Single(doc.Quotes)));
    }

    [Fact]
    public void A_complementizer_further_on_opens_what_was_said()
    {
        // «في لقاء جمعه بالصحفيين» is the circumstance, not what was affirmed.
        var doc = models.AnalyzeFacts("وأكد الوزير في لقاء جمعه بالصحفيين أن الحكومة ماضية في الإصلاحات الاقتصادية.");
        Assert.StartsWith("الحكومة ماضية", Content(doc, Assert.Single(doc.Quotes)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_head_of_a_state_name_is_still_the_subject()
    {
        var doc = models.AnalyzeFacts("أعلنت سلطات دولة الكويت، إغلاق المجال الجوي أمام الطائرات المدنية لساعتين.");
        Assert.DoesNotContain(doc.Quotes, q => Content(doc, q).StartsWith("دولة", StringComparison.Ordinal));
    }

    [Fact]
    public void An_office_and_a_name_the_tagger_may_miss_are_the_subject()
    {
        var doc = models.AnalyzeFacts("ونفى الأمين العام للنقابة سامر الخطيب وجود أي خلافات داخلية بين الأعضاء.");
        var quote = Assert.Single(doc.Quotes);
        Assert.StartsWith("وجود أي خلافات", Content(doc, quote), StringComparison.Ordinal);
        Assert.Contains("الخطيب", quote.SpeakerText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("واختتم الوزير زيارته إلى عدن، مؤكدا دعم بلاده الكامل للحكومة الشرعية.", "دعم بلاده الكامل للحكومة الشرعية")]
    [InlineData("وقال الرئيس إن بلاده تقف إلى جانب المتضررين، معلنا تقديم مساعدة عاجلة للمتضررين من الزلزال.", "تقديم مساعدة عاجلة للمتضررين من الزلزال")]
    public void A_participle_may_take_what_was_affirmed_as_a_noun_phrase(string sentence, string content)
    {
        var doc = models.AnalyzeFacts(sentence);
        Assert.Contains(doc.Quotes, q => Content(doc, q) == content);
    }

    [Theory]
    [InlineData("وجدد الوزير خلال اللقاء التأكيد على موقف بلاده الثابت من القضية الفلسطينية.", "الوزير", "موقف بلاده الثابت")]
    [InlineData("وجدد المتحدث باسم الخارجية إدانة بلاده \"لأي اعتداء على المدنيين\".", "المتحدث باسم الخارجية", "إدانة بلاده")]
    public void Renewing_a_stance_states_it(string sentence, string speaker, string opens)
    {
        var doc = models.AnalyzeFacts(sentence);
        var quote = Assert.Single(doc.Quotes);
        Assert.StartsWith(opens, Content(doc, quote), StringComparison.Ordinal);
        Assert.Equal(speaker, quote.SpeakerText);
    }

    [Fact]
    public void An_indefinite_title_goes_on_in_construct()
    {
        var doc = models.AnalyzeFacts("وجدد رئيس هيئة الأركان، التأكيد بإحكام السيطرة، على المدن كافة.");
        Assert.DoesNotContain(doc.Quotes, q => Content(doc, q).StartsWith("هيئة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_claim_of_responsibility_is_no_quote()
    {
        var doc = models.AnalyzeFacts("وأعلنت وكالة أعماق التابعة للتنظيم مسؤولية التنظيم عن الهجوم الذي استهدف السوق.");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void A_declared_war_is_no_announcement()
    {
        var doc = models.AnalyzeFacts("وتواجه البلاد حربا معلنة تستهدف اقتصادها ومؤسساتها.");
        Assert.Empty(doc.Quotes);
    }

    [Theory]
    [InlineData("ورحبت الحكومة بالقرار، واعتبرته \"خطوة في الاتجاه الصحيح\".", "خطوة في الاتجاه الصحيح", "الحكومة")]
    [InlineData("وجاء ذلك بعد القصف الأخير، وهو ما اعتبره وزير الخارجية الأردني \"تصعيدا خطيرا\".", "تصعيدا خطيرا", "وزير الخارجية الأردني")]
    [InlineData("ورفضت الحكومة العراقية القرار، واصفة إياه بـ\"الجائر\".", "الجائر", "الحكومة العراقية")]
    public void What_a_speaker_calls_something_in_quoted_words_is_a_quote(string sentence, string content, string speaker)
    {
        var doc = models.AnalyzeFacts(sentence);
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal(content, Content(doc, quote));
        Assert.Equal(speaker, quote.SpeakerText);
        Assert.True(quote.Direct);
    }

    [Fact]
    public void Describing_ends_the_quote_before_it_and_skips_a_quoted_name()
    {
        var doc = models.AnalyzeFacts("وقال الوزير إن المسلحين هاجموا القرية فجرا، واصفا هجوم «الجماعة» بأنه «عمل جبان لن يمر دون عقاب».");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.Equal("المسلحين هاجموا القرية فجرا", Content(doc, doc.Quotes[0]));
        Assert.Equal("عمل جبان لن يمر دون عقاب", Content(doc, doc.Quotes[1]));
        Assert.All(doc.Quotes, q => Assert.Equal("الوزير", q.SpeakerText));
    }
}
