using System.CommandLine;
using System.Text;
using Marsad.Analysis.Entities;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad ner --conll FILE</c>: tags pre-tokenized text, appending the BIO tag to every token line.</summary>
internal static class NerCommand
{
    public static Command Create()
    {
        var conll = new Option<string>("--conll")
        {
            Description = "token per line (first column), blank line between sentences, extra columns ignored; '-' for standard input",
            Required = true,
        };
        var command = new Command("ner", "Tag named entities (PER, ORG, GPE, LOC, MISC) in a CoNLL-style file");
        command.Options.Add(conll);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(conll)!;
            if (path != "-" && !File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"marsad: {path}: no such file").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var tagger = ConllTagger.Load();
            using var input = path == "-" ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8) : new StreamReader(path, Encoding.UTF8);
            using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
            tagger.Tag(input, output, ct);
            return ExitCodes.Ok;
        });
        return command;
    }
}
