using Marsad.Core;

namespace Marsad.Analysis.Quotes;

/// <summary>Pipeline step "quotes": fills <see cref="Document.Quotes"/> (after sentences and entities).</summary>
public sealed class QuoteProcessor : IDocumentProcessor
{
    public string Name => "quotes";

    /// <summary>Raised whenever the output changes, so <c>marsad reanalyze</c> redoes stored articles (2: 2026-11-29).</summary>
    public string Version => "34";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var holders = new TitleHolders(document);
        foreach (var found in QuoteFinder.Find(document, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var q = holders.Resolve(found);
            document.Quotes.Add(new Quote
            {
                Speaker = q.SpeakerId,
                SpeakerText = q.SpeakerText,
                Start = q.Content.Start,
                End = q.Content.End,
                Direct = q.Direct,
                Cue = q.Cue,
            });
        }
    }
}
