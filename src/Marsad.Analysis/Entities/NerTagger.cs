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

    /// <summary>True when the second pass reads the same features as the first (plus votes), so each sentence is
    /// extracted once.</summary>
    private readonly bool _shared = second is not null && model.Features.SameAs(second.Features);

    /// <summary>Tags the sentences of one document (in order); label indices into <see cref="NerModel.Labels"/>.</summary>
    public int[][] Tag(IReadOnlyList<string[]> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var labels = new int[sentences.Count][];
        if (Second is null || !_shared)
        {
            var scratch = new SentenceFeatures();
            for (var i = 0; i < sentences.Count; i++)
            {
                labels[i] = Model.Tag(sentences[i], scratch);
            }

            if (Second is null)
            {
                return labels;
            }

            var votes = DocumentVotes.Compute(sentences, labels);
            for (var i = 0; i < sentences.Count; i++)
            {
                labels[i] = Second.Tag(sentences[i], scratch, votes[i]);
            }

            return labels;
        }

        // Keep each sentence's first-pass keys for the second pass, which only adds the vote templates.
        var features = new SentenceFeatures();
        var plainKeys = new uint[sentences.Count][];
        var plainOffsets = new int[sentences.Count][];
        for (var i = 0; i < sentences.Count; i++)
        {
            Model.Features.Extract(sentences[i], features);
            labels[i] = Model.Tag(features);
            plainKeys[i] = features.Keys.AsSpan(0, features.Offsets[features.Count]).ToArray();
            plainOffsets[i] = features.Offsets.AsSpan(0, features.Count + 1).ToArray();
        }

        var documentVotes = DocumentVotes.Compute(sentences, labels);
        var result = new int[sentences.Count][];
        for (var i = 0; i < sentences.Count; i++)
        {
            Second.Features.WithVotes(plainKeys[i], plainOffsets[i], documentVotes[i], features);
            result[i] = Second.Tag(features);
        }

        return result;
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
