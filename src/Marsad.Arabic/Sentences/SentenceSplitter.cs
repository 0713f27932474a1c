using Marsad.Arabic.Tokenization;
using Marsad.Core;

namespace Marsad.Arabic.Sentences;

/// <summary>
/// Sentences over tokens. A sentence ends at . ! ? ؟ … (closing quotes and brackets right after stay with it) and at
/// every line break; not at the Arabic comma or semicolon (UD Arabic keeps those inside), not after abbreviations
/// («د.», «م.», «أ.د.», Dr.), not after a list number at the start of a line («1.»), and never inside a number (3.5).
/// </summary>
public static class SentenceSplitter
{
    // Arabic one-letter abbreviations (د. دكتور, م. مهندس/ميلادي, أ. أستاذ, هـ. هجري, ص.ب …) and common Latin ones.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "د", "م", "أ", "ا", "ق", "ص", "ب", "ج", "ت", "ش", "ع", "ه", "هـ", "س", "ط", "ك", "ن", "ل", "ر", "ف", "مم", "كم", "إلخ", "الخ", "الخ",
        "mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "no", "inc", "ltd", "co", "jr", "sr", "gen", "col", "lt", "sgt", "fig",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Sentences of <paramref name="text"/> given its tokens (from <see cref="ArabicTokenizer"/>).</summary>
    public static List<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<Sentence>();
        Split(text, tokens, result);
        return result;
    }

    public static void Split(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, List<Sentence> output)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(output);
        var first = -1;
        var quoteOpenedAt = -1; // token index of an open quotation mark, or -1
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (first >= 0 && LineBreakBetween(text, tokens[i - 1].End, t.Start))
            {
                output.Add(new Sentence(tokens[first].Start, tokens[i - 1].End));
                first = -1;
                quoteOpenedAt = -1;
            }

            if (first < 0)
            {
                first = i;
            }

            quoteOpenedAt = TrackQuote(text, t, i, quoteOpenedAt);
            if (!EndsSentence(text, tokens, i, first))
            {
                continue;
            }

            // A quotation that spans sentences stays one sentence (as UD does), unless it runs on so long that the
            // quotation mark was probably never closed.
            if (quoteOpenedAt >= 0 && i - quoteOpenedAt < MaxQuoteTokens && !IsCloserAfter(text, tokens, i))
            {
                continue;
            }

            quoteOpenedAt = -1;

            // Closing quotes/brackets and further terminal marks right after the terminal belong to this sentence.
            var last = i;
            while (last + 1 < tokens.Count && tokens[last + 1].Start == tokens[last].End && IsCloser(text, tokens[last + 1]))
            {
                last++;
            }

            output.Add(new Sentence(tokens[first].Start, tokens[last].End));
            first = -1;
            i = last;
        }

        if (first >= 0)
        {
            output.Add(new Sentence(tokens[first].Start, tokens[^1].End));
        }
    }

    /// <summary>Longest quotation (in tokens) kept inside one sentence.</summary>
    internal const int MaxQuoteTokens = 80;

    private static int TrackQuote(ReadOnlySpan<char> text, Token t, int i, int openedAt)
    {
        if (t.Kind != TokenKind.Punctuation || t.End - t.Start != 1)
        {
            return openedAt;
        }

        return text[t.Start] switch
        {
            '«' or '“' => i,
            '»' or '”' => -1,
            '"' => openedAt >= 0 ? -1 : i,
            _ => openedAt,
        };
    }

    // The terminal is followed right away by the closing quote: the quotation and the sentence end together.
    private static bool IsCloserAfter(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End && text[tokens[i + 1].Start] is '»' or '"' or '”';

    private static bool LineBreakBetween(ReadOnlySpan<char> text, int from, int to) =>
        text[from..to].IndexOfAny('\n', '\r', '\u2029') >= 0;

    private static bool IsTerminal(ReadOnlySpan<char> s) =>
        s.Length > 0 && s[0] is '.' or '!' or '?' or '؟' or '…' or '۔' or '‼' or '⁉';

    private static bool IsCloser(ReadOnlySpan<char> text, Token t)
    {
        var s = text[t.Start..t.End];
        return t.Kind == TokenKind.Punctuation && (s[0] is '»' or '"' or '”' or '’' or ')' or ']' or '\'' or '›' || IsTerminal(s));
    }

    private static bool EndsSentence(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, int i, int first)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        var s = text[t.Start..t.End];
        if (!IsTerminal(s))
        {
            return false;
        }

        // An ellipsis inside a line is a pause in Arabic news («وما تفعله... في الواقع»), not an end.
        if (s is "…" || (s.Length >= 2 && s[0] == '.'))
        {
            return i + 1 >= tokens.Count || LineBreakBetween(text, t.End, tokens[i + 1].Start);
        }

        if (s is not ".")
        {
            return true;
        }

        if (i == first || i + 1 >= tokens.Count)
        {
            // A lone "." opening a line ends nothing; the last token ends the text anyway.
            return i + 1 >= tokens.Count;
        }

        var prev = tokens[i - 1];
        var next = tokens[i + 1];
        var attached = prev.End == t.Start;
        if (attached && prev.Kind is TokenKind.Word or TokenKind.Latin)
        {
            var w = text[prev.Start..prev.End];
            // «1436 هـ.» and «2015 م.» are era marks after a year: the period ends the sentence like any other.
            var era = w is "هـ" or "ه" or "م" && i >= 2 && tokens[i - 2].Kind == TokenKind.Number;
            if (!era && (AbbreviationLookup.Contains(w) || (prev.Kind == TokenKind.Latin && w.Length == 1)))
            {
                return false;
            }
        }

        // «1.» opening a line or sentence is a list number.
        if (attached && prev.Kind == TokenKind.Number && i - 1 == first && prev.End - prev.Start <= 3)
        {
            return false;
        }

        // "Dr. Smith" / "e.g." style: a Latin lower-case continuation is no new sentence.
        if (next.Kind == TokenKind.Latin && char.IsLower(text[next.Start]))
        {
            return false;
        }

        // Text glued to the period on the right ("example.com" already is a URL; "أ.د" style chains) continues.
        return next.Start != t.End || next.Kind == TokenKind.Punctuation;
    }
}
