using System.Globalization;
using System.Xml.Linq;
using Marsad.Analysis.Quotes;
using Marsad.Core;

namespace Marsad.Analysis.Events;

/// <summary>Precision, recall and F1 from counts.</summary>
public readonly record struct Prf(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public Prf Add(bool predicted, bool gold) => (predicted, gold) switch
    {
        (true, true) => this with { TruePositives = TruePositives + 1 },
        (true, false) => this with { FalsePositives = FalsePositives + 1 },
        (false, true) => this with { FalseNegatives = FalseNegatives + 1 },
        _ => this,
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})");
}

/// <summary>Scores of one gold set: per-type P/R/F1 and actor span agreement.</summary>
public sealed record EventScores(string Name, int Sentences, IReadOnlyDictionary<string, Prf> ByType, int SourceGold, int SourceMatched, int TargetGold, int TargetMatched, int Skipped)
{
    public string Report()
    {
        var lines = new List<string> { $"{Name}: {Sentences} sentences" + (Skipped > 0 ? $" ({Skipped} ambiguous left out)" : string.Empty) };
        foreach (var (type, prf) in ByType)
        {
            lines.Add($"  {type,-8} {prf}");
        }

        if (SourceGold > 0 || TargetGold > 0)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"  source span match {Ratio(SourceMatched, SourceGold):0.000} ({SourceMatched}/{SourceGold}); target span match {Ratio(TargetMatched, TargetGold):0.000} ({TargetMatched}/{TargetGold})"));
        }

        return string.Join('\n', lines);
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

/// <summary>
/// Sentence-level evaluation of the event coder on the UniversalPetrarch Arabic validation set (PROTEST/ASSAULT gold
/// with verb/source/target spans; first half dev, second half test) and on arabic-event-gsr (test).
/// Only PROTEST and ASSAULT are scored, since the gold marks only those: a sentence's other events are not errors.
/// </summary>
public static class EventEvaluation
{
    private static readonly string[] Scored = ["PROTEST", "ASSAULT"];

    /// <summary>One gold sentence: its text, gold types, and gold source/target surface text (may be empty).</summary>
    public sealed record GoldSentence(string Id, string Text, IReadOnlySet<string> Types, string Source, string Target);

    public static List<GoldSentence> ReadValidation(string path)
    {
        // The published file is cut short (no closing tags); keep every complete <Sentence>.
        var xml = File.ReadAllText(path);
        if (!xml.Contains("</Validation>", StringComparison.Ordinal))
        {
            xml = xml[..(xml.LastIndexOf("</Sentence>", StringComparison.Ordinal) + "</Sentence>".Length)] + "\n</Sentences>\n</Validation>\n";
        }

        var doc = XDocument.Parse(xml);
        var list = new List<GoldSentence>();
        foreach (var s in doc.Descendants("Sentence"))
        {
            var text = (s.Element("Text")?.Value ?? string.Empty).Trim();
            var types = s.Elements("EventCoding").Select(e => (string?)e.Attribute("plover") ?? string.Empty).Where(t => t.Length > 0).ToHashSet();
            var et = s.Elements("EventText").FirstOrDefault();
            list.Add(new GoldSentence((string?)s.Attribute("id") ?? string.Empty, text, types,
                (string?)et?.Attribute("sourcetext") ?? string.Empty, (string?)et?.Attribute("targettext") ?? string.Empty));
        }

        return list;
    }

    /// <summary>The validation half: "dev" (first half, for tuning), "test" (second half), or "all".</summary>
    public static List<GoldSentence> Half(List<GoldSentence> all, string split) => split switch
    {
        "dev" => all.GetRange(0, all.Count / 2),
        "test" => all.GetRange(all.Count / 2, all.Count - (all.Count / 2)),
        _ => all,
    };

    public static EventScores ScoreSentences(string name, IReadOnlyList<GoldSentence> gold, Pipeline pipeline, TextWriter? errors = null)
    {
        var byType = Scored.ToDictionary(t => t, _ => default(Prf));
        int sg = 0, sm = 0, tg = 0, tm = 0;
        foreach (var g in gold)
        {
            var doc = pipeline.Run(new Document(g.Id, g.Text));
            // Hypothetical events (conditions, generic «عندما تهاجم …») are marked, not asserted: they do not count as detections.
            var predicted = doc.Events.Where(e => !e.Hypothetical).Select(e => e.Type).ToHashSet();
            foreach (var t in Scored)
            {
                byType[t] = byType[t].Add(predicted.Contains(t), g.Types.Contains(t));
                if (errors is not null && predicted.Contains(t) != g.Types.Contains(t))
                {
                    errors.WriteLine($"{(predicted.Contains(t) ? "FP" : "FN")} {t}\t{g.Text}");
                }
            }

            var hit = doc.Events.FirstOrDefault(e => g.Types.Contains(e.Type));
            if (hit is null)
            {
                continue;
            }

            if (g.Source.Length > 0)
            {
                sg++;
                var sourceAgrees = SpanAgrees(hit.SourceText, g.Source);
                sm += sourceAgrees ? 1 : 0;
                if (!sourceAgrees)
                {
                    errors?.WriteLine($"SOURCE {hit.Type} predicted «{hit.SourceText}» gold «{g.Source}»\t{g.Text}");
                }
            }

            if (g.Target.Length > 0)
            {
                tg++;
                var agrees = SpanAgrees(hit.TargetText, g.Target);
                tm += agrees ? 1 : 0;
                if (!agrees)
                {
                    errors?.WriteLine($"TARGET {hit.Type} predicted «{hit.TargetText}» gold «{g.Target}» source «{hit.SourceText}»/«{g.Source}»\t{g.Text}");
                }
            }
        }

        return new EventScores(name, gold.Count, byType, sg, sm, tg, tm, 0);
    }

