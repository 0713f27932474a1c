using System.Text;
using Marsad.Core;

namespace Marsad.Arabic.Conllu;

/// <summary>
/// Writes segmented text as CoNLL-U: one block per sentence with <c># text</c>, a multiword-token range line
/// ("1-2") for every token split into several syntactic words, SpaceAfter=No where the text has no space. Trees are
/// flat (first word is the root) so any UD tool accepts the file.
/// </summary>
public static class ConlluWriter
{
    public static void Write(TextWriter writer, string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<Token> tokens,
        IReadOnlyList<SyntacticWord> words, string? docId = null, bool multiwordTokens = true, int firstSentenceNumber = 1)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(words);
        var ti = 0;
        var wi = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (s == 0 && docId is not null)
            {
                writer.Write("# newdoc id = ");
                writer.Write(docId);
                writer.Write('\n');
            }

            writer.Write($"# sent_id = {(docId is null ? "" : docId + "-")}{s + firstSentenceNumber}\n");
            writer.Write("# text = ");
            writer.Write(OneLine(text.AsSpan(sentence.Start, sentence.End - sentence.Start)));
            writer.Write('\n');
            while (ti < tokens.Count && tokens[ti].Start < sentence.Start)
            {
                ti++;
            }

            var id = 0;
            while (ti < tokens.Count && tokens[ti].End <= sentence.End)
            {
                var t = tokens[ti];
                while (wi < words.Count && words[wi].Token < ti)
                {
                    wi++;
                }

                var first = wi;
                while (wi < words.Count && words[wi].Token == ti)
                {
                    wi++;
                }

                var count = wi - first;
                var spaceAfter = ti + 1 >= tokens.Count || tokens[ti + 1].Start != t.End ? "_" : "SpaceAfter=No";
                if (count > 1 && multiwordTokens)
                {
                    writer.Write($"{id + 1}-{id + count}\t{Form(text, t.Start, t.End)}\t_\t_\t_\t_\t_\t_\t_\t{spaceAfter}\n");
                    for (var k = first; k < wi; k++)
                    {
                        id++;
                        WriteWord(writer, id, Form(text, words[k].Start, words[k].End), "_");
                    }
                }
                else if (count > 1)
                {
                    for (var k = first; k < wi; k++)
                    {
                        id++;
                        WriteWord(writer, id, Form(text, words[k].Start, words[k].End), k + 1 < wi ? "SpaceAfter=No" : spaceAfter);
                    }
                }
                else
                {
                    id++;
                    WriteWord(writer, id, Form(text, t.Start, t.End), spaceAfter);
                }

                ti++;
            }

            writer.Write('\n');
        }
    }

    private static void WriteWord(TextWriter writer, int id, string form, string misc)
    {
        var head = id == 1 ? "0\troot" : "1\tdep";
        writer.Write($"{id}\t{form}\t_\t_\t_\t_\t{head}\t_\t{misc}\n");
    }

    // Forms and # text are single-line by definition; tabs and newlines inside become spaces.
    private static string Form(string text, int start, int end) => OneLine(text.AsSpan(start, end - start));

    private static string OneLine(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(c is '\n' or '\r' or '\t' or '\u2028' or '\u2029' ? ' ' : c);
        }

        return sb.ToString();
    }
}
