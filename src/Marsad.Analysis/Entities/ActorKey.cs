using System.Buffers;
using System.Text;

namespace Marsad.Analysis.Entities;

/// <summary>
/// A canonical key for an actor's name, so spelling and transliteration variants of one real-world entity meet
/// across documents: hamza, alef and ta-marbuta forms, emphatic/plain consonants used interchangeably in
/// transliteration («أنتوني/أنطوني»), «أردوغان/إردوغان», the article and proclitics, and a leading «حركة/جماعة/تنظيم».
/// Known states key by their ISO code («تركيا», «الجمهورية التركية» → <c>GPE:TR</c>).
/// </summary>
public static class ActorKey
{
    private static readonly HashSet<string> GenericHeads = new(StringComparer.Ordinal) { "حرك", "جماع", "تنظيم" };

    /// <summary>The key of <paramref name="name"/> as an entity of <paramref name="type"/> (PER, ORG, LOC, GPE, MISC).</summary>
    public static string Of(string name, string type)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(type);
        var group = type switch
        {
            "GPE" or "LOC" => "GPE",
            _ => type,
        };
        if (group == "GPE" && ActorLexicon.Shared?.StateOf(name) is { } code)
        {
            return "GPE:" + code;
        }

        return group + ":" + Skeleton(name);
    }

    /// <summary>The spelling-insensitive form of a name: words folded, the article (with what is glued to it) off, variants merged.</summary>
    public static string Skeleton(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // The same word objects are asked about again and again within a document: those first, by identity.
        var memo = _lastAsked ??= new WordMemo<string>();
        if (memo.TryGet(name, out var recent))
        {
            return recent;
        }

        // One word is made on the stack faster than a table of words could be searched.
        if (name.Length <= MaxWordOnStack && name.AsSpan().IndexOfAny(Separators) < 0)
        {
            return memo.Set(name, MakeWord(name));
        }

        // Names of several words come back too («الرئيس الأمريكي»): each thread remembers those it made, up to a bound.
        var cache = _skeletons ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (cache.TryGetValue(name, out var known))
        {
            return memo.Set(name, known);
        }

        var made = Make(name);
        if (cache.Count >= MaxCached)
        {
            cache.Clear();
        }

        cache[name] = made;
        return memo.Set(name, made);
    }

    private const int MaxWordOnStack = 128;

    private static readonly char[] SeparatorChars = [' ', '_', '\t', '\n', '-', '«', '»', '"', '(', ')', '،', ','];
    private static readonly SearchValues<char> Separators = SearchValues.Create(SeparatorChars);

    [ThreadStatic]
    private static WordMemo<string>? _lastAsked;

    private const int MaxCached = 50_000;

    [ThreadStatic]
    private static Dictionary<string, string>? _skeletons;

    internal static string Make(string name)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var raw in name.Split(SeparatorChars, StringSplitOptions.RemoveEmptyEntries))
        {
            sb.Clear();
            foreach (var ch in raw)
            {
                var c = Letter(ch);
                if (c != '\0')
                {
                    sb.Append(c);
                }
            }

            // The article comes off before doubled letters merge («للرئيس» keeps its «لل» to recognize).
            var article = NerText.ArticleLength(sb.ToString());
            sb.Remove(0, article);
            for (var k = sb.Length - 1; k > 0; k--)
            {
                if (sb[k] == sb[k - 1])
                {
                    sb.Remove(k, 1);
                }
            }

            if (sb.Length == 0)
            {
                continue;
            }

            var w = sb.ToString();
            if (w.Length > 3 && w[^1] == 'ه')
            {
                w = w[..^1];
            }

            words.Add(w);
        }

        if (words.Count > 1 && GenericHeads.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }

    /// <summary>A character of a skeleton: folded, with emphatic and plain consonants and hamza seats merged; '\0'
    /// when it has none. Read from a table of every UTF-16 unit, made once by <see cref="MakeLetter"/>.</summary>
    private static char Letter(char ch) => Letters[ch];

    private static readonly char[] Letters = [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => MakeLetter((char)c))];

    private static char MakeLetter(char ch)
    {
        var c = NerText.Fold(ch) switch
        {
            'ط' => 'ت',
            'ص' => 'س',
            'ض' => 'د',
            'ظ' or 'ذ' => 'ز',
            'ث' => 'س',
            'ؤ' => 'و',
            'ئ' => 'ي',
            'ء' => '\0',
            var f => f,
        };
        return c != '\0' && char.IsLetterOrDigit(c) ? c : '\0';
    }

    /// <summary><see cref="Make"/> for one word (no separator in it), without splitting or building strings on the way.</summary>
    private static string MakeWord(string word)
    {
        Span<char> letters = stackalloc char[word.Length];
        var n = 0;
        foreach (var ch in word)
        {
            if (Letter(ch) is var c and not '\0')
            {
                letters[n++] = c;
            }
        }

        // The article comes off before doubled letters merge («للرئيس» keeps its «لل» to recognize).
        var w = letters[NerText.ArticleLength(letters[..n])..n];
        var m = 0;
        foreach (var c in w)
        {
            if (m == 0 || w[m - 1] != c)
            {
                w[m++] = c;
            }
        }

        if (m > 3 && w[m - 1] == 'ه')
        {
            m--;
        }

        return m == 0 ? string.Empty : new string(w[..m]);
    }
}
