namespace Marsad.Analysis.Entities;

/// <summary>
/// Tags token-per-line input, keeping every line as it was and appending the tag as a last column (tab-separated
/// when the line uses tabs, else a space). Places the lexicon knows as states or cities are tagged GPE.
/// </summary>
public sealed class ConllTagger
{
    private readonly NerTagger _tagger;
    private readonly ActorLexicon _lexicon;

    private ConllTagger(NerTagger tagger, ActorLexicon lexicon)
    {
        _tagger = tagger;
        _lexicon = lexicon;
    }

    public static ConllTagger Load(string? modelsDir = null)
    {
        modelsDir ??= NerTagger.ModelsDirectory();
        return new ConllTagger(NerTagger.Load(modelsDir), ActorLexicon.Load(modelsDir));
    }

    /// <summary>Reads the whole input (one document: the second pass looks across sentences), then writes it tagged.</summary>
    public void Tag(TextReader input, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);

        // Blocks: a sentence (its lines) or a run of blank lines, in input order.
        var blocks = new List<(List<string> Lines, bool Sentence)>();
        while (input.ReadLine() is { } raw)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = raw.TrimEnd('\r');
            var isToken = line.Trim().Length > 0;
            if (blocks.Count == 0 || blocks[^1].Sentence != isToken)
            {
                blocks.Add(([], isToken));
            }

            blocks[^1].Lines.Add(line);
        }

        var sentences = blocks.Where(b => b.Sentence).Select(b => b.Lines.Select(l => l.Trim().Split([' ', '\t'], 2)[0]).ToArray()).ToArray();
        var tagged = TagDocument(sentences);
        var k = 0;
        foreach (var (lines, isSentence) in blocks)
        {
            var tags = isSentence ? tagged[k++] : null;
            for (var i = 0; i < lines.Count; i++)
            {
                output.Write(lines[i]);
                if (tags is not null)
                {
                    output.Write(lines[i].Contains('\t', StringComparison.Ordinal) ? '\t' : ' ');
                    output.Write(tags[i]);
                }

                output.Write('\n');
            }
        }
    }

    internal string[][] TagDocument(string[][] sentences) =>
        [.. _tagger.Tag(sentences).Select((labels, i) => ToTags(sentences[i], labels))];

    private string[] ToTags(string[] words, int[] labels)
    {
        var tags = labels.Select(l => NerModel.Labels[l]).ToArray();
        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i] != "B-LOC")
            {
                continue;
            }

            var j = i + 1;
            while (j < tags.Length && tags[j] == "I-LOC")
            {
                j++;
            }

            var name = string.Join(' ', words[i..j]);
            if (_lexicon.StateOf(name) is not null || _lexicon.CityOf(name) is not null || _lexicon.CapitalOf(name) is not null)
            {
                for (var k = i; k < j; k++)
                {
                    tags[k] = k == i ? "B-GPE" : "I-GPE";
                }
            }
        }

        return tags;
    }
}
