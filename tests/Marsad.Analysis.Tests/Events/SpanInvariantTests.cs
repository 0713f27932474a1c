using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Marsad.Analysis.Events;
using Marsad.Analysis.Quotes;
using Marsad.Core;

namespace Marsad.Analysis.Tests.Events;

/// <summary>Whatever the text, every quote and event span lies inside it and event sentences exist.</summary>
public class SpanInvariantTests
{
    private static readonly string[] Pieces =
    [
        "قال", "الوزير", "إن", "أن", "«", "»", "\"", ":", "،", ".", "\n\n", "وتظاهر", "المتظاهرون", "هاجم", "مسلحون",
        "بحسب", "مصادر", "لم", "ستفرج", "عن", "المعتقلين", "وأضاف", "في", "بيان", "أمس", "x", " ", "'",
    ];

    [Property(MaxTest = 300)]
    public Property Spans_lie_inside_the_text()
    {
        var gen = Gen.ArrayOf(Gen.Elements(Pieces)).Select(a => string.Join(' ', a));
        return Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var d = new Document("p", text);
            new QuoteProcessor().Process(d);
            new EventProcessor().Process(d);
            var quotesOk = d.Quotes.All(q => q.Start >= 0 && q.End <= text.Length && q.Start <= q.End);
            var eventsOk = d.Events.All(e => e.Trigger.End <= text.Length && e.Sentence < d.Sentences.Count);
            return quotesOk && eventsOk;
        });
    }
}
