using System.CommandLine;
using Marsad.Analysis.Events;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train actors</c>: rebuilds models/events/actors.tsv.gz from the UniversalPetrarch dictionaries.</summary>
internal static class TrainActorsCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "the shared data folder", DefaultValueFactory = _ => "../shared/data" };
        var output = new Option<string>("--out") { Description = "where to write the lexicon", DefaultValueFactory = _ => "models/events/actors.tsv.gz" };
        var command = new Command("actors", "Rebuild the Arabic actor lexicon (quotes' speakers, events' actors) from universalpetrarch-arabic");
        command.Options.Add(data);
        command.Options.Add(output);
        command.SetAction((parse, ct) =>
        {
            var dir = Path.Combine(parse.GetValue(data)!, "universalpetrarch-arabic", "dictionaries");
            if (!Directory.Exists(dir))
            {
                Console.Error.WriteLine($"marsad train actors: {dir} not found");
                return Task.FromResult(ExitCodes.BadInput);
            }

            var models = Path.GetDirectoryName(parse.GetValue(output)!) ?? ".";
            var n = ActorLexiconBuilder.Build(dir, parse.GetValue(output)!, Path.Combine(models, "agents-extra.tsv"), Path.Combine(models, "groups.tsv"), Path.Combine(models, "states-extra.tsv"),
                Path.Combine(models, "..", "actors", "people-extra.tsv"));
            Console.WriteLine($"{n} actor and agent entries written to {parse.GetValue(output)}");
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
