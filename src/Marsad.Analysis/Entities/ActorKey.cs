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
        // The same words come back in every sentence («الرئيس», «وزير», nationalities): each thread remembers the
        // skeletons it made, up to a bound, which saves most of the splitting and folding (a tenth of the pipeline).
        // The same word objects are asked about again and again within a document: those first, by identity.
        var memo = _lastAsked ??= new WordMemo<string>();
        if (memo.TryGet(name, out var recent))
        {
            return recent;
        }

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

    [ThreadStatic]
    private static WordMemo<string>? _lastAsked;

    private const int MaxCached = 50_000;

    [ThreadStatic]
    private static Dictionary<string, string>? _skeletons;

    private static string Make(string name)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var raw in name.Split([' ', '_', '\t', '\n', '-', '«', '»', '"', '(', ')', '،', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            sb.Clear();
            foreach (var ch in raw)
            {
                var c = NerText.Fold(ch);
                c = c switch
                {
                    'ط' => 'ت',
                    'ص' => 'س',
                    'ض' => 'د',
                    'ظ' or 'ذ' => 'ز',
                    'ث' => 'س',
                    'ؤ' => 'و',
                    'ئ' => 'ي',
                    'ء' => '\0',
                    _ => c,
                };
                if (c != '\0' && char.IsLetterOrDigit(c))
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
}
