using Marsad.Core;

namespace Marsad.Analysis.Quotes;

/// <summary>A quoted stretch: <see cref="Open"/> is the opening mark, <see cref="Close"/> the closing one (or the
/// paragraph end when the writer never closed it, as happens when a quote runs on over paragraphs).</summary>
internal readonly record struct Quotation(int Open, int Close, int Depth)
{
    public TextSpan Content => new(Open + 1, Close);
}

/// <summary>Pairs quotation marks in one left-to-right pass: «» and “” nest, straight quotes toggle within a paragraph.</summary>
internal static class QuotationMarks
{
    public static List<Quotation> Find(string text)
    {
        var found = new List<Quotation>();
        var stack = new Stack<(int At, char Close)>();
        var straight = -1;
        var single = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '«':
                    stack.Push((i, '»'));
                    break;
                case '“':
                    stack.Push((i, '”'));
                    break;
                case '»' or '”':
                    // Pop to the matching opener; unmatched inner openers are closed here too.
                    while (stack.Count > 0)
                    {
                        var (at, close) = stack.Pop();
                        found.Add(new Quotation(at, i, stack.Count));
                        if (close == c)
                        {
                            break;
                        }
                    }

                    break;
                case '"':
                    if (straight < 0)
                    {
                        straight = i;
                    }
                    else
                    {
                        found.Add(new Quotation(straight, i, stack.Count));
                        straight = -1;
                    }

                    break;
                case '\'':
                    // Only a quote when it opens before a letter after a space or colon, and closes after one.
                    if (single < 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]) && (i == 0 || text[i - 1] is ' ' or ':'))
                    {
                        single = i;
                    }
                    else if (single >= 0 && i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] is '.' or '!' or '؟'))
                    {
                        found.Add(new Quotation(single, i, stack.Count));
                        single = -1;
                    }

                    break;
                case '\n' when i + 1 < text.Length && text[i + 1] == '\n':
                    // Paragraph end: an open straight quote is a stray mark; an open «/“ runs to here.
                    straight = -1;
                    single = -1;
                    while (stack.Count > 0)
                    {
                        var (at, _) = stack.Pop();
                        found.Add(new Quotation(at, TrimEnd(text, i), stack.Count));
                    }

                    break;
            }
        }

        while (stack.Count > 0)
        {
            var (at, _) = stack.Pop();
            found.Add(new Quotation(at, TrimEnd(text, text.Length), stack.Count));
        }

        found.Sort((a, b) => a.Open.CompareTo(b.Open));
        return found;
    }

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
