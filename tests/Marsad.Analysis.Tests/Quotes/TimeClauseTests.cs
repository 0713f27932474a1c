namespace Marsad.Analysis.Tests.Quotes;

/// <summary>
/// «قبل أن», «بعد أن», «دون أن» open a clause of time or manner: their «أن» is no complementizer of the verb of saying.
/// Sentences written for these tests, shipped models.
/// </summary>
public class TimeClauseTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void What_is_said_follows_the_complementizer_after_a_clause_of_time()
    {
        var doc = models.AnalyzeFacts("وقال وزير الخارجية بعد أن التقى نظيره التركي في أنقرة إن المحادثات كانت مثمرة.");
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("المحادثات كانت مثمرة", doc.Text[quote.Start..quote.End]);
    }

    [Fact]
    public void An_announced_measure_ends_before_a_clause_of_time()
    {
        var doc = models.AnalyzeFacts("وأعلنت الشرطة توقيف أربعة مشتبه بهم، قبل أن تقرر النيابة الإفراج عنهم بكفالة.");
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("توقيف أربعة مشتبه بهم", doc.Text[quote.Start..quote.End]);
        Assert.Equal("الشرطة", quote.SpeakerText);
    }

    [Fact]
    public void Min_qabl_is_an_adverb_before_the_complementizer()
    {
        var doc = models.AnalyzeFacts("وكان المتحدث قد قال من قبل إن الحكومة لن تتراجع عن قرارها.");
        var quote = Assert.Single(doc.Quotes);
        Assert.StartsWith("الحكومة لن تتراجع", doc.Text[quote.Start..quote.End], StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_name_before_the_calls_preposition_is_whom_the_call_is_to()
    {
        var doc = models.AnalyzeFacts("وقال الرئيس التركي رجب طيب أردوغان إن بلاده لن تسمح بأي تهديد لأمنها، داعيا \"قسد\" إلى \"الالتزام الكامل بالاتفاق\".");
        var call = Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].Contains("الالتزام", StringComparison.Ordinal));
        Assert.Equal("الالتزام الكامل بالاتفاق", doc.Text[call.Start..call.End]);
        Assert.DoesNotContain(doc.Quotes, q => doc.Text[q.Start..q.End] == "قسد");
    }
}
