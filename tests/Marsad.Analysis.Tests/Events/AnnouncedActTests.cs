namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Acts a body announces as verbal nouns («أعلن الجهاز مقتل …، وتفكيك خلية …») are the body's. Sentences written for these
/// tests, shipped models.
/// </summary>
public class AnnouncedActTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_second_announced_measure_is_the_announcers_not_the_first_measures_object()
    {
        var doc = models.AnalyzeFacts("أعلن جهاز الأمن الوطني، اليوم الثلاثاء، مقتل خمسة مسلحين في اشتباك، وتفكيك خلية إرهابية في الجنوب.");
        var dismantled = Assert.Single(doc.Events, x => x.Type == "COERCE" && doc.Text[x.Trigger.Start..x.Trigger.End].StartsWith("وتفكيك", StringComparison.Ordinal));
        Assert.Equal("جهاز الأمن الوطني", dismantled.SourceText);
    }
}
