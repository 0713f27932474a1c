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

    /// <summary>
    /// Shared: the second pass reads the same features as the first (plus votes), so each sentence is extracted once.
    /// Joint: then, for loaded models, both models' weights in one table (see <see cref="TagJointly"/>).
    /// </summary>
    private readonly (bool Shared, NerTable? Joint) _passes = Passes(model, second);

    private static (bool, NerTable?) Passes(NerModel first, NerModel? second)
    {
        if (second is null || !first.Features.SameAs(second.Features))
        {
            return (false, null);
        }

        return (true, first.Quantized is { } a && second.Quantized is { } b ? new NerTable([a, b]) : null);
    }

    /// <summary>Tags the sentences of one document (in order); label indices into <see cref="NerModel.Labels"/>.</summary>
    public int[][] Tag(IReadOnlyList<string[]> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var labels = new int[sentences.Count][];
        if (Second is null || !_passes.Shared)
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

        if (_passes.Joint is { } joint)
        {
            return TagJointly(joint, sentences);
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
        // One scratch per thread, reused from document to document: the slots of the sentence at hand, and for every
        // token of the document the slots of its keys after the votes and the second pass's sums so far.
        var scratch = _scratch ??= new JointScratch();
        var features = scratch.Features;
        var tail = Model.Features.TailKeys;
        var labels = new int[sentences.Count][];
        scratch.Begin(sentences.Count, tail);
        for (var i = 0; i < sentences.Count; i++)
        {
            Model.Features.Extract(sentences[i], features);
            var n = features.Count;
            var total = features.Offsets[n];
            var tokenBase = scratch.Add(i, n);
            var found = scratch.Found(total);
            table.Find(features.Keys.AsSpan(0, total), found);
            var emissions = scratch.Emissions(n * L);
            var before = scratch.Partial.AsSpan(tokenBase * L, n * L);
            for (var j = 0; j < n; j++)
            {
                var (a, b) = (features.Offsets[j], features.Offsets[j + 1]);
                table.Add(found[a..b], 0, emissions.Slice(j * L, L));
                table.Add(found[a..(b - tail)], 1, before.Slice(j * L, L));
                found[(b - tail)..b].CopyTo(scratch.Tails.AsSpan((tokenBase + j) * tail, tail));
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
            var (tokenBase, n) = scratch.Sentence(i);
            var emissions = scratch.Partial.AsSpan(tokenBase * L, n * L);
            for (var j = 0; j < n; j++)
            {
                var row = emissions.Slice(j * L, L);
                NerFeatures.VoteKeys(votes[i], j, n, voteKeys);
                table.Find(voteKeys, voteSlots);
                table.Add(voteSlots, 1, row);
                table.Add(scratch.Tails.AsSpan((tokenBase + j) * tail, tail), 1, row);
            }

            result[i] = new int[n];
            if (n > 0)
            {
                NerModel.Viterbi(emissions, Second!.Transitions, n, result[i]);
            }
        }

        if (scratch.Partial.Length > MaxKeptFloats)
        {
            // A huge document grew the buffers: let them go rather than hold them for the thread's life.
            _scratch = null;
        }

        return result;
    }

    /// <summary>Second-pass sums a thread's scratch keeps between documents (2 MB; a long article needs a tenth).</summary>
    private const int MaxKeptFloats = 1 << 19;

    [ThreadStatic]
    private static JointScratch? _scratch;

    /// <summary>Buffers of <see cref="TagJointly"/>, grown as needed and kept for the thread's next document.</summary>
    private sealed class JointScratch
    {
        private const int L = NerModel.L;
        private int _tokens;
        private int _tail;
        private float[] _emissions = new float[64 * L];
        private int[] _found = new int[1 << 12];

        /// <summary>Per sentence: where its tokens begin, and how many.</summary>
        private (int Tokens, int Count)[] _sentences = new (int, int)[64];

        public SentenceFeatures Features { get; } = new();

        /// <summary>Per token of the document, the slots of its keys after the vote keys.</summary>
        public int[] Tails { get; private set; } = new int[(1 << 10) * 10];

        /// <summary>Second-pass sums, L per token of the document.</summary>
        public float[] Partial { get; private set; } = new float[(1 << 10) * L];

        public void Begin(int sentences, int tail)
        {
            (_tokens, _tail) = (0, tail);
            if (_sentences.Length < sentences)
            {
                _sentences = new (int, int)[Math.Max(sentences, _sentences.Length * 2)];
            }
        }

        /// <summary>Makes room for a sentence of <paramref name="n"/> tokens; returns where its tokens begin.</summary>
        public int Add(int sentence, int n)
        {
            var tokenBase = _tokens;
            Tails = Grown(Tails, (tokenBase + n) * _tail);
            Partial = Grown(Partial, (tokenBase + n) * L);
            Array.Clear(Partial, tokenBase * L, n * L);
            _sentences[sentence] = (tokenBase, n);
            _tokens = tokenBase + n;
            return tokenBase;
        }

        public (int TokenBase, int Count) Sentence(int i) => _sentences[i];

        /// <summary>Room for the slots of one sentence's keys.</summary>
        public Span<int> Found(int size)
        {
            if (_found.Length < size)
            {
                _found = new int[Math.Max(size, _found.Length * 2)];
            }

            return _found.AsSpan(0, size);
        }

        /// <summary>A zeroed row of first-pass sums for a sentence of <paramref name="size"/> / L tokens.</summary>
        public Span<float> Emissions(int size)
        {
            if (_emissions.Length < size)
            {
                _emissions = new float[Math.Max(size, _emissions.Length * 2)];
            }

            var span = _emissions.AsSpan(0, size);
            span.Clear();
            return span;
        }

        private static T[] Grown<T>(T[] array, int size)
        {
            if (array.Length >= size)
            {
                return array;
            }

            var bigger = new T[Math.Max(size, array.Length * 2)];
            array.CopyTo(bigger, 0);
            return bigger;
        }
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
