using System.CommandLine;
using Marsad.Arabic;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad train-lexicon</c>: rebuilds models/arabic/lexicon.tsv.gz from Hunspell-ar and the ANT corpus.</summary>
internal static class TrainLexiconCommand
{
    public static Command Create()
    {
        var dic = new Option<string>("--hunspell") { Description = "Hunspell-ar dictionary (apt-get install hunspell-ar)", DefaultValueFactory = _ => "/usr/share/hunspell/ar.dic" };
        var ant = new Option<string?>("--ant") { Description = "ANT corpus folder (default ../shared/data/antcorpus)" };
        var output = new Option<string?>("--output") { Description = "where to write (default models/arabic/lexicon.tsv.gz)" };
        var command = new Command("lexicon", "Rebuild the Arabic lexicon (Hunspell-ar words + ANT corpus frequencies)");
        command.Options.Add(dic);
        command.Options.Add(ant);
        command.Options.Add(output);
        command.SetAction((parse, ct) =>
        {
            var home = Environment.GetEnvironmentVariable("MARSAD_HOME") ?? Directory.GetCurrentDirectory();
            var antDir = parse.GetValue(ant) ?? Path.Combine(home, "..", "shared", "data", "antcorpus");
            var outPath = parse.GetValue(output) ?? Path.Combine(home, "models", "arabic", "lexicon.tsv.gz");
            var hunspell = parse.GetValue(dic)!;
            if (!File.Exists(hunspell) || !Directory.Exists(antDir))
            {
                Console.Error.WriteLine($"marsad train-lexicon: need {hunspell} (apt-get install hunspell-ar) and {antDir}");
                return Task.FromResult(ExitCodes.BadInput);
            }

            var (words, tokens) = LexiconBuilder.Build(hunspell, antDir, outPath);
            Console.WriteLine($"wrote {outPath}: {words:N0} words; {tokens:N0} corpus tokens counted");
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
