using System.CommandLine;
using Marsad.Analysis.Entities;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval ner</c>: scores the shipped tagger on the test sets in ../shared/data.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "data folder (default: ../shared/data from the repository root)" };
        var ner = new Command("ner", "Entity-level P/R/F1 on ANERcorp (CAMeL test split) and AQMAR; tagging speed");
        ner.Options.Add(data);
        ner.SetAction((parse, ct) =>
        {
            var root = TrainCommand.RepositoryRoot();
            var dataDir = parse.GetValue(data) ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
            Console.Write(NerEvaluation.Run(dataDir, Path.Combine(root, "models")));
            return Task.FromResult(ExitCodes.Ok);
        });
        var command = new Command("eval", "Evaluate against the test sets in ../shared/data");
        command.Subcommands.Add(ner);
        return command;
    }
}
