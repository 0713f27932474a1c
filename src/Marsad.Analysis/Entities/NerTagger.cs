namespace Marsad.Analysis.Entities;

/// <summary>
/// The shipped tagger with its lexicons, loaded once from models/: a first pass over each sentence and, when
/// shipped, a second pass that also sees how the first tagged the same words elsewhere in the document.
/// </summary>
internal sealed class NerTagger(NerModel model, NerModel? second)
{
    public const string FirstFile = "ner.bin.gz";
    public const string SecondFile = "ner-doc.bin.gz";

    public NerModel Model { get; } = model;

    public NerModel? Second { get; } = second;

    public Gazetteer Gazetteer => Model.Gazetteer;

    public int FeatureCount => Model.FeatureCount + (Second?.FeatureCount ?? 0);

    public static NerTagger Load(string modelsDir)
    {
        var gazetteer = NerTraining.LoadGazetteer(modelsDir);
        NerModel first;
        using (var file = File.OpenRead(Path.Combine(modelsDir, "ner", FirstFile)))
        {
            first = NerModel.Load(file, gazetteer);
        }

        var secondPath = Path.Combine(modelsDir, "ner", SecondFile);
        if (!File.Exists(secondPath))
        {
            return new NerTagger(first, null);
        }

        using var f2 = File.OpenRead(secondPath);
        return new NerTagger(first, NerModel.Load(f2, gazetteer));
    }

    /// <summary>Tags the sentences of one document (in order); label indices into <see cref="NerModel.Labels"/>.</summary>
    public int[][] Tag(IReadOnlyList<string[]> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var scratch = new SentenceFeatures();
        var labels = sentences.Select(s => Model.Tag(s, scratch)).ToArray();
        if (Second is null)
        {
            return labels;
        }

        var votes = DocumentVotes.Compute(sentences, labels);
        return [.. sentences.Select((s, i) => Second.Tag(s, scratch, votes[i]))];
    }

    /// <summary>
    /// Where models/ is: MARSAD_HOME/models, else beside the assembly (copied at build), else the nearest ancestor
    /// of the working directory that has one.
    /// </summary>
    public static string ModelsDirectory()
    {
        if (Environment.GetEnvironmentVariable("MARSAD_HOME") is { Length: > 0 } home && File.Exists(Path.Combine(home, "models", "ner", FirstFile)))
        {
            return Path.Combine(home, "models");
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "models");
        if (File.Exists(Path.Combine(beside, "ner", FirstFile)))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "models", "ner", FirstFile)))
            {
                return Path.Combine(dir.FullName, "models");
            }
        }

        throw new FileNotFoundException("models/ner/ner.bin.gz not found (set MARSAD_HOME to the repository root)");
    }
}
