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
        root.Subcommands.Add(SegmentCommand.Create());
        root.Subcommands.Add(NerCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ReanalyzeCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ServeCommand.CreateDemo());
        root.Subcommands.Add(WatchCommand.Create());
        root.Subcommands.Add(SourcesCommand.Create());

        var eval = EvalCommand.Create();
        eval.Subcommands.Add(EvalExtractionCommand.Create());
        eval.Subcommands.Add(EvalDatesCommand.Create());
        eval.Subcommands.Add(EvalSegmentationCommand.Create());
        eval.Subcommands.Add(EvalEventsCommand.Create());
        eval.Subcommands.Add(EvalQuotesCommand.Create());
        root.Subcommands.Add(eval);

        var train = TrainCommand.Create();
        train.Subcommands.Add(TrainLexiconCommand.Create());
        train.Subcommands.Add(TrainActorsCommand.Create());
        root.Subcommands.Add(train);

        var bench = BenchCommand.Create();
        bench.Subcommands.Add(BenchPipelineCommand.Create());
        root.Subcommands.Add(bench);

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

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (System.Data.Common.DbException ex)
        {
            // A store that cannot be written (disk full, read-only file, server gone): one clear line, not a stack trace.
            await Console.Error.WriteLineAsync($"marsad: store error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Marsad.Storage.StoreException)
        {
            // StoreException: e.g. a write to a store that can only be read (its message names the store and why).
            await Console.Error.WriteLineAsync($"marsad: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
    }
}

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Usage = 2;
}
