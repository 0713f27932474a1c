namespace Marsad.Analysis.Entities;

/// <summary>
/// <c>marsad train ner</c>: lexicons from ../shared/data, then the tagger from ANERcorp's train lines. The dev set
/// (the last sentences of the train lines) picks the number of epochs of each pass and whether the second
/// (document) pass ships; the shipped models are then trained on all train lines with those settings.
/// </summary>
public static class NerTraining
{
    /// <summary>ANERcorp lines 1..125,303 are the train portion; 125,304+ is the CAMeL test split.</summary>
    public const int LastTrainLine = 125_303;

    /// <summary>Train lines from this one on form the dev set (about the last tenth).</summary>
    public const int FirstDevLine = 112_000;

    /// <summary>Cost of missing an entity in cost-augmented training; 3 was best on dev (0, 1, 3, 5 tried).</summary>
    private const float RecallCost = 3f;

    /// <summary>
    /// Feature dropout in training (a quarter of the feature occurrences hidden at each step) and word dropout (a
    /// fifth of the tokens lose the features naming the word itself): chosen on four dev folds of the train lines
    /// (<c>marsad train ner --folds 4</c>), where they raised pass-1 F1 on average by about 1.5 points.
    /// </summary>
    private const double Dropout = 0.25;

    private const double WordDropout = 0.20;

    private const int JackknifeFolds = 5;

    /// <summary>Shuffling seeds whose models are averaged when that beats one model on dev.</summary>
    private static readonly int[] Seeds = [20261129, 7, 1234567];

    /// <param name="devLines">Another dev block of the train lines (first, last) to check a change's whole pipeline
    /// on; the default is <see cref="FirstDevLine"/> to <see cref="LastTrainLine"/>. Models are still written.</param>
    public static void Run(string dataDir, string modelsDir, int maxEpochs, Action<string> log, string? devOutput = null, (int First, int Last)? devLines = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        LexiconBuilder.Build(dataDir, modelsDir, log);
        var gazetteer = LoadGazetteer(modelsDir);
        var corpus = Path.Combine(dataDir, "anercorp-original", "ANERCorp");
        var all = NerCorpus.Read(corpus, 1, LastTrainLine, splitOnPeriod: true);
        var (devFirst, devLast) = devLines ?? (FirstDevLine, LastTrainLine);
        if (devFirst < 2 || devLast > LastTrainLine || devFirst > devLast)
        {
            throw new ArgumentOutOfRangeException(nameof(devLines), "the dev block must lie inside the train lines");
        }

        List<TaggedSentence> train = [.. NerCorpus.Read(corpus, 1, devFirst - 1, splitOnPeriod: true),
            .. devLast < LastTrainLine ? NerCorpus.Read(corpus, devLast + 1, LastTrainLine, splitOnPeriod: true) : []];
        var dev = NerCorpus.Read(corpus, devFirst, devLast, splitOnPeriod: true);
        log($"train {train.Count} sentences, dev {dev.Count}");

        // Word classes from unlabeled news (ANT, Apache-2.0) plus the train lines' own words.
        var clusters = ClustersFor(dataDir, all, log);

        NerTrainer First() => new(gazetteer, clusters, log) { RecallCost = RecallCost, Dropout = Dropout, WordDropout = WordDropout };
        NerTrainer Seeded(int seed) => new(gazetteer, clusters) { RecallCost = RecallCost, Dropout = Dropout, WordDropout = WordDropout, Seed = seed };

        // Pass 1 on train, epochs chosen on dev.
        var trial = First();
        var trialModel = trial.Train(train, maxEpochs, dev);
        var e1 = 1 + trial.DevScores.IndexOf(trial.DevScores.Max());
        var f1 = trial.DevScores.Max();
        log($"pass 1: best dev F1 {f1:F4} after {e1} epochs");

        // Pass 2 on train: votes from pass-1 models that did not see the sentence (jackknife), dev votes from the
        // pass-1 model trained on train.
        var trainVoted = WithVotes(train, CrossPredict(train, e1, First));
        var devVoted = WithVotes(dev, dev.Select(s => trialModel.Tag(s.Words, new SentenceFeatures())).ToArray());
        var trial2 = First();
        var trial2Model = trial2.Train(trainVoted, maxEpochs, devVoted);
        var e2 = 1 + trial2.DevScores.IndexOf(trial2.DevScores.Max());
        var f2 = trial2.DevScores.Max();
        var useSecond = f2 > f1;
        log($"pass 2: best dev F1 {f2:F4} after {e2} epochs; {(useSecond ? "shipping it" : "not better than pass 1, not shipped")}");

        // Seed averaging: kept when the averaged pass(es) beat the single-seed ones on dev.
        var avg1 = NerModel.Average([trialModel, .. Seeds.Skip(1).Select(seed => Seeded(seed).Train(train, e1))]);
        var avgDev = dev.Select(s => avg1.Tag(s.Words, new SentenceFeatures())).ToArray();
        var devVotedAvg = WithVotes(dev, avgDev);
        var averaged = NerTrainer.Evaluate(avg1, dev).Of(null).F;
        if (useSecond)
        {
            var avg2 = NerModel.Average([.. Seeds.Select(seed => Seeded(seed).Train(trainVoted, e2))]);
            averaged = NerTrainer.Evaluate(avg2, devVotedAvg).Of(null).F;
        }

        var useAverage = averaged > Math.Max(f1, useSecond ? f2 : 0);
        log($"seed-averaged dev F1 {averaged:F4}; {(useAverage ? "averaging" : "single seed")}");
        var seeds = useAverage ? Seeds : Seeds[..1];
        if (devOutput is not null)
        {
            WriteDev(devOutput, useSecond ? devVoted : dev, useSecond ? trial2Model : trialModel);
        }

        log($"training on all {all.Count} train sentences");
        var model = NerModel.Average([.. seeds.Select(seed => Seeded(seed).Train(all, e1))]);
        Save(model, Path.Combine(modelsDir, "ner", NerTagger.FirstFile), log);
        var secondPath = Path.Combine(modelsDir, "ner", NerTagger.SecondFile);
        if (useSecond)
        {
            var allVoted = WithVotes(all, CrossPredict(all, e1, First));
            Save(NerModel.Average([.. seeds.Select(seed => Seeded(seed).Train(allVoted, e2))]), secondPath, log);
        }
        else if (File.Exists(secondPath))
        {
            File.Delete(secondPath);
        }
    }

