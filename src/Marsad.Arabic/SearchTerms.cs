namespace Marsad.Arabic;

/// <summary>
/// Index and query terms for full-text search: normalized words with clitics stripped, so «وتركيا» and «بتركيا»
/// meet «تركيا». FIRST CUT (foundation): the Arabic core issue replaces the internals, keeping the signature.
/// </summary>
public static class SearchTerms
{
    private static readonly string[] Prefixes = ["وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل", "ف", "ك"];

    /// <summary>The search terms of <paramref name="text"/>, in order, as one space-separated string.</summary>
    public static string ForIndex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = ArabicNormalizer.Normalize(text)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0)
            .Select(Key);
        return string.Join(' ', words);
    }

    /// <summary>The matching key of one word.</summary>
    public static string Key(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = ArabicNormalizer.Normalize(word);
        foreach (var p in Prefixes)
        {
            if (w.Length - p.Length >= 3 && w.StartsWith(p, StringComparison.Ordinal))
            {
                return w[p.Length..];
            }
        }

        return w;
    }
}
