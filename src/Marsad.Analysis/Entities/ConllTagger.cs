namespace Marsad.Analysis.Entities;

/// <summary>
/// Tags token-per-line input, keeping every line as it was and appending the tag as a last column (tab-separated
/// when the line uses tabs, else a space). Places the lexicon knows as states or cities are tagged GPE.
/// </summary>
public sealed class ConllTagger
{
    private readonly NerModel _model;
    private readonly ActorLexicon _lexicon;

    private ConllTagger(NerModel model, ActorLexicon lexicon)
    {
        _model = model;
        _lexicon = lexicon;
    }

    public static ConllTagger Load(string? modelsDir = null)
    {
        modelsDir ??= NerTagger.ModelsDirectory();
        return new ConllTagger(NerTagger.Load(modelsDir).Model, ActorLexicon.Load(modelsDir));
    }

    public void Tag(TextReader input, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var lines = new List<string>();
        var scratch = new SentenceFeatures();

        void Flush()
        {
            if (lines.Count == 0)
            {
                return;
            }

            var words = lines.Select(l => l.Trim().Split([' ', '\t'], 2)[0]).ToArray();
            var tags = TagWords(words, scratch);
            for (var i = 0; i < lines.Count; i++)
            {
                output.Write(lines[i]);
                output.Write(lines[i].Contains('\t', StringComparison.Ordinal) ? '\t' : ' ');
                output.WriteLine(tags[i]);
            }

            lines.Clear();
        }

        while (input.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (line.Trim().Length == 0)
            {
                Flush();
                output.WriteLine(line);
                continue;
            }

            lines.Add(line.TrimEnd('\r'));
        }

        Flush();
    }

    internal string[] TagWords(string[] words, SentenceFeatures scratch)
    {
        var labels = _model.Tag(words, scratch);
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
