using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Marsad.Analysis.Entities;

/// <summary><c>marsad eval ner</c>: seqeval-style scores on the ANERcorp CAMeL test split and AQMAR, plus speed.</summary>
public static class NerEvaluation
{
    public static string Run(string dataDir, string modelsDir)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        var load = Stopwatch.StartNew();
        var model = NerTagger.Load(modelsDir).Model;
        load.Stop();
        var modelPath = Path.Combine(modelsDir, "ner", "ner.bin.gz");
        sb.AppendLine(inv, $"model {modelPath}: {new FileInfo(modelPath).Length / 1024} KB, {model.FeatureCount} features, loaded (with gazetteer) in {load.ElapsedMilliseconds} ms");

        var dev = NerCorpus.Read(Path.Combine(dataDir, "anercorp-original", "ANERCorp"), NerTraining.FirstDevLine, NerTraining.LastTrainLine, splitOnPeriod: true);
        var (_, _, devF, _) = NerTrainer.Evaluate(model, dev).Of(null);
        sb.AppendLine(inv, $"ANERcorp dev (lines {NerTraining.FirstDevLine}-{NerTraining.LastTrainLine}, inside the shipped model's training data): F1 {devF:F4}");
        var test = NerCorpus.Read(Path.Combine(dataDir, "anercorp-camel-split", "ANERCorp_CamelLab_test.txt"));
        Report(sb, "ANERcorp CAMeL test (GPE counted as LOC)", NerTrainer.Evaluate(model, test));

        var aqmarDir = Path.Combine(dataDir, "aqmar");
        if (Directory.Exists(aqmarDir))
        {
            var aqmar = Directory.GetFiles(aqmarDir, "*.txt").Where(f => !f.EndsWith("LICENSE.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
                .SelectMany(f => NerCorpus.Read(f)).ToList();
            var score = NerTrainer.Evaluate(model, aqmar);
            Report(sb, "AQMAR (cross-domain; MIS* counted as MISC)", score);
            var noMisc = new NerScore();
            var scratch = new SentenceFeatures();
            foreach (var s in aqmar)
            {
                var tags = model.Tag(s.Words, scratch).Select(t => NerModel.Labels[t]).Select(t => t.EndsWith("MISC", StringComparison.Ordinal) ? "O" : t).ToArray();
                noMisc.Add([.. s.Tags.Select(t => t.EndsWith("MISC", StringComparison.Ordinal) ? "O" : t)], tags);
            }

            var (p, r, f, n) = noMisc.Of(null);
            sb.AppendLine(inv, $"AQMAR PER/ORG/LOC only: P {p:F4} R {r:F4} F1 {f:F4} (support {n})");
        }

        // Speed: tag the test sentences repeatedly on one thread; median of five runs.
        var tokens = test.Sum(s => s.Words.Length);
        var rates = new List<double>();
        var sf = new SentenceFeatures();
        for (var run = 0; run < 6; run++)
        {
            var sw = Stopwatch.StartNew();
            foreach (var s in test)
            {
                model.Tag(s.Words, sf);
            }

            sw.Stop();
            if (run > 0)
            {
                rates.Add(tokens / sw.Elapsed.TotalSeconds);
            }
        }

        rates.Sort();
        sb.AppendLine(inv, $"speed: {rates[rates.Count / 2]:F0} tokens/s (median of 5 runs, one thread, {tokens} tokens)");
        sb.AppendLine(inv, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB (whole process, including both corpora)");
        return sb.ToString();
    }

    private static void Report(StringBuilder sb, string title, NerScore score)
    {
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(title);
        foreach (var t in score.Types)
        {
            var (p, r, f, n) = score.Of(t);
            sb.AppendLine(inv, $"  {t,-5} P {p:F4} R {r:F4} F1 {f:F4} support {n}");
        }

        var (mp, mr, mf, mn) = score.Of(null);
        sb.AppendLine(inv, $"  micro P {mp:F4} R {mr:F4} F1 {mf:F4} support {mn}");
    }
}