    /// <summary>Span agreement by words: the predicted actor shares a content word with the gold actor text.</summary>
    public static bool SpanAgrees(string? predicted, string gold)
    {
        if (predicted is null)
        {
            return false;
        }

        var p = ArabicWords.FoldPhrase(predicted).Select(ArabicWords.ActorKey).ToHashSet(StringComparer.Ordinal);
        return ArabicWords.FoldPhrase(gold).Select(ArabicWords.ActorKey).Any(w => w.Length > 1 && p.Contains(w));
    }

    /// <summary>
    /// Sentence-level detection on hand-labelled sentences (eval/events-detect-dev.tsv): each sentence is analysed alone,
    /// and a type is detected when a non-hypothetical event of it is coded, as for arabic-event-gsr.
    /// </summary>
    public static EventScores ScoreDetection(string name, IEnumerable<(string Type, string Id, string Text, bool Yes)> sentences, Pipeline pipeline, TextWriter? errors = null)
    {
        var byType = new Dictionary<string, Prf>(StringComparer.Ordinal);
        var n = 0;
        foreach (var (type, id, text, yes) in sentences)
        {
            n++;
            var doc = pipeline.Run(new Document(id, text));
            var predicted = doc.Events.Any(e => e.Type == type && !e.Hypothetical);
            byType[type] = byType.GetValueOrDefault(type).Add(predicted, yes);
            if (errors is not null && predicted != yes)
            {
                errors.WriteLine($"{(predicted ? "FP" : "FN")} {type}\t{id}\t{text}");
            }
        }

        return new EventScores(name, n, byType, 0, 0, 0, 0, 0);
    }

    /// <summary>arabic-event-gsr: label "yes" is an event, "easy no"/"difficult no" are not, "ambiguous" is left out.</summary>
    /// <remarks>With <paramref name="withoutDifficult"/>, "difficult no" (annotators split) is left out too.</remarks>
    /// <remarks>
    /// With <paramref name="exclude"/>, sentences whose text is in it are left out: the validation file's dev half,
    /// which the trigger lexicon was tuned on, shares most of its sentences with this set (90 of the 97 PROTEST
    /// "yes" sentences), so figures over the whole set are partly on tuning text.
    /// </remarks>
    public static EventScores ScoreGsr(string csvPath, string type, Pipeline pipeline, TextWriter? errors = null, bool withoutDifficult = false, IReadOnlySet<string>? exclude = null)
    {
        var excluded = 0;
        var prf = default(Prf);
        var n = 0;
        var skipped = 0;
        foreach (var row in Csv.Read(csvPath).Skip(1))
        {
            if (row.Count < 8)
            {
                continue;
            }

            var label = row[4];
            var text = row[6];
            if (label == "ambiguous" || (withoutDifficult && label == "difficult no"))
            {
                skipped++;
                continue;
            }

            if (exclude is not null && exclude.Contains(text.Trim()))
            {
                excluded++;
                continue;
            }

            n++;
            var doc = pipeline.Run(new Document(row[3], text));
            var predicted = doc.Events.Any(e => e.Type == type && !e.Hypothetical);
            var gold = label == "yes";
            prf = prf.Add(predicted, gold);
            if (errors is not null && predicted != gold)
            {
                errors.WriteLine($"{(predicted ? "FP" : "FN")} {type}\t{text}");
            }
        }

        var name = $"arabic-event-gsr {type}" + (withoutDifficult ? " (difficult no left out)" : string.Empty)
            + (exclude is null ? string.Empty : $" without the {excluded} sentences of the validation dev half");
        return new EventScores(name, n, new Dictionary<string, Prf> { [type] = prf }, 0, 0, 0, 0, skipped);
    }
}

/// <summary>A small RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes).</summary>
internal static class Csv
{
    public static IEnumerable<List<string>> Read(string path)
    {
        using var reader = new StreamReader(path);
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return row;
                row = [];
            }
            else
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }
}
