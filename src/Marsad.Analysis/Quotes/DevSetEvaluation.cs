using System.Globalization;
using Marsad.Analysis.Events;
using Marsad.Core;

namespace Marsad.Analysis.Quotes;

/// <summary>One hand annotation (eval/quotes-events-dev.tsv): offsets only, never text.</summary>
public sealed record DevAnnotation(string Url, char Kind, TextSpan Span, TextSpan? A, TextSpan? B, string Label);

/// <summary>
/// Scores quotes and events against the hand-annotated SaudiNewsNet dev set (docs/annotation.md).
/// A quote matches when the content spans overlap by at least half of the shorter one; its speaker is right when the
/// speaker spans overlap or one's words contain the other's. An event matches on type and sentence (the guidelines
/// annotate one event per type and sentence) or on an overlapping trigger; its
/// actor (recipient) is right when both are absent or the spans share a word.
/// </summary>
public sealed class DevSetEvaluation
{
    private Prf _quotes;
    private Prf _quotesSpeaker;
    private readonly SortedDictionary<string, Prf> _events = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Prf> _eventsActors = new(StringComparer.Ordinal);

    public int Articles { get; private set; }

    public static List<DevAnnotation> Read(string path)
    {
        var list = new List<DevAnnotation>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            list.Add(new DevAnnotation(f[0], f[1][0], Span(f[2], f[3])!.Value, Span(f[4], f[5]), Span(f[6], f[7]), f[8]));
        }

