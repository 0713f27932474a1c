using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using Marsad.Analysis;
using Marsad.Analysis.Quotes;
using Marsad.Core;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad eval quotes</c>: quotes (with speakers) and events (with actors) against the hand-annotated
/// SaudiNewsNet dev set in eval/ (ids and offsets only; the text is read from ../shared/data).</summary>
internal static class EvalQuotesCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "the shared data folder", DefaultValueFactory = _ => "../shared/data" };
        var gold = new Option<string>("--gold") { Description = "annotation file", DefaultValueFactory = _ => "eval/quotes-events-dev.tsv" };
        var ids = new Option<string>("--ids") { Description = "article list with content hashes", DefaultValueFactory = _ => "eval/quotes-events-dev.ids.tsv" };
        var log = new Option<string?>("--log") { Description = "write each disagreement to this file" };
        var command = new Command("quotes", "Quote P/R with speakers and event P/R with actors on the annotated SaudiNewsNet dev set");
        command.Options.Add(data);
        command.Options.Add(gold);
        command.Options.Add(ids);
        command.Options.Add(log);
        command.SetAction((parse, ct) =>
        {
            var list = File.ReadLines(parse.GetValue(ids)!).Skip(1).Select(l => l.Split('\t')).ToDictionary(f => f[2], f => f[3], StringComparer.Ordinal);
            var annotations = DevSetEvaluation.Read(parse.GetValue(gold)!).GroupBy(a => a.Url).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var logPath = parse.GetValue(log);
            using var logWriter = logPath is null ? null : new StreamWriter(logPath);
            var pipeline = MarsadPipeline.CreateDefault();
            var eval = new DevSetEvaluation();
            foreach (var a in SaudiNewsNet.Read(parse.GetValue(data)!))
            {
                if (!list.TryGetValue(a.Url, out var hash))
                {
                    continue;
                }

                var actual = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(a.Content)))[..16];
                if (actual != hash)
                {
                    Console.Error.WriteLine($"marsad eval quotes: {a.Url}: content differs from the annotated version; skipped");
                    continue;
                }

                var doc = pipeline.Run(new Document(a.Url, a.Content));
                eval.Add(doc, annotations.GetValueOrDefault(a.Url) ?? [], logWriter);
                list.Remove(a.Url);
            }

            Console.WriteLine(eval.Report());
            return Task.FromResult(list.Count == 0 ? ExitCodes.Ok : ExitCodes.BadInput);
        });
        return command;
    }
}
