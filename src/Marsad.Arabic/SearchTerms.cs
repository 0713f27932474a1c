using System.Runtime.InteropServices;
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
        var sink = new IndexTerms(text, tokens, new StringBuilder(text.Length));
        // Words go through the stemmer in document order, which fetches their memo entries ahead.
        LightStemmer.Default.AnalyzeWords(text, CollectionsMarshal.AsSpan(tokens), ref sink);
        return sink.Terms.ToString();
    }

    /// <summary>Appends each token's term: a word's stem key, a number's or name's Search form; punctuation none.</summary>
    private readonly struct IndexTerms(string text, List<Token> tokens, StringBuilder terms) : IWordAnalysisSink
    {
        public StringBuilder Terms => terms;

        public void Token(int index, scoped ReadOnlySpan<int> ends, scoped ReadOnlySpan<char> key)
        {
            var t = tokens[index];
            if (t.Kind is TokenKind.Punctuation or TokenKind.Symbol || t.End - t.Start > 160)
            {
                return;
            }

            if (t.Kind == TokenKind.Word)
            {
                Append(key);
                return;
            }

            var word = text.AsSpan(t.Start, t.End - t.Start);
            if (t.Kind is TokenKind.Hashtag or TokenKind.Mention)
            {
                word = word[1..];
            }

            Span<char> buffer = stackalloc char[512];
            var n = ArabicNormalizer.Normalize(word, buffer, NormalizationLevel.Search);
            if (n > 0)
            {
                Append(buffer[..n]);
            }
        }

        private void Append(scoped ReadOnlySpan<char> term)
        {
            if (term.IsEmpty)
            {
                return;
            }

            if (terms.Length > 0)
            {
                terms.Append(' ');
            }

            terms.Append(term);
        }
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
