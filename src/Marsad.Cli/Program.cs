using System.CommandLine;
using System.Text;
using Marsad.Cli.Commands;

namespace Marsad.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        Console.InputEncoding = new UTF8Encoding(false);
        var root = new RootCommand("Marsad: Arabic news intelligence — articles to entities, quotes and events.");
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(new Command("eval", "Measure Marsad on the evaluation data in ../shared/data") { EvalDatesCommand.Create() });
        var eval = new Command("eval", "Measure Marsad on the evaluation sets in ../shared/data");
        eval.Subcommands.Add(EvalExtractionCommand.Create());
        root.Subcommands.Add(eval);
        root.Subcommands.Add(TrainLexiconCommand.Create());
        root.Subcommands.Add(SegmentCommand.Create());
        root.Subcommands.Add(EvalSegmentationCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ReanalyzeCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(NerCommand.Create());
        var train = new Command("train", "Rebuild shipped models and lexicons from ../shared/data");
        train.Subcommands.Add(TrainActorsCommand.Create());
        root.Subcommands.Add(train);
        var eval = new Command("eval", "Measure against gold data in ../shared/data and eval/");
        eval.Subcommands.Add(EvalEventsCommand.Create());
        eval.Subcommands.Add(EvalQuotesCommand.Create());
        root.Subcommands.Add(eval);
        var bench = new Command("bench", "Throughput benchmarks");
        bench.Subcommands.Add(BenchPipelineCommand.Create());
        root.Subcommands.Add(bench);
        root.Subcommands.Add(WatchCommand.Create());
        root.Subcommands.Add(SourcesCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ServeCommand.CreateDemo());

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync($"marsad: {error.Message}").ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("Try 'marsad --help'.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync().ConfigureAwait(false);
    }
}

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Usage = 2;
}
