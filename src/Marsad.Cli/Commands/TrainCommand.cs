using System.CommandLine;
using Marsad.Analysis.Entities;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train ner</c>: rebuilds the shipped tagger and lexicons from ../shared/data.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "data folder (default: ../shared/data from the repository root)" };
        var models = new Option<string?>("--models") { Description = "models folder to write (default: models/ in the repository root)" };
        var epochs = new Option<int>("--max-epochs") { Description = "most epochs to try on the dev set", DefaultValueFactory = _ => 15 };
        var devOut = new Option<string?>("--dev-out") { Description = "write the dev set's predictions (word gold predicted) for error analysis" };
        var folds = new Option<int>("--folds") { Description = "feature work: pass 1 on this many (1-4) dev folds of the train lines, seed-averaged; writes no model" };
        var devLines = new Option<string?>("--dev-lines") { Description = "check the pipeline on another dev block of the train lines, FIRST-LAST (e.g. 98000-111999); write models elsewhere with --models" };
        var ner = new Command("ner", "Train the entity tagger from ANERcorp's train lines and the gazetteers");
        ner.Options.Add(data);
        ner.Options.Add(models);
        ner.Options.Add(epochs);
        ner.Options.Add(devOut);
        ner.Options.Add(folds);
        ner.Options.Add(devLines);
        ner.SetAction((parse, ct) =>
        {
            var root = RepositoryRoot();
            var dataDir = parse.GetValue(data) ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
            var modelsDir = parse.GetValue(models) ?? Path.Combine(root, "models");
            if (!Directory.Exists(Path.Combine(dataDir, "anercorp-original")))
            {
                Console.Error.WriteLine($"marsad train ner: no ANERcorp under {dataDir}");
                return Task.FromResult(ExitCodes.BadInput);
            }

            if (parse.GetValue(folds) > 0)
            {
                NerTraining.Folds(dataDir, modelsDir, parse.GetValue(folds), parse.GetValue(epochs), msg => Console.Error.WriteLine(msg), parse.GetValue(devOut));
                return Task.FromResult(ExitCodes.Ok);
            }

            (int, int)? block = null;
            if (parse.GetValue(devLines) is { } lines)
            {
                var parts = lines.Split('-');
                if (parts.Length != 2 || !int.TryParse(parts[0], out var first) || !int.TryParse(parts[1], out var last))
                {
                    Console.Error.WriteLine("marsad train ner: --dev-lines wants FIRST-LAST");
                    return Task.FromResult(ExitCodes.BadInput);
                }

                block = (first, last);
            }

            NerTraining.Run(dataDir, modelsDir, parse.GetValue(epochs), msg => Console.Error.WriteLine(msg), parse.GetValue(devOut), block);
            return Task.FromResult(ExitCodes.Ok);
        });
        var command = new Command("train", "Train shipped models from ../shared/data");
        command.Subcommands.Add(ner);
        return command;
    }

    /// <summary>The repository root: MARSAD_HOME (set by ./marsad) or the current directory.</summary>
    internal static string RepositoryRoot() => Environment.GetEnvironmentVariable("MARSAD_HOME") is { Length: > 0 } home ? home : Directory.GetCurrentDirectory();
}
