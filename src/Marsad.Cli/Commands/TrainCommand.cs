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
        var folds = new Option<bool>("--folds") { Description = "feature work: pass 1 on two dev folds of the train lines, writes no model" };
        var ner = new Command("ner", "Train the entity tagger from ANERcorp's train lines and the gazetteers");
        ner.Options.Add(data);
        ner.Options.Add(models);
        ner.Options.Add(epochs);
        ner.Options.Add(devOut);
        ner.Options.Add(folds);
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

            if (parse.GetValue(folds))
            {
                NerTraining.Folds2(dataDir, modelsDir, parse.GetValue(epochs), msg => Console.Error.WriteLine(msg), parse.GetValue(devOut));
                return Task.FromResult(ExitCodes.Ok);
            }

            NerTraining.Run(dataDir, modelsDir, parse.GetValue(epochs), msg => Console.Error.WriteLine(msg), parse.GetValue(devOut));
            return Task.FromResult(ExitCodes.Ok);
        });
        var command = new Command("train", "Train shipped models from ../shared/data");
        command.Subcommands.Add(ner);
        return command;
    }

    /// <summary>The repository root: MARSAD_HOME (set by ./marsad) or the current directory.</summary>
    internal static string RepositoryRoot() => Environment.GetEnvironmentVariable("MARSAD_HOME") is { Length: > 0 } home ? home : Directory.GetCurrentDirectory();
}
