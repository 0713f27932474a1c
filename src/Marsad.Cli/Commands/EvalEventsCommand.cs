using System.CommandLine;
using Marsad.Analysis;
using Marsad.Analysis.Events;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval events</c>: PLOVER PROTEST/ASSAULT against UniversalPetrarch's Arabic validation set and arabic-event-gsr.</summary>
internal static class EvalEventsCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "the shared data folder", DefaultValueFactory = _ => "../shared/data" };
        var split = new Option<string>("--split") { Description = "validation half: dev (tune here), test, or all", DefaultValueFactory = _ => "test" };
        split.AcceptOnlyFromAmong("dev", "test", "all");
        var gsr = new Option<bool>("--gsr") { Description = "also score arabic-event-gsr (a TEST set: never tune on it)" };
        var errors = new Option<string?>("--errors") { Description = "write misclassified sentences to this file (dev only)" };
        var detection = new Option<string>("--detection") { Description = "hand-labelled SaudiNewsNet detection dev set (offsets only)", DefaultValueFactory = _ => "eval/events-detect-dev.tsv" };
        var command = new Command("events", "Sentence-level PLOVER event P/R/F1 and actor span agreement");
        command.Options.Add(data);
        command.Options.Add(split);
        command.Options.Add(gsr);
        command.Options.Add(errors);
        command.Options.Add(detection);
        command.SetAction((parse, ct) =>
        {
            var root = parse.GetValue(data)!;
            var pipeline = MarsadPipeline.CreateDefault();
            var validation = Path.Combine(root, "universalpetrarch-arabic", "validation", "arabic_gsr_validation_18-11-14.xml");
            if (!File.Exists(validation))
            {
                Console.Error.WriteLine($"marsad eval events: {validation} not found");
                return Task.FromResult(ExitCodes.BadInput);
            }

            var which = parse.GetValue(split)!;
            var errorPath = parse.GetValue(errors);
            using var errorWriter = errorPath is null ? null : new StreamWriter(errorPath);
            var gold = EventEvaluation.Half(EventEvaluation.ReadValidation(validation), which);
            Console.WriteLine(EventEvaluation.ScoreSentences($"universalpetrarch-arabic validation ({which} half)", gold, pipeline, which == "dev" ? errorWriter : null).Report());
            if (parse.GetValue(detection) is { } detectionPath && File.Exists(detectionPath))
            {
                var sentences = ReadDetection(detectionPath, root, out var problems);
                foreach (var problem in problems)
                {
                    Console.Error.WriteLine($"marsad eval events: {detectionPath}: {problem}");
                }

                Console.WriteLine(EventEvaluation.ScoreDetection($"SaudiNewsNet detection set ({Path.GetFileName(detectionPath)}, own labels, " + (detectionPath.Contains("check", StringComparison.Ordinal) ? "held out)" : "tuned on)"), sentences, pipeline, errorWriter).Report());
            }

            if (parse.GetValue(gsr))
            {
                // The validation file's dev half (tuning text) reappears in arabic-event-gsr: also score without it.
                var tuned = EventEvaluation.Half(EventEvaluation.ReadValidation(validation), "dev").Select(g => g.Text).ToHashSet(StringComparer.Ordinal);
                foreach (var type in new[] { "PROTEST", "ASSAULT" })
                {
                    var csv = Path.Combine(root, "arabic-event-gsr", $"{type.ToLowerInvariant()}_gsr.csv");
                    Console.WriteLine(EventEvaluation.ScoreGsr(csv, type, pipeline).Report());
                    Console.WriteLine(EventEvaluation.ScoreGsr(csv, type, pipeline, withoutDifficult: true).Report());
                    Console.WriteLine(EventEvaluation.ScoreGsr(csv, type, pipeline, exclude: tuned).Report());
                }
            }

            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    /// <summary>
    /// Reads the detection dev set: type, date file, URL, start, end, sha1 prefix, label. The sentences are cut from
    /// SaudiNewsNet's content by their offsets and checked against the stored hash.
    /// </summary>
    private static List<(string Type, string Id, string Text, bool Yes)> ReadDetection(string path, string dataRoot, out List<string> problems)
    {
        problems = [];
        var rows = File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Skip(1).Select(l => l.Split('\t')).Where(r => r.Length >= 7).ToList();
        var wanted = rows.Select(r => r[1]).ToHashSet(StringComparer.Ordinal);
        var content = new Dictionary<(string, string), string>();
        var dir = Path.Combine(dataRoot, "saudinewsnet", "dataset");
        foreach (var file in wanted)
        {
            using var archive = System.IO.Compression.ZipFile.OpenRead(Path.Combine(dir, file));
            foreach (var entry in archive.Entries)
            {
                using var stream = entry.Open();
                using var json = System.Text.Json.JsonDocument.Parse(stream);
                foreach (var a in json.RootElement.EnumerateArray())
                {
                    if (a.TryGetProperty("url", out var url) && a.TryGetProperty("content", out var c) && c.ValueKind == System.Text.Json.JsonValueKind.String)
                    {
                        content[(file, url.GetString() ?? string.Empty)] = c.GetString() ?? string.Empty;
                    }
                }
            }
        }

        var result = new List<(string, string, string, bool)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            if (!content.TryGetValue((r[1], r[2]), out var text) || !int.TryParse(r[3], out var start) || !int.TryParse(r[4], out var end) || end > text.Length || start >= end)
            {
                problems.Add($"row {i + 1}: article or offsets not found ({r[2]})");
                continue;
            }

            var sentence = text[start..end];
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(sentence)))[..16];
            if (hash != r[5])
            {
                problems.Add($"row {i + 1}: the sentence's hash differs ({r[2]})");
                continue;
            }

            result.Add((r[0], $"{r[0][0]}{i}", sentence, r[6] == "yes"));
        }

        return result;
    }
}
