namespace Marsad.Analysis.Entities;

/// <summary>
/// Label consistency across a document, as a second tagging pass sees it: for every token, how the first pass
/// tagged the other occurrences of the same word (clitic-stripped) within a window of sentences. A name the first
/// pass found once in a clear context then helps where its context is poor.
/// </summary>
internal static class DocumentVotes
{
    /// <summary>Sentences on each side that count as the same document (ANERcorp has no document breaks).</summary>
    public const int Window = 10;

    /// <summary>
    /// One code per token: 0 no other occurrence, 1 only ever outside names, else 2 + 2×type (PER, ORG, LOC, MISC)
    /// of the most frequent type, +1 when names outnumber non-names.
    /// </summary>
    public static byte[][] Compute(IReadOnlyList<string[]> sentences, IReadOnlyList<int[]> labels)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(labels);
        // Each content word's stem as a number (-1 for words that do not vote), and five counts per number.
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var bySpan = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        var stems = new int[sentences.Count][];
        for (var i = 0; i < sentences.Count; i++)
        {
            var st = stems[i] = new int[sentences[i].Length];
            for (var j = 0; j < st.Length; j++)
            {
                var stem = Stem(sentences[i][j]);
                if (stem.IsEmpty)
                {
                    st[j] = -1;
                }
                else if (!bySpan.TryGetValue(stem, out st[j]))
                {
                    st[j] = numbers.Count;
                    bySpan[stem] = st[j];
                }
            }
        }

        var counts = new int[numbers.Count * 5];

        void Count(int sentence, int delta)
        {
            var st = stems[sentence];
            for (var j = 0; j < st.Length; j++)
            {
                if (st[j] >= 0)
                {
                    counts[st[j] * 5 + TypeOf(labels[sentence][j])] += delta;
                }
            }
        }

        var result = new byte[sentences.Count][];
        Span<int> other = stackalloc int[5];
        var lo = 0;
        var hi = -1;
        for (var i = 0; i < sentences.Count; i++)
        {
            while (hi < Math.Min(sentences.Count - 1, i + Window))
            {
                Count(++hi, +1);
            }

            while (lo < i - Window)
            {
                Count(lo++, -1);
            }

            var st = stems[i];
            var codes = new byte[st.Length];
            for (var j = 0; j < st.Length; j++)
            {
                if (st[j] < 0)
                {
                    continue;
                }

                counts.AsSpan(st[j] * 5, 5).CopyTo(other);
                other[TypeOf(labels[i][j])]--;
                var names = other[1] + other[2] + other[3] + other[4];
                if (names == 0)
                {
                    codes[j] = (byte)(other[0] > 0 ? 1 : 0);
                    continue;
                }

                var best = 1;
                for (var t = 2; t < 5; t++)
                {
                    if (other[t] > other[best])
                    {
                        best = t;
                    }
                }

                codes[j] = (byte)(2 + 2 * (best - 1) + (names > other[0] ? 1 : 0));
            }

            result[i] = codes;
        }

        return result;
    }

    /// <summary>0 for O, else 1..4 for PER, ORG, LOC, MISC.</summary>
    private static int TypeOf(int label) => label == 0 ? 0 : (label + 1) / 2;

    /// <summary>Only content words vote: short words and punctuation are skipped (empty).</summary>
    private static ReadOnlySpan<char> Stem(string word)
    {
        var w = NerText.Normalize(word);
        var stem = w.AsSpan(NerText.CliticLength(w));
        return stem.Length >= 3 && !NerText.IsPunctuation(stem[0]) && !char.IsAsciiDigit(stem[0]) ? stem : [];
    }
}
