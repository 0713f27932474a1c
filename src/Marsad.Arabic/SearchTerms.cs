using System.Text;
using Marsad.Arabic.Tokenization;
using Marsad.Core;

namespace Marsad.Arabic;

/// <summary>
/// Index and query terms for full-text search: normalized words with clitics stripped and a light stem, so «وتركيا»
/// and «بتركيا» meet «تركيا», «بأنقرة» finds «أنقرة», «والتركية» meets «التركي».
/// </summary>
public static class SearchTerms
{
    /// <summary>The search terms of <paramref name="text"/>, in order, as one space-separated string.</summary>
    public static string ForIndex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ArabicTokenizer.Tokenize(text, ArabicLexicon.Default);
        var sb = new StringBuilder(text.Length);
        Span<char> buffer = stackalloc char[512];
        var stemmer = LightStemmer.Default;
        foreach (var t in tokens)
        {
            if (t.Kind is TokenKind.Punctuation or TokenKind.Symbol || t.End - t.Start > 160)
            {
                continue;
            }

            var word = text.AsSpan(t.Start, t.End - t.Start);
            if (t.Kind is TokenKind.Hashtag or TokenKind.Mention)
            {
                word = word[1..];
            }

            var n = t.Kind == TokenKind.Word
                ? stemmer.Key(word, buffer)
                : ArabicNormalizer.Normalize(word, buffer, NormalizationLevel.Search);
            if (n <= 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(buffer[..n]);
        }

        return sb.ToString();
    }

    /// <summary>The matching key of one word.</summary>
    public static string Key(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.AsSpan().Trim();
        return w.Length > 0 && ArabicTokenizer.IsArabicLetter(w[0])
            ? LightStemmer.Default.Key(w)
            : ArabicNormalizer.Normalize(w.ToString(), NormalizationLevel.Search);
    }
}
