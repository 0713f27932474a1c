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
        var tagger = NerTagger.Load(modelsDir);
        load.Stop();
        var modelPath = Path.Combine(modelsDir, "ner", "ner.bin.gz");
        sb.AppendLine(inv, $"model {modelPath}: {new FileInfo(modelPath).Length / 1024} KB{(tagger.Second is null ? "" : " + document pass")}, {tagger.FeatureCount} features, loaded (with gazetteer) in {load.ElapsedMilliseconds} ms");

        var dev = NerCorpus.Read(Path.Combine(dataDir, "anercorp-original", "ANERCorp"), NerTraining.FirstDevLine, NerTraining.LastTrainLine, splitOnPeriod: true);
        var (_, _, devF, _) = NerTrainer.Evaluate(tagger, dev).Of(null);
        sb.AppendLine(inv, $"ANERcorp dev (lines {NerTraining.FirstDevLine}-{NerTraining.LastTrainLine}, inside the shipped model's training data): F1 {devF:F4}");
        var test = NerCorpus.Read(Path.Combine(dataDir, "anercorp-camel-split", "ANERCorp_CamelLab_test.txt"));
        Report(sb, "ANERcorp CAMeL test (GPE counted as LOC)", NerTrainer.Evaluate(tagger, test));

        var aqmarDir = Path.Combine(dataDir, "aqmar");
        if (Directory.Exists(aqmarDir))
        {
            // Each article is one document.
            var articles = Directory.GetFiles(aqmarDir, "*.txt").Where(f => !f.EndsWith("LICENSE.txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
                .Select(f => NerCorpus.Read(f)).ToList();
            var score = new NerScore();
            var noMisc = new NerScore();
            foreach (var article in articles)
            {
                NerTrainer.Evaluate(tagger, article, score);
                var labels = tagger.Tag([.. article.Select(s => s.Words)]);
                for (var i = 0; i < article.Count; i++)
                {
                    var tags = labels[i].Select(t => NerModel.Labels[t]).Select(t => t.EndsWith("MISC", StringComparison.Ordinal) ? "O" : t).ToArray();
                    noMisc.Add([.. article[i].Tags.Select(t => t.EndsWith("MISC", StringComparison.Ordinal) ? "O" : t)], tags);
                }
            }

            Report(sb, "AQMAR (cross-domain; MIS* counted as MISC)", score);

            var (p, r, f, n) = noMisc.Of(null);
            sb.AppendLine(inv, $"AQMAR PER/ORG/LOC only: P {p:F4} R {r:F4} F1 {f:F4} (support {n})");
        }

        var rolesFile = Path.Combine(modelsDir, "..", "eval", "roles-dev.tsv");
        var saudi = Path.Combine(dataDir, "saudinewsnet", "dataset", "2015-07-21.zip");
        if (File.Exists(rolesFile) && File.Exists(saudi))
        {
            var (tp, predicted, recalled, gold) = Roles(rolesFile, saudi, new EntityRecognizer(tagger, ActorLexicon.Load(modelsDir)));
            sb.AppendLine(inv, $"roles dev (eval/roles-dev.tsv, SaudiNewsNet): person->role links P {Ratio(tp, predicted):F4} ({tp}/{predicted}) R {Ratio(recalled, gold):F4} ({recalled}/{gold})");
        }

        // Speed: tag the test sentences repeatedly on one thread; median of five runs. CPU time is reported beside
        // wall time because a shared machine's load inflates the latter.
        var tokens = test.Sum(s => s.Words.Length);
        var wall = new List<double>();
        var cpu = new List<double>();
        var testWords = test.Select(s => s.Words).ToArray();
        using var self = Process.GetCurrentProcess();
        for (var run = 0; run < 6; run++)
        {
            self.Refresh();
            var cpu0 = self.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            tagger.Tag(testWords);
            sw.Stop();
            self.Refresh();
            if (run > 0)
            {
                wall.Add(tokens / sw.Elapsed.TotalSeconds);
                cpu.Add(tokens / Math.Max(1e-6, (self.TotalProcessorTime - cpu0).TotalSeconds));
            }
        }

        wall.Sort();
        cpu.Sort();
        sb.AppendLine(inv, $"speed: {cpu[cpu.Count / 2]:F0} tokens per CPU-second, {wall[wall.Count / 2]:F0} tokens/s wall (median of 5 runs, one thread, {tokens} tokens)");
        sb.AppendLine(inv, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB (whole process, including both corpora)");
        return sb.ToString();
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    /// <summary>
    /// Person→role links on the hand-annotated window of each article: a found link is right when the person's
    /// mention overlaps the annotated one and the role text matches it (compared by <see cref="ActorKey.Skeleton"/>).
    /// </summary>
    internal static (int Right, int Found, int Recalled, int Gold) Roles(string goldFile, string zipPath, EntityRecognizer recognizer)
    {
        const int window = 600;
        var gold = File.ReadLines(goldFile).Where(l => !l.StartsWith('#') && !l.StartsWith("url\t", StringComparison.Ordinal) && l.Length > 0)
            .Select(l => l.Split('\t')).Select(f => (Url: f[0], P: (int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture)), R: (int.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture))))
            .ToList();
        var urls = gold.Select(g => g.Url).ToHashSet(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var zip = System.IO.Compression.ZipFile.OpenRead(zipPath))
        {
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var json = System.Text.Json.JsonDocument.Parse(stream);
                foreach (var article in json.RootElement.EnumerateArray())
                {
                    var url = article.GetProperty("url").GetString() ?? "";
                    if (urls.Contains(url))
                    {
                        var content = article.GetProperty("content").GetString() ?? "";
                        texts[url] = content[..Math.Min(window, content.Length)];
                    }
                }
            }
        }

        int right = 0, found = 0;
        var matched = new HashSet<int>();
        foreach (var (url, text) in texts)
        {
            var doc = new Marsad.Core.Document(url, text);
            recognizer.Process(doc);
            foreach (var e in doc.Entities.Where(e => e.Type == "PER"))
            {
                foreach (var role in e.Roles)
                {
                    found++;
                    var hit = false;
                    for (var g = 0; g < gold.Count; g++)
                    {
                        var (gu, (ps, pe), (rs, re)) = gold[g];
                        if (gu == url && e.Mentions.Any(m => m.Start < pe && ps < m.End)
                            && ActorKey.Skeleton(text[rs..re]) == ActorKey.Skeleton(role))
                        {
                            hit = true;
                            matched.Add(g);
                        }
                    }

                    right += hit ? 1 : 0;
                }
            }
        }

        return (right, found, matched.Count, gold.Count(g => texts.ContainsKey(g.Url)));
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
