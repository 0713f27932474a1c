namespace Marsad.Analysis.Entities;

/// <summary>
/// <c>marsad train ner</c>: lexicons from ../shared/data, then the tagger from ANERcorp's train lines. The dev set
/// (the last sentences of the train lines) picks the number of epochs; the shipped model is then trained on all
/// train lines with that count.
/// </summary>
public static class NerTraining
{
    /// <summary>ANERcorp lines 1..125,303 are the train portion; 125,304+ is the CAMeL test split.</summary>
    public const int LastTrainLine = 125_303;

    /// <summary>Train lines from this one on form the dev set (about the last tenth).</summary>
    public const int FirstDevLine = 112_000;

    /// <summary>Cost of missing an entity in cost-augmented training; 3 was best on dev (0, 1, 3, 5 tried).</summary>
    private const float RecallCost = 3f;

    public static void Run(string dataDir, string modelsDir, int maxEpochs, Action<string> log, string? devOutput = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        LexiconBuilder.Build(dataDir, modelsDir, log);
        var gazetteer = LoadGazetteer(modelsDir);
        var corpus = Path.Combine(dataDir, "anercorp-original", "ANERCorp");
        var all = NerCorpus.Read(corpus, 1, LastTrainLine, splitOnPeriod: true);
        var train = NerCorpus.Read(corpus, 1, FirstDevLine - 1, splitOnPeriod: true);
        var dev = NerCorpus.Read(corpus, FirstDevLine, LastTrainLine, splitOnPeriod: true);
        log($"train {train.Count} sentences, dev {dev.Count}");

        // Word classes from unlabeled news (ANT, Apache-2.0) plus the train lines' own words.
        var texts = WordClusters.AntTexts(Path.Combine(dataDir, "antcorpus"))
            .Concat(all.Select(s => string.Join(' ', s.Words)));
        var clusters = WordClusters.Build(texts, 512, 64, log);
        var trial = new NerTrainer(gazetteer, clusters, log) { RecallCost = RecallCost };
        var trialModel = trial.Train(train, maxEpochs, dev);
        if (devOutput is not null)
        {
            // For error analysis: word, gold, predicted (last epoch's model, trained without the dev lines).
            using var w = new StreamWriter(devOutput);
            var sf = new SentenceFeatures();
            foreach (var s in dev)
            {
                var tags = trialModel.Tag(s.Words, sf);
                for (var i = 0; i < s.Words.Length; i++)
                {
                    w.WriteLine($"{s.Words[i]} {s.Tags[i]} {NerModel.Labels[tags[i]]}");
                }

                w.WriteLine();
            }
        }

        var best = (Epochs: 1 + trial.DevScores.IndexOf(trial.DevScores.Max()), F: trial.DevScores.Max());
        log($"best dev F1 {best.F:F4} after {best.Epochs} epochs");
        log($"training on all {all.Count} train sentences with {best.Epochs} epochs");
        var model = new NerTrainer(gazetteer, clusters, log) { RecallCost = RecallCost }.Train(all, best.Epochs);
        var path = Path.Combine(modelsDir, "ner", "ner.bin.gz");
        using (var file = File.Create(path))
        {
            model.Save(file);
        }

        using (var check = File.OpenRead(path))
        {
            var loaded = NerModel.Load(check, gazetteer);
            log($"train F1 in memory {NerTrainer.Evaluate(model, dev).Of(null).F:F4}, reloaded {NerTrainer.Evaluate(loaded, dev).Of(null).F:F4}");
        }

        log($"wrote {path} ({new FileInfo(path).Length / 1024} KB, {model.FeatureCount} features)");
    }

    internal static Gazetteer LoadGazetteer(string modelsDir)
    {
        using var file = File.OpenRead(Path.Combine(modelsDir, "ner", "gazetteer.tsv.gz"));
        return Gazetteer.Load(file);
    }
}
