namespace Marsad.Analysis.Tests.Quotes;

/// <summary>
/// Who speaks when the sentence has several clauses: a source that asked not to be named, a verb joined after a clause
/// opened by «بينما», a letter that affirmed («أكد فيها»), a feminine verb after a counted group, a word quoted after
/// «بـ» that reads like a verb of saying. Sentences written for these tests, shipped models.
/// </summary>
public class SpeakerClauseTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void How_a_source_asked_to_stay_unnamed_is_no_part_of_it()
    {
        var doc = models.AnalyzeFacts("وقال مسؤول محلي طلب عدم كشف اسمه إن المسلحين وصلوا على دراجات نارية.");
        Assert.Equal("مسؤول محلي", Assert.Single(doc.Quotes).SpeakerText);
    }

    [Fact]
    public void A_verb_joined_after_a_bayna_ma_clause_goes_on_with_its_subject()
    {
        var doc = models.AnalyzeFacts("ورحبت السلطة الفلسطينية بالقرار، وأبدت استعدادها للمشاركة في تنفيذه، بينما رفضته حركة حماس، وقالت في بيان إنه يفرض وصاية دولية على القطاع.");
        var quote = Assert.Single(doc.Quotes);
        Assert.Contains("حماس", quote.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void What_a_letter_affirmed_is_its_senders_words()
    {
        var doc = models.AnalyzeFacts("وجه الملك محمد السادس رسالة إلى الأمين العام للأمم المتحدة أنطونيو غوتيريش، أكد فيها التزام المغرب بالحل السياسي لقضية الصحراء.");
        var quote = Assert.Single(doc.Quotes);
        Assert.Contains("محمد السادس", quote.SpeakerText, StringComparison.Ordinal);
        Assert.StartsWith("التزام المغرب", doc.Text[quote.Start..quote.End], StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_of_responsibility_in_a_statement_is_no_quote()
    {
        var doc = models.AnalyzeFacts("وأصدرت حركة حماس بيانا أعلنت فيه مسؤوليتها عن الهجوم.");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void A_feminine_verb_after_a_counted_group_is_the_sentence_subjects()
    {
        var doc = models.AnalyzeFacts("فرضت وزارة الخزانة الأمريكية، اليوم الخميس، عقوبات على ثلاثة أشخاص وخمس شركات قالت إنهم يديرون شبكة لتحويل الأموال.");
        Assert.Equal("وزارة الخزانة الأمريكية", Assert.Single(doc.Quotes).SpeakerText);
    }

    [Fact]
    public void A_word_quoted_after_ba_is_no_verb_of_saying()
    {
        var doc = models.AnalyzeFacts("وتوعد زعيم الجماعة عبد الملك الحوثي، في كلمة متلفزة، بـ\"رد قاس\" على الضربات الأمريكية، مؤكدا أن العمليات \"لن تتوقف ما لم يتوقف العدوان\".");
        Assert.All(doc.Quotes, q => Assert.Contains("عبد الملك الحوثي", q.SpeakerText, StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Quotes, q => doc.Text[q.Start..q.End].StartsWith("على الضربات", StringComparison.Ordinal));
    }

    [Fact]
    public void A_describing_verb_with_its_object_on_it_has_its_subject_after_it()
    {
        var doc = models.AnalyzeFacts("في المقابل، رفضت قوات الدعم السريع القرار، ووصفه مستشارها الإعلامي في تصريح للصحيفة بأنه \"قرار مسيس يخدم أجندة الجيش\".");
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("مستشارها الإعلامي", quote.SpeakerText);
        Assert.Contains("قرار مسيس", doc.Text[quote.Start..quote.End], StringComparison.Ordinal);
    }

    [Fact]
    public void The_price_paid_is_no_verb_of_valuing()
    {
        var doc = models.AnalyzeFacts("وقال المشاط في خطاب متلفز: \"العدو سيدفع ثمن عدوانه غاليا\". واستطرد: \"لن نتوقف عن إسناد غزة\".");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.All(doc.Quotes, q => Assert.Equal("المشاط", q.SpeakerText));
    }
}
