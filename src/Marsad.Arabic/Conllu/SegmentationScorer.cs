using System.Globalization;

namespace Marsad.Arabic.Conllu;

/// <summary>Precision, recall and F1 of one level.</summary>
public readonly record struct SpanScore(int Gold, int System, int Correct)
{
    public double Precision => System == 0 ? 0 : (double)Correct / System;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Gold + System == 0 ? 0 : 2.0 * Correct / (Gold + System);
}

/// <summary>Sentence, token and word scores of a system segmentation against gold.</summary>
public sealed record SegmentationScores(SpanScore Sentences, SpanScore Tokens, SpanScore Words);

/// <summary>
/// The segmentation part of the CoNLL 2018 UD shared task evaluation (conll18_ud_eval.py), reimplemented: both files
/// are reduced to their non-space characters; tokens and sentences score by exact character spans; words outside
/// multiword tokens align by span, and words inside a stretch touched by any multiword token align by the longest
/// common subsequence of their (lower-cased) forms.
/// </summary>
public static class SegmentationScorer
{
    internal readonly record struct CharSpan(int Start, int End);

    internal sealed record ScoredWord(CharSpan Span, string Form, bool Multiword);

    internal sealed class Parsed
    {
        public List<char> Characters { get; } = [];

        public List<CharSpan> Tokens { get; } = [];

        public List<CharSpan> Sentences { get; } = [];

        public List<ScoredWord> Words { get; } = [];
    }

    public static SegmentationScores Score(string goldConllu, string systemConllu)
    {
        var gold = Parse(goldConllu);
        var system = Parse(systemConllu);
        if (!gold.Characters.SequenceEqual(system.Characters))
        {
            var i = 0;
            while (i < gold.Characters.Count && i < system.Characters.Count && gold.Characters[i] == system.Characters[i])
            {
                i++;
            }

            throw new InvalidDataException($"gold and system characters differ at {i}: '{Slice(gold.Characters, i)}' vs '{Slice(system.Characters, i)}'");
        }

        return new SegmentationScores(Spans(gold.Sentences, system.Sentences), Spans(gold.Tokens, system.Tokens), AlignWords(gold.Words, system.Words, null));
    }

    /// <summary>Word alignment with a callback for every gold word left unaligned (for error analysis on dev data).</summary>
    public static SpanScore Words(string goldConllu, string systemConllu, Action<string>? unaligned)
    {
        var gold = Parse(goldConllu);
        var system = Parse(systemConllu);
        return AlignWords(gold.Words, system.Words, unaligned);
    }

    private static string Slice(List<char> chars, int i) => new([.. chars.Skip(i).Take(20)]);

