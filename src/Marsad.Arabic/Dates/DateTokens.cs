namespace Marsad.Arabic.Dates;

internal enum DateTokenKind : byte
{
    Number,
    Word,
    Punct,
    Other,
}

/// <summary>One token of a date scan: a digit run, a word (with its date meaning), or one punctuation character.</summary>
internal readonly record struct DateToken(int Start, int End, DateTokenKind Kind, int Value, byte Digits, DateWord Word, int WordValue, bool Spaced)
{
    public bool IsPunct(char c) => Kind == DateTokenKind.Punct && Value == c;

    public bool IsNumber(int maxDigits, int min, int max) =>
        Kind == DateTokenKind.Number && Digits <= maxDigits && Value >= min && Value <= max;
}

/// <summary>Splits text into date tokens in one pass; digits of all three scripts (ASCII, Arabic-Indic, Persian) count.</summary>
internal static class DateTokenizer
{
    public static List<DateToken> Tokenize(string text)
    {
        var tokens = new List<DateToken>(Math.Min(text.Length / 3, 1 << 16) + 4);
        var i = 0;
        var spaced = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u200E' or '\u200F' or '\u061C' or '\uFEFF')
            {
                spaced = true;
                i++;
                continue;
            }

            var start = i;
            if (DigitValue(c) >= 0)
            {
                long value = 0;
                while (i < text.Length && DigitValue(text[i]) is var dv and >= 0)
                {
                    if (value < 1_000_000_000)
                    {
                        value = (value * 10) + dv;
                    }

                    i++;
                }

                var digits = i - start;
                tokens.Add(new DateToken(start, i, DateTokenKind.Number, digits > 9 ? -1 : (int)value, (byte)Math.Min(digits, 255), DateWord.None, 0, spaced));
            }
            else if (c is >= '\u3400' and <= '\u9FFF')
            {
                // Ideographs are words of one character: CJK text has no spaces between words.
                i++;
                var (word, wordValue) = DateLexicon.Lookup(text.AsSpan(start, 1));
                tokens.Add(new DateToken(start, i, DateTokenKind.Word, 0, 0, word, wordValue, spaced));
            }
            else if (IsWordChar(c))
            {
                while (i < text.Length && IsWordChar(text[i]) && text[i] is < '\u3400' or > '\u9FFF')
                {
                    i++;
                }

                var (word, wordValue) = DateLexicon.Lookup(text.AsSpan(start, i - start));
                tokens.Add(new DateToken(start, i, DateTokenKind.Word, 0, 0, word, wordValue, spaced));
            }
            else
            {
                i++;
                var kind = c is '/' or '\\' or '-' or '.' or ':' or ',' or '،' or '(' or ')' or '[' or ']' or '|' or '–' or '—' or '+' or '•' or '·' or '@' or '_' or '؛' or ';'
                    ? DateTokenKind.Punct
                    : DateTokenKind.Other;
                tokens.Add(new DateToken(start, i, kind, c, 0, DateWord.None, 0, spaced));
            }

            spaced = false;
        }

        return tokens;
    }

    public static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };

    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || c is >= '\u064B' and <= '\u065F' || c == '\u0670' || c == '\u0640' || c == '\u200C' || c == '\u200D';
}