    /// <summary>
    /// For feature work (<c>marsad train ner --folds</c>): pass 1 only, on two dev folds of the train lines (the
    /// usual dev set, and the block of lines before it with the model trained on the rest), best dev F1 and epoch
    /// of each, so a change is kept only when it helps on both. Writes nothing to models/.
    /// </summary>
    public static void Folds(string dataDir, string modelsDir, int foldCount, int maxEpochs, Action<string> log, string? devOutput = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        var gazetteer = LoadGazetteer(modelsDir);
        var corpus = Path.Combine(dataDir, "anercorp-original", "ANERCorp");
        var all = NerCorpus.Read(corpus, 1, LastTrainLine, splitOnPeriod: true);
        var clusters = ClustersFor(dataDir, all, log);
        // Dev blocks of about 14,000 lines from the end of the train lines backwards; each trained on the rest.
        var bounds = new[] { FirstDevLine, 98_000, 84_000, 70_000 }.Take(Math.Clamp(foldCount, 1, 4)).ToArray();
        var folds = bounds.Select((lo, f) =>
        {
            var hi = f == 0 ? LastTrainLine : bounds[f - 1] - 1;
            List<TaggedSentence> train = [.. NerCorpus.Read(corpus, 1, lo - 1, splitOnPeriod: true), .. hi < LastTrainLine ? NerCorpus.Read(corpus, hi + 1, LastTrainLine, splitOnPeriod: true) : []];
            return (Name: ((char)('A' + f)).ToString(), Train: train, Dev: NerCorpus.Read(corpus, lo, hi, splitOnPeriod: true));
        }).ToArray();
        // Three shuffling seeds per fold, averaged as the shipped model is: one perceptron run varies by about a
        // point of F1 with its seed, more than most feature changes.
        var runs = folds.SelectMany((_, f) => Seeds.Select(seed => (Fold: f, Seed: seed))).ToArray();
        var models = new NerModel[runs.Length];
        var curves = new List<double>[runs.Length];
        Parallel.For(0, runs.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, r =>
        {
            var (f, seed) = runs[r];
            var t = new NerTrainer(gazetteer, clusters) { RecallCost = RecallCost, Dropout = Dropout, WordDropout = WordDropout, Seed = seed };
            models[r] = t.Train(folds[f].Train, maxEpochs, folds[f].Dev);
            curves[r] = t.DevScores;
        });
        var results = new string[folds.Length];
        var foldF = new double[folds.Length];
        for (var f = 0; f < folds.Length; f++)
        {
            var (name, _, dev) = folds[f];
            var mine = Enumerable.Range(0, runs.Length).Where(r => runs[r].Fold == f).ToArray();
            var curve = Enumerable.Range(0, maxEpochs).Select(e => mine.Average(r => curves[r][e])).ToArray();
            var avg = NerModel.Average([.. mine.Select(r => models[r])]);
            var score = NerTrainer.Evaluate(avg, dev);
            foldF[f] = score.Of(null).F;
            var types = string.Join(' ', new[] { "PER", "ORG", "LOC", "MISC" }.Select(x => $"{x} {score.Of(x).F:F3}"));
            results[f] = $"fold {name}: seed-averaged model P {score.Of(null).P:F3} R {score.Of(null).R:F3} F {score.Of(null).F:F4} ({types}); single-seed mean F1 by epoch {string.Join(' ', curve.Select(c => c.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)))}";
            if (f == 0 && devOutput is not null)
            {
                WriteDev(devOutput, dev, avg);
            }
        }

        foreach (var r in results)
        {
            log(r);
        }

        log($"mean over folds: {folds.Select(f => f.Name).Count()} folds, F1 {foldF.Average():F4}");

    }

