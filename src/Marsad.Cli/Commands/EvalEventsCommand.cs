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
        var command = new Command("events", "Sentence-level PLOVER event P/R/F1 and actor span agreement");
        command.Options.Add(data);
        command.Options.Add(split);
        command.Options.Add(gsr);
        command.Options.Add(errors);
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
}
