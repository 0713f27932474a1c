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

    /// <summary>Both loaded models' weights in one table, when the second pass reads the first's keys.</summary>
    private readonly NerTable? _joint = second is not null && model.Features.SameAs(second.Features)
        && model.Quantized is { } a && second.Quantized is { } b ? new NerTable([a, b]) : null;

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

        if (_joint is not null)
        {
            return TagJointly(_joint, sentences);
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
    /// Both passes through one table holding both models' weights: a sentence's keys are found once, and while
    /// the first pass adds its weights it also adds the second model's for the keys that come before the votes.
    /// The second pass then finds only the three vote keys of each token and adds them and the keys after them,
    /// in the order of the keys the second model reads, so the sums (and tags) are those of tagging pass by pass.
    /// </summary>
    private int[][] TagJointly(NerTable table, IReadOnlyList<string[]> sentences)
    {
        const int L = NerModel.L;
        var features = new SentenceFeatures();
        var tail = Model.Features.TailKeys;
        var labels = new int[sentences.Count][];
        var slots = new int[sentences.Count][];
        var offsets = new int[sentences.Count][];
        var partial = new float[sentences.Count][];
        for (var i = 0; i < sentences.Count; i++)
        {
            Model.Features.Extract(sentences[i], features);
            var n = features.Count;
            var total = features.Offsets[n];
            var found = slots[i] = new int[total];
            offsets[i] = features.Offsets.AsSpan(0, n + 1).ToArray();
            table.Find(features.Keys.AsSpan(0, total), found);
            var emissions = new float[n * L];
            var before = partial[i] = new float[n * L];
            for (var j = 0; j < n; j++)
            {
                var (a, b) = (features.Offsets[j], features.Offsets[j + 1]);
                table.Add(found.AsSpan(a, b - a), 0, emissions.AsSpan(j * L, L));
                table.Add(found.AsSpan(a, b - a - tail), 1, before.AsSpan(j * L, L));
            }

            labels[i] = new int[n];
            if (n > 0)
            {
                NerModel.Viterbi(emissions, Model.Transitions, n, labels[i]);
            }
        }

        var votes = DocumentVotes.Compute(sentences, labels);
        Span<uint> voteKeys = stackalloc uint[NerFeatures.VoteKeyCount];
        Span<int> voteSlots = stackalloc int[NerFeatures.VoteKeyCount];
        var result = new int[sentences.Count][];
        for (var i = 0; i < sentences.Count; i++)
        {
            var n = offsets[i].Length - 1;
            var emissions = partial[i];
            for (var j = 0; j < n; j++)
            {
                var row = emissions.AsSpan(j * L, L);
                NerFeatures.VoteKeys(votes[i], j, n, voteKeys);
                table.Find(voteKeys, voteSlots);
                table.Add(voteSlots, 1, row);
                table.Add(slots[i].AsSpan(offsets[i][j + 1] - tail, tail), 1, row);
            }

            result[i] = new int[n];
            if (n > 0)
            {
                NerModel.Viterbi(emissions, Second!.Transitions, n, result[i]);
            }
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