        return list;
    }

    private static TextSpan? Span(string a, string b)
    {
        var s = int.Parse(a, CultureInfo.InvariantCulture);
        var e = int.Parse(b, CultureInfo.InvariantCulture);
        return s < 0 ? null : new TextSpan(s, e);
    }

    public void Add(Document analyzed, IReadOnlyList<DevAnnotation> gold, TextWriter? log = null)
    {
        Articles++;
        var text = analyzed.Text;
        var goldQuotes = gold.Where(g => g.Kind == 'Q').ToList();
        var usedGold = new HashSet<int>();
        foreach (var q in analyzed.Quotes)
        {
            var content = new TextSpan(q.Start, q.End);
            var gi = goldQuotes.FindIndex(g => !usedGold.Contains(goldQuotes.IndexOf(g)) && Overlap(g.Span, content));
            if (gi < 0)
            {
                _quotes = _quotes.Add(true, false);
                _quotesSpeaker = _quotesSpeaker.Add(true, false);
                log?.WriteLine($"{analyzed.Id}\tQ-FP\t{q.Start}-{q.End}\tspeaker={q.SpeakerText}");
                continue;
            }

            usedGold.Add(gi);
            _quotes = _quotes.Add(true, true);
            var g = goldQuotes[gi];
            var speakerSpan = FindSpeakerSpan(analyzed, q);
            var right = SpeakerAgrees(text, g.A, speakerSpan, q.SpeakerText);
            _quotesSpeaker = right ? _quotesSpeaker.Add(true, true) : _quotesSpeaker.Add(true, false).Add(false, true);
            if (!right)
            {
                log?.WriteLine($"{analyzed.Id}\tQ-SPEAKER\t{q.Start}-{q.End}\tpredicted={q.SpeakerText}\tgold={g.A?.ToString() ?? "none"}");
            }
        }

        for (var i = 0; i < goldQuotes.Count; i++)
        {
            if (!usedGold.Contains(i))
            {
                _quotes = _quotes.Add(false, true);
                _quotesSpeaker = _quotesSpeaker.Add(false, true);
                log?.WriteLine($"{analyzed.Id}\tQ-FN\t{goldQuotes[i].Span}");
            }
        }

        var goldEvents = gold.Where(g => g.Kind == 'E').ToList();
        var usedEvents = new HashSet<int>();
        foreach (var e in analyzed.Events.Where(e => !e.Hypothetical))
        {
            var gi = goldEvents.FindIndex(g => g.Label == e.Type && (g.Span.Overlaps(e.Trigger) || SentenceOf(analyzed, g.Span.Start) == e.Sentence));
            if (gi >= 0 && usedEvents.Contains(gi))
            {
                continue;
            }

            Bump(_events, e.Type, gi >= 0, true);
            if (gi < 0)
            {
                Bump(_eventsActors, e.Type, false, true);
                log?.WriteLine($"{analyzed.Id}\tE-FP\t{e.Type}\t{e.Trigger}");
                continue;
            }

            usedEvents.Add(gi);
            var g = goldEvents[gi];
            var right = ActorAgrees(text, g.A, e.SourceText) && ActorAgrees(text, g.B, e.TargetText);
            Bump(_eventsActors, e.Type, right, true);
            if (!right)
            {
                Bump(_eventsActors, e.Type, false, false, fn: true);
                log?.WriteLine($"{analyzed.Id}\tE-ACTORS\t{e.Type}\t{e.Trigger}\tpredicted={e.SourceText} -> {e.TargetText}\tgold={g.A?.Of(text)} -> {g.B?.Of(text)}\ttrigger={e.Trigger.Of(text)}");
            }
        }

        for (var i = 0; i < goldEvents.Count; i++)
        {
            if (!usedEvents.Contains(i))
            {
                Bump(_events, goldEvents[i].Label, false, false, fn: true);
                Bump(_eventsActors, goldEvents[i].Label, false, false, fn: true);
                log?.WriteLine($"{analyzed.Id}\tE-FN\t{goldEvents[i].Label}\t{goldEvents[i].Span}");
            }
        }
    }

    private static int SentenceOf(Document d, int offset) => d.Sentences.FindIndex(s => s.Start <= offset && offset < s.End);

    public string Report()
    {
        var lines = new List<string>
        {
            $"quotes-events dev set: {Articles} SaudiNewsNet articles",
            $"  quotes (content)            {_quotes}",
            $"  quotes with speaker correct {_quotesSpeaker}",
        };
        var all = default(Prf);
        var allActors = default(Prf);
        foreach (var (type, prf) in _events)
        {
            var withActors = _eventsActors.GetValueOrDefault(type);
            lines.Add($"  {type,-9} type only      {prf}");
            lines.Add($"  {type,-9} actor+recipient {withActors}");
            all = new Prf(all.TruePositives + prf.TruePositives, all.FalsePositives + prf.FalsePositives, all.FalseNegatives + prf.FalseNegatives);
            allActors = new Prf(allActors.TruePositives + withActors.TruePositives, allActors.FalsePositives + withActors.FalsePositives, allActors.FalseNegatives + withActors.FalseNegatives);
        }

        lines.Add($"  ALL events type only        {all}");
        lines.Add($"  ALL events actor+recipient  {allActors}");
        return string.Join('\n', lines);
    }

    private static void Bump(SortedDictionary<string, Prf> into, string type, bool tp, bool predicted, bool fn = false)
    {
        var p = into.GetValueOrDefault(type);
        into[type] = fn ? p with { FalseNegatives = p.FalseNegatives + 1 } : tp ? p with { TruePositives = p.TruePositives + 1 } : predicted ? p with { FalsePositives = p.FalsePositives + 1 } : p;
    }

    private static bool Overlap(TextSpan a, TextSpan b)
    {
        var inter = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        return inter > 0 && inter * 2 >= Math.Min(a.Length, b.Length);
    }

    /// <summary>The quote's speaker span is not in the contract; find the speaker text near the cue or content.</summary>
    private static TextSpan? FindSpeakerSpan(Document d, Quote q)
    {
        if (q.SpeakerText is null)
        {
            return null;
        }

        var anchor = q.Cue?.Start ?? q.Start;
        var best = -1;
        var at = d.Text.IndexOf(q.SpeakerText, StringComparison.Ordinal);
        while (at >= 0)
        {
            if (best < 0 || Math.Abs(at - anchor) < Math.Abs(best - anchor))
            {
                best = at;
            }

            at = d.Text.IndexOf(q.SpeakerText, at + 1, StringComparison.Ordinal);
        }

        return best < 0 ? null : new TextSpan(best, best + q.SpeakerText.Length);
    }

    private static bool SpeakerAgrees(string text, TextSpan? gold, TextSpan? predicted, string? predictedText)
    {
        if (gold is not { } g)
        {
            return predictedText is null;
        }

        if (predicted is { } p && p.Overlaps(g))
        {
            return true;
        }

        return predictedText is not null && WordsShared(g.Of(text), predictedText);
    }

    private static bool ActorAgrees(string text, TextSpan? gold, string? predicted) =>
        gold is not { } g ? predicted is null : predicted is not null && WordsShared(g.Of(text), predicted);

    /// <summary>True when a name word (not a title like وزير) of one side is among the other's words.</summary>
    private static bool WordsShared(string gold, string predicted)
    {
        var pk = ArabicWords.FoldPhrase(predicted).Select(ArabicWords.ActorKey).ToList();
        var gk = ArabicWords.FoldPhrase(gold).Select(ArabicWords.ActorKey).ToList();
        var ps = string.Join(' ', pk);
        var gs = string.Join(' ', gk);
        if (ps.Length > 0 && gs.Length > 0 && (ps.Contains(gs, StringComparison.Ordinal) || gs.Contains(ps, StringComparison.Ordinal)))
        {
            return true;
        }

        var p = pk.ToHashSet(StringComparer.Ordinal);
        return gk.Any(w => w.Length > 2 && !Titles.Contains(w) && p.Contains(w));
    }

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "وزير", "رئيس", "امين", "عام", "مدير", "ملك", "امير", "سمو", "خادم", "حرمين", "شريفين", "متحدث", "رسمي", "باسم", "نائب",
        "مجلس", "وزاره", "خارجيه", "داخليه", "عبد", "بن", "ابن", "ابو", "الله", "شيخ", "دكتور", "سفير", "قائد", "مصدر", "مسؤول",
    };
}
