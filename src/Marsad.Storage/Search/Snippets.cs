using Marsad.Arabic;

namespace Marsad.Storage.Search;

/// <summary>
/// Snippets cut from the original text (not the normalized index), with the words that matched the query marked.
/// Matching uses the same keys as the index, so «بتركيا» is highlighted for the query «تركيا».
/// </summary>
public static class Snippets
{
    private const int WindowWords = 28;
    // The lead of a news article carries its story; scanning further costs latency on long pages for little gain.
    private const int MaxWordsScanned = 1500;

    public static string? Make(string text, IReadOnlySet<string> keys, string open = "<mark>", string close = "</mark>")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(keys);
        if (text.Length == 0)
        {
            return null;
        }

        var words = new List<(int Start, int End, bool Hit, string? Key)>();
        var seenKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        while (i < text.Length && words.Count < MaxWordsScanned)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                var (core, coreStart) = Core(text, start, i);
                // News text repeats its words: key each distinct word once.
                string? key = null;
                if (core.Length > 0 && !seenKeys.TryGetValue(core, out key))
                {
                    key = SearchTerms.Key(core);
                    seenKeys[core] = key;
                }

                var hit = key is not null && keys.Contains(key);
                words.Add(hit ? (coreStart, coreStart + core.Length, true, key) : (start, i, false, null));
            }
        }

        if (words.Count == 0)
        {
            return null;
        }

        // The window holding the most distinct query keys wins; ties go to the earliest.
        var best = 0;
        var bestScore = -1;
        for (var w = 0; w < words.Count; w++)
        {
            if (!words[w].Hit)
            {
                continue;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var k = w; k < Math.Min(words.Count, w + WindowWords); k++)
            {
                if (words[k].Key is { } key && words[k].Hit)
                {
                    seen.Add(key);
                }
            }

            if (seen.Count > bestScore)
            {
                bestScore = seen.Count;
                best = Math.Max(0, w - 6);
                if (seen.Count == keys.Count)
                {
                    break;
                }
            }
        }

        var last = Math.Min(words.Count, best + WindowWords) - 1;
        var sb = new System.Text.StringBuilder();
        if (best > 0)
        {
            sb.Append("… ");
        }

        var pos = words[best].Start;
        for (var k = best; k <= last; k++)
        {
            var (s, e, hit, _) = words[k];
            if (!hit)
            {
                continue;
            }

            sb.Append(Flat(text, pos, s)).Append(open).Append(text, s, e - s).Append(close);
            pos = e;
        }

        var endChar = words[last].Hit ? words[last].End : words[last].End;
        if (endChar > pos)
        {
            sb.Append(Flat(text, pos, endChar));
        }

        if (last < words.Count - 1 || words.Count == MaxWordsScanned)
        {
            sb.Append(" …");
        }

        return sb.ToString();
    }

    private static string Flat(string text, int from, int to) => text[from..to].Replace("\n\n", " ", StringComparison.Ordinal).Replace('\n', ' ');

    /// <summary>The word without surrounding punctuation (quotes, commas), so the highlight covers only the word.</summary>
    private static (string Core, int Start) Core(string text, int start, int end)
    {
        var s = start;
        var e = end;
        while (s < e && !char.IsLetterOrDigit(text[s]))
        {
            s++;
        }

        while (e > s && !char.IsLetterOrDigit(text[e - 1]))
        {
            e--;
        }

        return (text[s..e], s);
    }
}
