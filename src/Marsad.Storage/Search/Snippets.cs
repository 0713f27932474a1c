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
    private const int FirstChunkWords = 96;
    private const int MaxCachedKeys = 50_000;

    // The search key of a word never changes, and news repeats its vocabulary from article to article: each thread
    // keeps the keys of the words its snippets have read (bounded: past the cap, new words are keyed each time).
    // Per thread, not shared: a concurrent dictionary's lookup by span costs as much as keying the word again.
    [ThreadStatic]
    private static Dictionary<string, string>? t_keys;

    public static string? Make(string text, IReadOnlySet<string> keys, string open = "<mark>", string close = "</mark>") =>
        Make(text, keys, open, close, stopEarly: true);

    /// <summary>
    /// With <paramref name="stopEarly"/> the text is read in growing chunks and reading stops once a window holding
    /// every query key is found (usually in the lead); the snippet is the same as reading up to the scan limit.
    /// </summary>
    internal static string? Make(string text, IReadOnlySet<string> keys, string open, string close, bool stopEarly)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(keys);
        if (text.Length == 0)
        {
            return null;
        }

        var scan = new Scan(text, keys);
        int best;
        if (stopEarly)
        {
            var target = FirstChunkWords;
            while (true)
            {
                scan.Until(target);
                var (at, score) = BestWindow(scan.Words, keys, completeOnly: !scan.Done);
                if (scan.Done || (score == keys.Count && score > 0) || (keys.Count == 0 && scan.Words.Count > WindowWords))
                {
                    best = keys.Count == 0 ? 0 : at;
                    break;
                }

                target *= 2;
            }

            // One word past the window tells whether the snippet ends before the text does.
            scan.Until(best + WindowWords + 1);
        }
        else
        {
            scan.Until(MaxWordsScanned);
            best = BestWindow(scan.Words, keys, completeOnly: false).At;
        }

        var words = scan.Words;
        if (words.Count == 0)
        {
            return null;
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

        var endChar = words[last].End;
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

    /// <summary>
    /// The window holding the most distinct query keys; ties go to the earliest. With <paramref name="completeOnly"/>
    /// windows running past the words read so far are not judged (more text could still add keys to them).
    /// </summary>
    private static (int At, int Score) BestWindow(List<Word> words, IReadOnlySet<string> keys, bool completeOnly)
    {
        var best = 0;
        var bestScore = -1;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var w = 0; w < words.Count; w++)
        {
            if (!words[w].Hit)
            {
                continue;
            }

            if (completeOnly && w + WindowWords > words.Count)
            {
                break;
            }

            seen.Clear();
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

        return (best, bestScore);
    }

    private static string Flat(string text, int from, int to) => text[from..to].Replace("\n\n", " ", StringComparison.Ordinal).Replace('\n', ' ');

    private readonly record struct Word(int Start, int End, bool Hit, string? Key);

    /// <summary>The words of the text read so far, each keyed once per distinct spelling.</summary>
    private sealed class Scan(string text, IReadOnlySet<string> keys)
    {
        private int _pos;

        public List<Word> Words { get; } = [];

        public bool Done { get; private set; }

        public void Until(int count)
        {
            // Looked up by span, so a word seen before allocates nothing.
            var cache = t_keys ??= new Dictionary<string, string>(StringComparer.Ordinal);
            var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
            count = Math.Min(count, MaxWordsScanned);
            while (!Done && Words.Count < count)
            {
                var i = _pos;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                _pos = i;
                if (i > start)
                {
                    var (coreStart, coreEnd) = Core(text, start, i);
                    string? key = null;
                    if (coreEnd > coreStart)
                    {
                        var core = text.AsSpan(coreStart, coreEnd - coreStart);
                        if (!lookup.TryGetValue(core, out key))
                        {
                            var word = core.ToString();
                            key = SearchTerms.Key(word);
                            if (cache.Count < MaxCachedKeys)
                            {
                                cache[word] = key;
                            }
                        }
                    }

                    var hit = key is not null && keys.Contains(key);
                    Words.Add(hit ? new Word(coreStart, coreEnd, true, key) : new Word(start, i, false, null));
                }

                Done = _pos >= text.Length || Words.Count >= MaxWordsScanned;
            }

            if (Words.Count >= MaxWordsScanned)
            {
                Done = true;
            }
        }
    }

    /// <summary>The word without surrounding punctuation (quotes, commas), so the highlight covers only the word.</summary>
    private static (int Start, int End) Core(string text, int start, int end)
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

        return (s, e);
    }
}
