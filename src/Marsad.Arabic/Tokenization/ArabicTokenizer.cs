using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Marsad.Core;

namespace Marsad.Arabic.Tokenization;

/// <summary>
/// Splits text into tokens with offsets into the original string: Arabic and Latin words, numbers in every digit set
/// (with decimal, thousands and time separators inside), punctuation, URLs, e-mails, hashtags and mentions. Whitespace
/// and invisible controls are the only things not covered by a token. One pass, no allocation per token.
/// </summary>
public static class ArabicTokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>; when <paramref name="lexicon"/> is given, glued words are split.</summary>
    public static List<Token> Tokenize(string text, ArabicLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, tokens, lexicon);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> output, ArabicLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var i = 0;
        while (i < text.Length)
        {
            if (IsGap(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var kind = Next(text, ref i);
            // Glued pairs worth splitting are long (علىالرغم, فيالعام); checking only those keeps the lexicon off the hot path.
            if (kind == TokenKind.Word && lexicon is not null && i - start >= ArabicLexicon.GluedMinLength)
            {
                var split = lexicon.GluedSplit(text[start..i], text[start..]);
                if (split > 0)
                {
                    output.Add(new Token(start, start + split, TokenKind.Word));
                    output.Add(new Token(start + split, i, TokenKind.Word));
                    continue;
                }
            }

            output.Add(new Token(start, i, kind));
        }
    }

    // Character classes of U+0000..U+07FF (Latin, Arabic and its supplements: nearly every unit of Arabic news), so the
    // hot loops test one table entry per unit instead of a chain of ranges; units above fall back to the predicates.
    private const byte Gap = 1;
    private const byte Letter = 2;
    private const byte Inner = 4;
    private static readonly byte[] Classes = BuildClasses();

    private static byte[] BuildClasses()
    {
        var t = new byte[0x800];
        for (var c = 0; c < t.Length; c++)
        {
            var ch = (char)c;
            t[c] = (byte)((char.IsWhiteSpace(ch) || ArabicNormalizer.IsInvisible(ch) ? Gap : 0)
                | (IsArabicLetter(ch) ? Letter : 0) | (IsWordInner(ch) ? Inner : 0));
        }

        return t;
    }

    /// <summary>Whitespace or an invisible control: not covered by any token.</summary>
    internal static bool IsGap(char c) =>
        c < 0x800 ? (Classes[c] & Gap) != 0 : char.IsWhiteSpace(c) || ArabicNormalizer.IsInvisible(c);

    internal static bool IsArabicLetterFast(char c) => c < 0x800 ? (Classes[c] & Letter) != 0 : IsArabicLetter(c);

    internal static bool IsArabicWordUnit(char c) =>
        c < 0x800 ? (Classes[c] & (Letter | Inner)) != 0 : IsArabicLetter(c) || IsWordInner(c);

    /// <summary>Arabic letters, including presentation forms and Persian/Urdu additions.</summary>
    public static bool IsArabicLetter(char c) =>
        c is >= '\u0621' and <= '\u063A' or >= '\u0641' and <= '\u064A' or >= '\u066E' and <= '\u06D3' or '\u06D5'
            or >= '\u06EE' and <= '\u06EF' or >= '\u06FA' and <= '\u06FF' or >= '\u0750' and <= '\u077F'
            or >= '\uFB50' and <= '\uFDFB' or >= '\uFE70' and <= '\uFEFC';

    internal static bool IsWordInner(char c) => ArabicNormalizer.IsMark(c) || c is '\u200C' or '\u200D';

    private static bool IsLatinLetter(char c) => c < 0x80 ? char.IsAsciiLetter(c) : char.IsLetter(c) && !IsArabicLetter(c);

    private static TokenKind Next(ReadOnlySpan<char> text, ref int i)
    {
        var c = text[i];
        if (IsArabicLetterFast(c))
        {
            i = ArabicWordEnd(text, i);
            return TokenKind.Word;
        }

        if (char.IsAsciiLetterOrDigit(c) || char.IsLetter(c))
        {
            if (TryUrl(text, ref i))
            {
                return TokenKind.Url;
            }

            if (TryEmail(text, ref i))
            {
                return TokenKind.Email;
            }

            if (char.IsDigit(c))
            {
                i = NumberEnd(text, i);
                return TokenKind.Number;
            }

            if (IsWordInner(c))
            {
                i++;
                return TokenKind.Symbol;
            }

            // Latin words keep trailing digits (G20, mp3) and inner apostrophes (don't).
            var j = i + 1;
            while (j < text.Length && (IsLatinLetter(text[j]) || char.IsDigit(text[j]) || IsWordInner(text[j])
                || (text[j] is '\'' or '’' && j + 1 < text.Length && IsLatinLetter(text[j + 1]))))
            {
                j++;
            }

            i = j;
            return TokenKind.Latin;
        }

        if (char.IsDigit(c))
        {
            i = NumberEnd(text, i);
            return TokenKind.Number;
        }

        if (c is '#' or '@' && i + 1 < text.Length && IsTagChar(text[i + 1]) && (i == 0 || !IsTagChar(text[i - 1])))
        {
            var j = i + 1;
            while (j < text.Length && (IsTagChar(text[j]) || IsWordInner(text[j])))
            {
                j++;
            }

            i = j;
            return c == '#' ? TokenKind.Hashtag : TokenKind.Mention;
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            i += 2;
            return TokenKind.Symbol;
        }

        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        var punct = cat is UnicodeCategory.OtherPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.ConnectorPunctuation;
        // A run of the same mark (..., !!, ؟؟, ---) is one token.
        var k = i + 1;
        if (c is '.' or '!' or '?' or '؟' or '-' or '_' or '=' or '*')
        {
            while (k < text.Length && text[k] == c)
            {
                k++;
            }
        }

        i = k;
        return punct ? TokenKind.Punctuation : TokenKind.Symbol;
    }

    private static bool IsTagChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static int ArabicWordEnd(ReadOnlySpan<char> text, int i)
    {
        var j = i + 1;
        j = SkipCommonWordUnits(text, j);
        while (j < text.Length && IsArabicWordUnit(text[j]))
        {
            j++;
        }

        // A trailing joiner belongs to nothing; leave it as a gap.
        while (j > i + 1 && text[j - 1] is '\u200C' or '\u200D')
        {
            j--;
        }

        // Tatweel after a whole word is used as a dash («الأهمـ»); after one letter it marks an abbreviation («هـ»).
        var k = j;
        while (k > i + 1 && text[k - 1] == '\u0640')
        {
            k--;
        }

        if (k < j && k - i >= 2)
        {
            j = k;
        }

        return j;
    }

    /// <summary>
    /// Skips, eight units at a time, the units nearly every Arabic word is made of (U+0621..U+063A letters, tatweel,
    /// U+0641..U+064A letters, harakat to U+065F): a news word usually ends inside the first block, so its end is
    /// found with one comparison rather than a test per letter. Returns where the scalar scan goes on.
    /// </summary>
    private static int SkipCommonWordUnits(ReadOnlySpan<char> text, int j)
    {
        if (!Vector128.IsHardwareAccelerated)
        {
            return j;
        }

        var u16 = MemoryMarshal.Cast<char, ushort>(text);
        while (j + Vector128<ushort>.Count <= u16.Length)
        {
            var v = Vector128.Create(u16.Slice(j, Vector128<ushort>.Count));
            var letters = Vector128.LessThan(v - Vector128.Create((ushort)0x0621), Vector128.Create((ushort)0x1A));
            var rest = Vector128.LessThan(v - Vector128.Create((ushort)0x0640), Vector128.Create((ushort)0x20));
            var outside = ~(letters | rest).ExtractMostSignificantBits() & 0xFF;
            if (outside != 0)
            {
                return j + BitOperations.TrailingZeroCount(outside);
            }

            j += Vector128<ushort>.Count;
        }

        return j;
    }

    /// <summary>Digits of any script; separators . , ٫ ٬ : / count only between two digits (3.5, 1,000, 6:30, 2015/7/21).</summary>
    private static int NumberEnd(ReadOnlySpan<char> text, int i)
    {
        var j = i + 1;
        while (j < text.Length)
        {
            if (char.IsDigit(text[j]))
            {
                j++;
            }
            else if (text[j] is '.' or ',' or '٫' or '٬' or ':' or '/' && j + 1 < text.Length && char.IsDigit(text[j + 1]))
            {
                j += 2;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    private static bool TryUrl(ReadOnlySpan<char> text, ref int i)
    {
        var rest = text[i..];
        var schemeEnd = rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        if (schemeEnd == 0 || schemeEnd >= rest.Length || char.IsWhiteSpace(rest[schemeEnd]))
        {
            return false;
        }

        var j = schemeEnd;
        while (j < rest.Length && !char.IsWhiteSpace(rest[j]) && rest[j] is not ('"' or '<' or '>' or '«' or '»' or '،' or '؛'))
        {
            j++;
        }

        // Sentence punctuation right after a URL is not part of it.
        while (j > schemeEnd && rest[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '؟')
        {
            j--;
        }

        i += j;
        return true;
    }

    private static bool TryEmail(ReadOnlySpan<char> text, ref int i)
    {
        var j = i;
        while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || text[j] is '.' or '_' or '%' or '+' or '-'))
        {
            j++;
        }

        if (j == i || j >= text.Length || text[j] != '@' || text[j - 1] == '.')
        {
            return false;
        }

        var k = j + 1;
        var lastDot = -1;
        while (k < text.Length && (char.IsAsciiLetterOrDigit(text[k]) || text[k] is '.' or '-'))
        {
            if (text[k] == '.')
            {
                lastDot = k;
            }

            k++;
        }

        while (k > j + 1 && text[k - 1] is '.' or '-')
        {
            k--;
        }

        if (lastDot < 0 || lastDot >= k - 2)
        {
            return false;
        }

        i = k;
        return true;
    }
}
