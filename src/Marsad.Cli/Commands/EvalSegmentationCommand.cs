using System.CommandLine;
using System.Globalization;
using System.Text;
using Marsad.Arabic;
using Marsad.Arabic.Conllu;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad eval-segmentation</c>: sentence, token and syntactic-word F1 on UD Arabic-PUD, scored as the CoNLL 2018
/// shared task does. Sentences 501–1000 are the test part; 1–500 (--dev) are for study and error listing.
/// </summary>
internal static class EvalSegmentationCommand
{
    public static Command Create()
    {
        var gold = new Option<string?>("--gold") { Description = "gold CoNLL-U (default ../shared/data/ud-arabic-pud/ar_pud-ud-test.conllu)" };
        var dev = new Option<bool>("--dev") { Description = "score sentences 1–500 (study part) instead of the test part 501–1000" };
        var errors = new Option<bool>("--errors") { Description = "with --dev: list gold words left unaligned" };
        var save = new Option<string?>("--save") { Description = "also write the system CoNLL-U here" };
        var command = new Command("segmentation", "Score sentences, tokens and syntactic words against UD Arabic-PUD (CoNLL 2018 alignment)");
        command.Options.Add(gold);
        command.Options.Add(dev);
        command.Options.Add(errors);
        command.Options.Add(save);
        command.SetAction((parse, ct) =>
        {
            var home = Environment.GetEnvironmentVariable("MARSAD_HOME") ?? Directory.GetCurrentDirectory();
            var path = parse.GetValue(gold) ?? Path.Combine(home, "..", "shared", "data", "ud-arabic-pud", "ar_pud-ud-test.conllu");
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"marsad eval-segmentation: no such file {path}");
                return Task.FromResult(ExitCodes.BadInput);
            }

            var isDev = parse.GetValue(dev);
            if (parse.GetValue(errors) && !isDev)
            {
                Console.Error.WriteLine("marsad eval-segmentation: --errors only with --dev (never study the test part)");
                return Task.FromResult(ExitCodes.Usage);
            }

            var blocks = Blocks(File.ReadAllText(path, Encoding.UTF8));
            var part = isDev ? blocks.Take(500).ToList() : blocks.Skip(500).Take(500).ToList();
            var goldText = string.Concat(part.Select(b => b.Block + "\n"));

            // Raw text as a reader would get it: sentences of one document joined by a space, documents by a blank line.
            var raw = new StringBuilder();
            string? doc = null;
            foreach (var b in part)
            {
                if (raw.Length > 0)
                {
                    raw.Append(b.Doc == doc ? " " : "\n\n");
                }

                doc = b.Doc;
                raw.Append(b.Text);
            }

            var text = raw.ToString();
            var seg = ArabicText.Segment(text);
            var withMwt = new StringWriter();
            ConlluWriter.Write(withMwt, text, seg.Sentences, seg.Tokens, seg.Words);
            var pudStyle = new StringWriter();
            ConlluWriter.Write(pudStyle, text, seg.Sentences, seg.Tokens, seg.Words, multiwordTokens: false);
            if (parse.GetValue(save) is { } savePath)
            {
                File.WriteAllText(savePath, withMwt.ToString(), new UTF8Encoding(false));
            }

            var scores = SegmentationScorer.Score(goldText, withMwt.ToString());
            var pud = SegmentationScorer.Score(goldText, pudStyle.ToString());
            Console.WriteLine($"UD Arabic-PUD sentences {(isDev ? "1-500 (dev)" : "501-1000 (test)")}: {part.Count} sentences, {pud.Words.Gold} gold words");
            Console.WriteLine("metric                                   precision  recall     F1");
            Print("Sentences", scores.Sentences);
            Print("Tokens (PUD convention: clitics split)", pud.Tokens);
            Print("Tokens (as segment writes: clitics in MWTs)", scores.Tokens);
            Print("Words (syntactic words)", scores.Words);
            if (parse.GetValue(errors))
            {
                var missed = new Dictionary<string, int>(StringComparer.Ordinal);
                SegmentationScorer.Words(goldText, withMwt.ToString(), w => missed[w] = missed.GetValueOrDefault(w) + 1);
                Console.WriteLine("gold words not aligned (most frequent):");
                foreach (var (w, n) in missed.OrderByDescending(kv => kv.Value).Take(80))
                {
                    Console.WriteLine($"  {n,4} {w}");
                }
            }

            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static void Print(string name, SpanScore s) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40} {s.Precision,9:F4}  {s.Recall,9:F4}  {s.F1,6:F4}"));

    private sealed record GoldBlock(string Block, string Text, string? Doc);

    private static List<GoldBlock> Blocks(string conllu)
    {
        var result = new List<GoldBlock>();
        string? doc = null;
        foreach (var block in conllu.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            string? text = null;
            foreach (var line in block.Split('\n'))
            {
                if (line.StartsWith("# newdoc id = ", StringComparison.Ordinal))
                {
                    doc = line[14..];
                }
                else if (line.StartsWith("# text = ", StringComparison.Ordinal))
                {
                    text = line[9..];
                }
            }

            if (text is not null)
            {
                result.Add(new GoldBlock(block.Trim('\n') + "\n", text, doc));
            }
        }

        return result;
    }
}
