using System.CommandLine;
using Marsad.Analysis;
using Marsad.Ingest;
using Marsad.Storage;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad reanalyze</c>: re-runs the current pipeline over articles analyzed by another version.</summary>
internal static class ReanalyzeCommand
{
    public static Command Create()
    {
        var store = StoreOption.Create();
        var quiet = new Option<bool>("--quiet") { Description = "no progress output" };
        var command = new Command("reanalyze", "Re-run analysis over stored articles whose recorded pipeline version differs from this one");
        command.Options.Add(store);
        command.Options.Add(quiet);
        command.SetAction(async (parse, ct) =>
        {
            using var s = StoreOption.Open(parse.GetValue(store));
            if (s is null)
            {
                return ExitCodes.BadInput;
            }

            var pipeline = MarsadPipeline.CreateDefault();
            var ingestor = new Ingestor(s, pipeline);
            var run = ingestor.ReanalyzeAsync(ct);
            await IngestCommand.ShowProgressAsync(run, () => ingestor.Progress, parse.GetValue(quiet), "reanalyze").ConfigureAwait(false);
            var result = await run.ConfigureAwait(false);
            Console.WriteLine($"reanalyzed {result.Replaced:N0} articles to pipeline '{pipeline.VersionKey}', failed {result.Failed:N0} in {result.Elapsed.TotalSeconds:F1} s → {StoreFactory.Describe(s)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
