using Marsad.Analysis.Events;
using Marsad.Analysis.Quotes;
using Marsad.Core;

namespace Marsad.Analysis.Tests.Events;

/// <summary>Scoring in the arabic-event-gsr format, on a CSV written here (sentences written for this test).</summary>
public sealed class GsrScoringTests : IDisposable
{
    private readonly string _csv = Path.Combine(Path.GetTempPath(), $"marsad-gsr-{Guid.NewGuid():N}.csv");

    private static readonly Pipeline Coder = new PipelineBuilder().Use(new QuoteProcessor()).Use(new EventProcessor()).Build();

    public GsrScoringTests()
    {
        // Columns as in the published files: accept, event_type, id, label, reject, text, total (index 0 is the row number).
        File.WriteAllLines(_csv,
        [
            ",accept,event_type,id,label,reject,text,total",
            "0,3,PROTEST,a1,yes,0,\"وتظاهر آلاف الطلاب أمام مبنى البرلمان.\",3",
            "1,3,PROTEST,a2,yes,0,\"واعتصم العمال أمام وزارة المالية للمطالبة برواتبهم.\",3",
            "2,0,PROTEST,a3,easy no,3,\"وبحث الوزير مع نظيره العلاقات الثنائية.\",3",
            "3,1,PROTEST,a4,ambiguous,1,\"وخرجت مسيرة في المدينة.\",2",
        ]);
    }

    public void Dispose() => File.Delete(_csv);

    [Fact]
    public void Ambiguous_rows_are_left_out_and_the_rest_scored()
    {
        var scores = EventEvaluation.ScoreGsr(_csv, "PROTEST", Coder);
        Assert.Equal(3, scores.Sentences);
        Assert.Equal(1, scores.Skipped);
        var prf = scores.ByType["PROTEST"];
        Assert.Equal(2, prf.TruePositives + prf.FalseNegatives); // the two "yes" rows
        Assert.InRange(prf.FalsePositives, 0, 1); // at most the one "easy no" row
    }

    [Fact]
    public void Excluded_texts_are_not_scored_and_are_counted_in_the_name()
    {
        var all = EventEvaluation.ScoreGsr(_csv, "PROTEST", Coder);
        var without = EventEvaluation.ScoreGsr(_csv, "PROTEST", Coder, exclude: new HashSet<string> { "وتظاهر آلاف الطلاب أمام مبنى البرلمان." });
        Assert.Equal(all.Sentences - 1, without.Sentences);
        Assert.Contains("without the 1 sentences", without.Name, StringComparison.Ordinal);
        var a = all.ByType["PROTEST"];
        var w = without.ByType["PROTEST"];
        Assert.Equal(a.TruePositives + a.FalseNegatives - 1, w.TruePositives + w.FalseNegatives);
    }
}
