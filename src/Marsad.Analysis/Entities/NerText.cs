namespace Marsad.Analysis.Entities;

/// <summary>
/// The tagger's own word normalization and clitic stripping. Kept inside the tagger (not the shared normalizer) on
/// purpose: the trained weights are keyed by these forms, so they must not change when the shared normalizer does.
/// </summary>
internal static class NerText
{
    /// <summary>Folds one character for matching; '\0' means drop it (harakat, tatweel, invisible controls).</summary>
    public static char Fold(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        '\u0640' => '\0',
        >= '\u064B' and <= '\u065F' => '\0',
        '\u0670' => '\0',
        >= '\u200B' and <= '\u200F' => '\0',
        '\uFEFF' => '\0',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        >= 'A' and <= 'Z' => (char)(c + 32),
        _ => c,
    };

    /// <summary>Writes the folded form of <paramref name="word"/> into <paramref name="dest"/>; returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> word, Span<char> dest)
    {
        var n = 0;
        foreach (var c in word)
        {
            var f = Fold(c);
            if (f != '\0' && n < dest.Length)
            {
                dest[n++] = f;
            }
        }

        return n;
    }

    /// <summary>The folded form of a word (the word itself when folding changes nothing); remembered per thread
    /// for the last word objects asked about, which the entity rules ask about again and again.</summary>
    public static string Normalize(string word)
    {
        var memo = _normalized ??= new WordMemo<string>();
        if (memo.TryGet(word, out var known))
        {
            return known;
        }

        var same = true;
        foreach (var c in word)
        {
            if (Fold(c) != c)
            {
                same = false;
                break;
            }
        }

        if (same)
        {
            return memo.Set(word, word);
        }

        Span<char> buf = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        var n = Normalize(word, buf);
        return memo.Set(word, new string(buf[..n]));
    }

    [ThreadStatic]
    private static WordMemo<string>? _normalized;

    /// <summary>
    /// Length of the proclitics (و ف, then ب ل ك, then ال / لل) at the start of a normalized word, keeping at least
    /// <paramref name="minStem"/> letters: «والرئيس» → 3, «بتركيا» → 1.
    /// </summary>
    public static int CliticLength(ReadOnlySpan<char> w, int minStem = 3)
    {
        var i = 0;
        if (w.Length - i > minStem && (w[i] == 'و' || w[i] == 'ف'))
        {
            i++;
        }

        if (w.Length - i > minStem && w[i] is 'ب' or 'ك')
        {
            i++;
        }
        else if (w.Length - i > minStem + 1 && w[i] == 'ل' && w[i + 1] == 'ل')
        {
            // «للرئيس» = ل + الرئيس with the alef dropped.
            return w.Length - (i + 2) >= minStem ? i + 2 : i;
        }
        else if (w.Length - i > minStem && w[i] == 'ل')
        {
            i++;
        }

        if (w.Length - i - 2 >= minStem && w[i] == 'ا' && w[i + 1] == 'ل')
        {
            i += 2;
        }

        return i;
    }

    /// <summary>
    /// Length of the article with the proclitics glued before it («وال», «بال», «لل», «فبال», «ال»), and nothing
    /// when there is no article: a bare initial «ب»/«ف»/«و» may be the name's own letter («بلينكن», «فرنسا», «وليد»).
    /// </summary>
    public static int ArticleLength(ReadOnlySpan<char> w)
    {
        var i = 0;
        if (w.Length > 3 && w[0] is 'و' or 'ف' && (w[1..].StartsWith("ال", StringComparison.Ordinal) || w[1..].StartsWith("لل", StringComparison.Ordinal) || (w[1] is 'ب' or 'ك' && w[2..].StartsWith("ال", StringComparison.Ordinal))))
        {
            i = 1;
        }

        if (w.Length - i > 3 && w[i] is 'ب' or 'ك' && w[(i + 1)..].StartsWith("ال", StringComparison.Ordinal))
        {
            i++;
        }

        if (w.Length - i >= 4 && w[i..].StartsWith("لل", StringComparison.Ordinal))
        {
            return i + 2;
        }

        if (w.Length - i >= 4 && w[i..].StartsWith("ال", StringComparison.Ordinal))
        {
            return i + 2;
        }

        return i;
    }

    /// <summary>The word's stem after <see cref="CliticLength"/>.</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> normalized) => normalized[CliticLength(normalized)..];

    /// <summary>Coarse word shape: Arabic, Latin, digits, punctuation or mixed.</summary>
    public static int Shape(ReadOnlySpan<char> w)
    {
        bool arabic = false, latin = false, digit = false, other = false;
        foreach (var c in w)
        {
            if (c is >= '\u0600' and <= '\u06FF')
            {
                arabic = true;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin = true;
            }
            else if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else
            {
                other = true;
            }
        }

        return (arabic ? 1 : 0) | (latin ? 2 : 0) | (digit ? 4 : 0) | (other ? 8 : 0);
    }

    public static bool IsPunctuation(char c) =>
        char.IsPunctuation(c) || char.IsSymbol(c) || c is '«' or '»' or '"' or '“' or '”' or '،' or '؛' or '؟';
}
