using Marsad.Core;

namespace Marsad.Arabic;

/// <summary>A syntactic word: a span of the original text inside one token (a clitic or its host).</summary>
public readonly record struct SyntacticWord(int Start, int End, int Token);

/// <summary>Splits tokens into syntactic words.</summary>
public static class SyntacticWords
{
    /// <summary>Appends the syntactic words of <paramref name="tokens"/> to <paramref name="output"/>.</summary>
    public static void Segment(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, List<SyntacticWord> output, CliticSegmenter? segmenter = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(output);
        segmenter ??= CliticSegmenter.Default;
        Span<int> ends = stackalloc int[CliticSegmenter.MaxParts];
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word)
            {
                output.Add(new SyntacticWord(t.Start, t.End, i));
                continue;
            }

            var n = segmenter.Segment(text[t.Start..t.End], ends);
            var start = t.Start;
            for (var k = 0; k < n; k++)
            {
                output.Add(new SyntacticWord(start, t.Start + ends[k], i));
                start = t.Start + ends[k];
            }
        }
    }
}
