using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Storage;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad stats</c>: what the store holds; <c>--failures</c> why inputs failed; <c>--check</c> integrity.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var store = StoreOption.Create();
        var failures = new Option<int?>("--failures") { Description = "list the last N failed inputs with their reasons (default 50)", Arity = ArgumentArity.ZeroOrOne };
        var check = new Option<bool>("--check") { Description = "run SQLite's integrity check; exit code 1 when it fails" };
        var json = new Option<bool>("--json") { Description = "machine-readable output" };
        var command = new Command("stats", "Counts of articles, stories, actors, events, quotes, failures; failures with reasons");
        command.Options.Add(store);
        command.Options.Add(failures);
        command.Options.Add(check);
        command.Options.Add(json);
        command.SetAction((parse, ct) =>
        {
            using var s = StoreOption.Open(parse.GetValue(store));
            if (s is null)
            {
                return Task.FromResult(ExitCodes.BadInput);
            }

            var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true, IncludeFields = true };
            if (parse.GetResult(failures) is not null)
            {
                var list = s.Failures(parse.GetValue(failures) ?? 50);
                if (parse.GetValue(json))
                {
                    Console.WriteLine(JsonSerializer.Serialize(list.Select(f => new { input = f.Input, reason = f.Reason, at = f.At }), options));
                }
                else
                {
                    foreach (var f in list)
                    {
                        Console.WriteLine($"{f.At:yyyy-MM-dd HH:mm:ss}  {f.Input}  {f.Reason}");
                    }

                    Console.WriteLine($"{list.Count} failure(s) shown");
                }

                return Task.FromResult(ExitCodes.Ok);
            }

            var code = ExitCodes.Ok;
            string? integrity = null;
            if (parse.GetValue(check))
            {
                integrity = StoreFactory.IntegrityCheck(s) ?? "n/a (PostgreSQL)";
                if (integrity is not ("ok" or "n/a (PostgreSQL)"))
                {
                    code = ExitCodes.BadInput;
                }
            }

            var st = s.Stats();
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    store = StoreFactory.Describe(s), kind = s.Kind, schema = st.SchemaVersion, articles = st.Articles, stories = st.Stories,
                    multiSourceStories = st.MultiSourceStories, actors = st.Actors, events = st.Events, quotes = st.Quotes, failures = st.Failures,
                    sources = st.Sources.ToDictionary(x => x.Source, x => x.Count), pipelineVersions = st.PipelineVersions.ToDictionary(x => x.Version, x => x.Count),
                    integrity,
                }, options));
                return Task.FromResult(code);
            }

            Console.WriteLine($"store      {StoreFactory.Describe(s)} ({s.Kind}, schema {st.SchemaVersion})");
            Console.WriteLine($"articles   {st.Articles:N0}");
            Console.WriteLine($"stories    {st.Stories:N0} ({st.MultiSourceStories:N0} carried by more than one source)");
            Console.WriteLine($"actors     {st.Actors:N0}");
            Console.WriteLine($"events     {st.Events:N0}");
            Console.WriteLine($"quotes     {st.Quotes:N0}");
            Console.WriteLine($"failures   {st.Failures:N0}" + (st.Failures > 0 ? " (marsad stats --failures)" : string.Empty));
            foreach (var (source, count) in st.Sources.Take(20))
            {
                Console.WriteLine($"  source   {source}: {count:N0}");
            }

            foreach (var (version, count) in st.PipelineVersions)
            {
                Console.WriteLine($"  pipeline '{version}': {count:N0}");
            }

            if (integrity is not null)
            {
                Console.WriteLine($"integrity  {integrity}");
            }

            return Task.FromResult(code);
        });
        return command;
    }
}
