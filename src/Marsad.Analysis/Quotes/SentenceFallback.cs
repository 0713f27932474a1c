using Marsad.Core;

namespace Marsad.Analysis.Quotes;

/// <summary>
/// The sentences quotes and events work on: the document's own when the sentence processor ran, else a plain split
/// at . ! ? ؟ and line breaks (a decimal point between digits, or the dot of «د.», is not an end).
/// </summary>
internal static class SentenceFallback
{
    public static IReadOnlyList<Sentence> Of(Document document)
    {
        if (document.Sentences.Count > 0)
        {
            return document.Sentences;
        }

        var text = document.Text;
        var result = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = c switch
            {
                '\n' => true,
                '.' => !(i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])) && !AbbreviatedTitle(text, i),
                '!' or '?' or '؟' => true,
                _ => false,
            };
            if (!end)
            {
                continue;
            }

            var stop = c == '\n' ? i : i + 1;
            // A closing quotation mark right after the stop belongs to the sentence it closes.
            while (stop < text.Length && stop > i && text[stop] is '»' or '”' or '"' or ')')
            {
                stop++;
                i++;
            }

            Add(text, start, stop, result);
            start = stop;
        }

        Add(text, start, text.Length, result);
        return result;
    }

    /// <summary>«د. سالم», «م. خالد»: the dot after a lone letter of an abbreviated title, a name after it.</summary>
    private static bool AbbreviatedTitle(string text, int dot) =>
        dot >= 1 && text[dot - 1] is 'د' or 'م' or 'أ' && (dot == 1 || char.IsWhiteSpace(text[dot - 2]))
        && dot + 2 < text.Length && text[dot + 1] == ' ' && ArabicWords.IsWordChar(text[dot + 2]);

    private static void Add(string text, int start, int end, List<Sentence> into)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            into.Add(new Sentence(start, end));
        }
    }
}
