using Marsad.Core;

namespace Marsad.Analysis.Events;

/// <summary>Pipeline step "events": fills <see cref="Document.Events"/> with PLOVER events (after quotes, so events
/// inside quoted or reported speech are marked <see cref="PloverEvent.Reported"/>).</summary>
public sealed class EventProcessor : IDocumentProcessor
{
    public string Name => "events";

    public string Version => "1";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var quotes = document.Quotes.Select(q => new TextSpan(q.Start, q.End)).ToList();
        var text = document.Text;
        foreach (var e in EventCoder.Code(document, quotes, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            document.Events.Add(new PloverEvent
            {
                Type = e.Type,
                Mode = e.Mode,
                Source = e.Source?.EntityId,
                Target = e.Target?.EntityId,
                SourceText = e.Source is { } s ? s.Span.Of(text) : null,
                TargetText = e.Target is { } t ? t.Span.Of(text) : null,
                SourceCode = e.Source?.Code,
                TargetCode = e.Target?.Code,
                Trigger = e.Trigger,
                Sentence = e.Sentence,
                Date = e.Date,
                Reported = e.Reported,
                Hypothetical = e.Hypothetical,
            });
        }
    }
}
