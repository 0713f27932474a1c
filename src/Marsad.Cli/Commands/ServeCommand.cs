using System.CommandLine;
using Marsad.Analysis;
using Marsad.Ingest;
using Marsad.Ingest.Sources;
using Marsad.Storage;
using Marsad.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad serve</c>: the JSON API and web UI over the store; <c>marsad demo</c>: the bundled samples, served.</summary>
internal static class ServeCommand
{
    public const string TokenVariable = "MARSAD_TOKEN";

    public static Command Create() => Build("serve", "Serve the JSON API and the Arabic web UI over the store (http://127.0.0.1:5050 by default)", samples: false);

    public static Command CreateDemo() => Build("demo", "Ingest the bundled samples/ into the store and serve the web UI", samples: true);

    private static Command Build(string name, string description, bool samples)
    {
        var store = StoreOption.Create();
        var urls = new Option<string?>("--urls") { Description = "addresses to listen on, ';'-separated (default http://127.0.0.1:PORT)" };
        var port = new Option<int>("--port") { Description = "port on 127.0.0.1 when --urls is not given", DefaultValueFactory = _ => 5050 };
        var token = new Option<string?>("--token") { Description = $"token for the write endpoint (default: ${TokenVariable}); without one, writes are disabled" };
        var allowWrites = new Option<bool>("--allow-remote-writes") { Description = "allow writes (with the token) when listening on a non-loopback address" };
        var cache = new Option<double>("--search-cache") { Description = "seconds a search result is reused (0: off)", DefaultValueFactory = _ => 30 };
        var command = new Command(name, description);
        command.Options.Add(cache);
        command.Options.Add(store);
        command.Options.Add(urls);
        command.Options.Add(port);
        command.Options.Add(token);
        command.Options.Add(allowWrites);
        command.SetAction(async (parse, ct) =>
        {
            var spec = StoreFactory.Resolve(parse.GetValue(store));
            string where;
            using (var s = StoreOption.Open(spec))
            {
                if (s is null)
                {
                    return ExitCodes.BadInput;
                }

                where = StoreFactory.Describe(s);
                if (samples && !await IngestSamplesAsync(s, ct).ConfigureAwait(false))
                {
                    return ExitCodes.BadInput;
                }
            }

            var addresses = (parse.GetValue(urls) ?? $"http://127.0.0.1:{parse.GetValue(port)}")
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var options = new WebOptions
            {
                Store = spec,
                Token = parse.GetValue(token) ?? Environment.GetEnvironmentVariable(TokenVariable),
                ReadOnly = WebOptions.ReadOnlyFor(addresses, parse.GetValue(allowWrites)),
                SearchCacheSeconds = Math.Max(0, parse.GetValue(cache)),
            };
            await using var app = MarsadWeb.Build(options, addresses);
            try
            {
                await app.StartAsync(ct).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                await Console.Error.WriteLineAsync($"marsad {name}: cannot listen: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            foreach (var url in app.Urls)
            {
                Console.WriteLine($"Marsad is serving {where} at {url}");
            }

            Console.WriteLine(options.WritesEnabled ? "writes: enabled (POST /api/articles with the token)"
                : options.ReadOnly ? "writes: disabled (non-loopback address; --allow-remote-writes to enable)"
                : $"writes: disabled (set ${TokenVariable} or --token to enable)");
            Console.WriteLine("API description: /openapi/v1.json · stop with Ctrl+C");
            // Returns on Ctrl+C (ct) and on SIGTERM (the host's own console lifetime stops it).
            await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<bool> IngestSamplesAsync(IStore store, CancellationToken ct)
    {
        var home = Environment.GetEnvironmentVariable("MARSAD_HOME") ?? Directory.GetCurrentDirectory();
        var folder = new[] { Path.Combine(home, "samples"), Path.Combine(Directory.GetCurrentDirectory(), "samples") }.FirstOrDefault(Directory.Exists);
        if (folder is null)
        {
            await Console.Error.WriteLineAsync("marsad demo: no samples/ folder found (run it from the Marsad folder)").ConfigureAwait(false);
            return false;
        }

        // The articles only: the folder also holds its README and the script that made the samples.
        string[] kinds = [".html", ".htm", ".txt", ".json", ".jsonl", ".gz", ".zip", ".warc"];
        var files = Directory.EnumerateFiles(folder)
            .Where(f => kinds.Any(k => f.EndsWith(k, StringComparison.OrdinalIgnoreCase)) && !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToArray();
        var reader = new InputReader(new FieldMap());
        var ingestor = new Ingestor(store, MarsadPipeline.CreateDefault());
        var result = await ingestor.RunAsync(reader.ReadAsync(files, ct), ct).ConfigureAwait(false);
        IngestCommand.PrintSummary(result, reader.Skipped, ingestor.RecentFailures, StoreFactory.Describe(store));
        return true;
    }
}