    /// <summary>Word classes as <see cref="Run"/> builds them.</summary>
    private static Dictionary<string, int> ClustersFor(string dataDir, List<TaggedSentence> all, Action<string> log) =>
        WordClusters.Build(WordClusters.AntTexts(Path.Combine(dataDir, "antcorpus")).Concat(all.Select(s => string.Join(' ', s.Words))), 512, 64, log);

    /// <summary>Pass-1 labels for every sentence from a model trained on the other folds (contiguous blocks).</summary>
    private static int[][] CrossPredict(List<TaggedSentence> sentences, int epochs, Func<NerTrainer> make)
    {
        var result = new int[sentences.Count][];
        for (var f = 0; f < JackknifeFolds; f++)
        {
            var lo = sentences.Count * f / JackknifeFolds;
            var hi = sentences.Count * (f + 1) / JackknifeFolds;
            var rest = sentences.Take(lo).Concat(sentences.Skip(hi)).ToList();
            var model = make().Train(rest, epochs);
            var sf = new SentenceFeatures();
            for (var i = lo; i < hi; i++)
            {
                result[i] = model.Tag(sentences[i].Words, sf);
            }
        }

        return result;
    }

    private static List<TaggedSentence> WithVotes(List<TaggedSentence> sentences, int[][] labels)
    {
        var votes = DocumentVotes.Compute([.. sentences.Select(s => s.Words)], labels);
        return [.. sentences.Select((s, i) => s with { Votes = votes[i] })];
    }

    private static void Save(NerModel model, string path, Action<string> log)
    {
        using (var file = File.Create(path))
        {
            model.Save(file);
        }

        log($"wrote {path} ({new FileInfo(path).Length / 1024} KB, {model.FeatureCount} features)");
    }

    /// <summary>For error analysis: word, gold, predicted, by a model trained without the dev lines.</summary>
    private static void WriteDev(string path, List<TaggedSentence> dev, NerModel model)
    {
        using var w = new StreamWriter(path);
        var sf = new SentenceFeatures();
        foreach (var s in dev)
        {
            var tags = model.Tag(s.Words, sf, s.Votes);
            for (var i = 0; i < s.Words.Length; i++)
            {
                w.WriteLine($"{s.Words[i]} {s.Tags[i]} {NerModel.Labels[tags[i]]}");
            }

            w.WriteLine();
        }
    }

    internal static Gazetteer LoadGazetteer(string modelsDir)
    {
        using var file = File.OpenRead(Path.Combine(modelsDir, "ner", "gazetteer.tsv.gz"));
        return Gazetteer.Load(file);
    }
}
