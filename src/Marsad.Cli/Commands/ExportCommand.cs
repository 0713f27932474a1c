using System.CommandLine;
using Marsad.Storage;
using Marsad.Storage.Export;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad export TABLE</c>: documents (JSON Lines), events, quotes, actors (CSV, Parquet, JSON Lines).</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var table = new Argument<string>("table") { Description = "documents, events, quotes or actors" };
        table.AcceptOnlyFromAmong([.. Exporter.Tables]);
        var format = new Option<string?>("--format") { Description = "jsonl, csv or parquet (default: from the output file's extension, else jsonl)" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "parquet");
        var output = new Option<string?>("--output", "-o") { Description = "file to write (default: standard output; parquet needs a file)" };
        var store = StoreOption.Create();
        var command = new Command("export", "Write stored documents or facts for other tools");
        command.Arguments.Add(table);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(store);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(output);
            var fmt = parse.GetValue(format) ?? Path.GetExtension(path ?? string.Empty).TrimStart('.').ToLowerInvariant() switch
            {
                "csv" => "csv",
                "parquet" => "parquet",
                _ => "jsonl",
            };
            if (fmt == "parquet" && path is null)
            {
                await Console.Error.WriteLineAsync("marsad export: parquet needs --output FILE").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            using var s = StoreOption.Open(parse.GetValue(store));
            if (s is null)
            {
                return ExitCodes.BadInput;
            }

            try
            {
                var stream = path is null ? Console.OpenStandardOutput() : File.Create(path);
                await using (stream.ConfigureAwait(false))
                {
                    var n = await Exporter.ExportAsync(s, parse.GetValue(table)!, fmt, stream, ct).ConfigureAwait(false);
                    if (path is not null)
                    {
                        Console.Error.WriteLine($"marsad export: {n:N0} rows → {path}");
                    }
                }

                return ExitCodes.Ok;
            }
            catch (StoreException ex)
            {
                await Console.Error.WriteLineAsync($"marsad export: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
