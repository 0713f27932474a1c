using System.CommandLine;
using System.Text;
using Marsad.Arabic;
using Marsad.Arabic.Conllu;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad segment FILE</c>: plain text to CoNLL-U (sentences, tokens, multiword tokens split into words).</summary>
internal static class SegmentCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "UTF-8 text file; '-' reads standard input" };
        var noMwt = new Option<bool>("--no-multiword") { Description = "write clitics as separate tokens (UD PUD style) instead of multiword tokens" };
        var command = new Command("segment", "Split Arabic text into sentences, tokens and syntactic words; write CoNLL-U");
        command.Arguments.Add(file);
        command.Options.Add(noMwt);
        command.SetAction((parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            string text;
            try
            {
                text = path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path, Encoding.UTF8);
            }
            catch (Exception ex) when (Analyzer.IsInputError(ex))
            {
                Console.Error.WriteLine($"marsad segment: {path}: {Analyzer.Reason(ex)}");
                return Task.FromResult(ExitCodes.BadInput);
            }

            var seg = ArabicText.Segment(text);
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
            ConlluWriter.Write(stdout, text, seg.Sentences, seg.Tokens, seg.Words, multiwordTokens: !parse.GetValue(noMwt));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
