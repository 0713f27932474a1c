namespace Marsad.Analysis.Entities;

/// <summary>
/// The tagger's fallback tokenization when the document has no tokens layer: whitespace-separated words with
/// punctuation («» " , . ، ؛ ؟ …) split off as tokens of their own, as ANERcorp is tokenized.
/// </summary>
internal static class TextTokens
{
    public static List<(int Start, int End)> Split(string text)
    {
        var result = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF')
            {
                i++;
                continue;
            }

            if (IsSplitPunctuation(text, i))
            {
                result.Add((i, i + 1));
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && !IsSplitPunctuation(text, i))
            {
                i++;
            }

            result.Add((start, i));
        }

        return result;
    }

    /// <summary>Punctuation that ends a word; «.» and «,» between digits (3.5, 1,000) stay inside the number.</summary>
    private static bool IsSplitPunctuation(string text, int i)
    {
        var c = text[i];
        if (c is '.' or ',' or '٫' or '٬' or ':' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
        {
            return false;
        }

        return c is '-' ? false : NerText.IsPunctuation(c);
    }

    /// <summary>True when a token ends a sentence.</summary>
    public static bool EndsSentence(ReadOnlySpan<char> token) => token is "." or "!" or "?" or "؟" or "…";
}