    internal static Parsed Parse(string conllu)
    {
        var p = new Parsed();
        var index = 0;
        var sentenceStart = -1;
        var lines = conllu.Split('\n');
        for (var li = 0; li < lines.Length; li++)
        {
            var line = lines[li].TrimEnd('\r');
            if (sentenceStart < 0)
            {
                if (line.StartsWith('#') || line.Length == 0)
                {
                    continue;
                }

                sentenceStart = index;
            }

            if (line.Length == 0)
            {
                p.Sentences.Add(new CharSpan(sentenceStart, index));
                sentenceStart = -1;
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length != 10)
            {
                throw new InvalidDataException($"line {li + 1}: not 10 columns");
            }

            if (cols[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            var form = WithoutSpaces(cols[1]);
            p.Characters.AddRange(form);
            var span = new CharSpan(index, index + form.Length);
            p.Tokens.Add(span);
            index += form.Length;
            var dash = cols[0].IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                var a = int.Parse(cols[0].AsSpan(0, dash), CultureInfo.InvariantCulture);
                var b = int.Parse(cols[0].AsSpan(dash + 1), CultureInfo.InvariantCulture);
                for (var k = a; k <= b; k++)
                {
                    var w = lines[++li].TrimEnd('\r').Split('\t');
                    p.Words.Add(new ScoredWord(span, w[1], true));
                }
            }
            else
            {
                p.Words.Add(new ScoredWord(span, cols[1], false));
            }
        }

        if (sentenceStart >= 0)
        {
            p.Sentences.Add(new CharSpan(sentenceStart, index));
        }

        return p;
    }

    private static string WithoutSpaces(string s) =>
        s.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator)
            ? string.Concat(s.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.SpaceSeparator))
            : s;

    private static SpanScore Spans(List<CharSpan> gold, List<CharSpan> system)
    {
        int correct = 0, gi = 0, si = 0;
        while (gi < gold.Count && si < system.Count)
        {
            if (system[si].Start < gold[gi].Start)
            {
                si++;
            }
            else if (gold[gi].Start < system[si].Start)
            {
                gi++;
            }
            else
            {
                correct += gold[gi].End == system[si].End ? 1 : 0;
                gi++;
                si++;
            }
        }

        return new SpanScore(gold.Count, system.Count, correct);
    }

    private static bool BeyondEnd(List<ScoredWord> words, int i, int end) =>
        i >= words.Count || (words[i].Multiword ? words[i].Span.Start >= end : words[i].Span.End > end);

    private static int ExtendEnd(ScoredWord w, int end) => w.Multiword && w.Span.End > end ? w.Span.End : end;

    private static SpanScore AlignWords(List<ScoredWord> gold, List<ScoredWord> system, Action<string>? unaligned)
    {
        var aligned = 0;
        int gi = 0, si = 0;
        var goldAligned = new bool[gold.Count];
        while (gi < gold.Count && si < system.Count)
        {
            if (gold[gi].Multiword || system[si].Multiword)
            {
                // The minimal stretch covering every multiword token that overlaps it.
                int end;
                if (gold[gi].Multiword)
                {
                    end = gold[gi].Span.End;
                    if (!system[si].Multiword && system[si].Span.Start < gold[gi].Span.Start)
                    {
                        si++;
                    }
                }
                else
                {
                    end = system[si].Span.End;
                    if (!gold[gi].Multiword && gold[gi].Span.Start < system[si].Span.Start)
                    {
                        gi++;
                    }
                }

                int gs = gi, ss = si;
                while (!BeyondEnd(gold, gi, end) || !BeyondEnd(system, si, end))
                {
                    if (gi < gold.Count && (si >= system.Count || gold[gi].Span.Start <= system[si].Span.Start))
                    {
                        end = ExtendEnd(gold[gi], end);
                        gi++;
                    }
                    else
                    {
                        end = ExtendEnd(system[si], end);
                        si++;
                    }
                }

                if (gi > gs && si > ss)
                {
                    aligned += Lcs(gold, system, gs, gi, ss, si, goldAligned);
                }
            }
            else if (gold[gi].Span == system[si].Span)
            {
                goldAligned[gi] = true;
                aligned++;
                gi++;
                si++;
            }
            else if (gold[gi].Span.Start <= system[si].Span.Start)
            {
                gi++;
            }
            else
            {
                si++;
            }
        }

        if (unaligned is not null)
        {
            for (var i = 0; i < gold.Count; i++)
            {
                if (!goldAligned[i])
                {
                    unaligned(gold[i].Form);
                }
            }
        }

        return new SpanScore(gold.Count, system.Count, aligned);
    }

    private static bool SameForm(ScoredWord a, ScoredWord b) =>
        string.Equals(a.Form.ToLowerInvariant(), b.Form.ToLowerInvariant(), StringComparison.Ordinal);

    private static int Lcs(List<ScoredWord> gold, List<ScoredWord> system, int gs, int ge, int ss, int se, bool[] goldAligned)
    {
        int gn = ge - gs, sn = se - ss;
        var lcs = new int[gn + 1, sn + 1];
        for (var g = gn - 1; g >= 0; g--)
        {
            for (var s = sn - 1; s >= 0; s--)
            {
                var v = SameForm(gold[gs + g], system[ss + s]) ? 1 + lcs[g + 1, s + 1] : 0;
                lcs[g, s] = Math.Max(v, Math.Max(lcs[g + 1, s], lcs[g, s + 1]));
            }
        }

        int count = 0, gi = 0, si = 0;
        while (gi < gn && si < sn)
        {
            if (SameForm(gold[gs + gi], system[ss + si]))
            {
                goldAligned[gs + gi] = true;
                count++;
                gi++;
                si++;
            }
            else if (lcs[gi, si] == lcs[gi + 1, si])
            {
                gi++;
            }
            else
            {
                si++;
            }
        }

        return count;
    }
}
