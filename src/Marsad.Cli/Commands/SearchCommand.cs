using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Storage;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary><c>marsad search QUERY</c>: Arabic-aware full-text search with filters, facets and one result per story.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string[]>("query")
        {
            Description = "words (clitics and spelling variants match: «تركيا» finds «وتركيا», «بتركيا»), \"phrases\", OR, -word / NOT word, ( )",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var from = new Option<string?>("--from") { Description = "published on or after (yyyy-MM-dd)" };
        var to = new Option<string?>("--to") { Description = "published on or before (yyyy-MM-dd)" };
        var source = new Option<string?>("--source") { Description = "only this source (outlet name or host)" };
        var actor = new Option<string?>("--actor") { Description = "only articles mentioning this actor (name, alias or code)" };
        var eventType = new Option<string?>("--event") { Description = "only articles with an event of this PLOVER type (e.g. PROTEST)" };
        var speaker = new Option<string?>("--speaker") { Description = "only articles quoting this speaker" };
        var limit = new Option<int>("--limit", "-n") { Description = "results per page", DefaultValueFactory = _ => 10 };
        var offset = new Option<int>("--offset") { Description = "skip this many results" };
        var all = new Option<bool>("--all-copies") { Description = "list every copy of a story, not one result per story" };
        var json = new Option<bool>("--json") { Description = "machine-readable results (each with its URL)" };
        var noFacets = new Option<bool>("--no-facets") { Description = "skip facet counts" };
        var store = StoreOption.Create();
        var command = new Command("search", "Search stored articles");
        command.Arguments.Add(query);
        foreach (var o in new Option[] { from, to, source, actor, eventType, speaker, limit, offset, all, json, noFacets, store })
        {
            command.Options.Add(o);
        }

        command.SetAction(async (parse, ct) =>
        {
            DateOnly? Day(Option<string?> o)
            {
                var v = parse.GetValue(o);
                return v is null ? null : DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new FormatException($"{o.Name}: '{v}' is not yyyy-MM-dd");
            }

            SearchRequest request;
            try
            {
                request = new SearchRequest
                {
                    Query = string.Join(' ', parse.GetValue(query) ?? []),
                    From = Day(from),
                    To = Day(to),
                    Source = parse.GetValue(source),
                    Actor = parse.GetValue(actor),
                    EventType = parse.GetValue(eventType),
                    Speaker = parse.GetValue(speaker),
                    Limit = Math.Clamp(parse.GetValue(limit), 1, 1000),
                    Offset = Math.Max(0, parse.GetValue(offset)),
                    CollapseStories = !parse.GetValue(all),
                    Facets = !parse.GetValue(noFacets),
                };
            }
            catch (FormatException ex)
            {
                await Console.Error.WriteLineAsync($"marsad search: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            using var s = StoreOption.Open(parse.GetValue(store));
            if (s is null)
            {
                return ExitCodes.BadInput;
            }

            SearchResult result;
            try
            {
                result = s.Search(request);
            }
            catch (StoreException ex)
            {
                await Console.Error.WriteLineAsync($"marsad search: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (parse.GetValue(json))
            {
                var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    total = result.Total,
                    hits = result.Hits.Select(h => new
                    {
                        url = h.Url, title = h.Title, source = h.Source, published = h.Published, key = h.Key,
                        story = h.StoryId, storySize = h.StorySize, score = Math.Round(h.Score, 4), snippet = h.Snippet,
                    }),
                    facets = result.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new { value = v.Value, count = v.Count })),
                }, options));
                return ExitCodes.Ok;
            }

            Print(result, request);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(SearchResult result, SearchRequest request)
    {
        var terminal = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Ansi;
        Console.WriteLine($"{result.Total:N0} matching article(s){(request.CollapseStories ? ", one per story" : string.Empty)}");
        var rank = request.Offset;
        foreach (var h in result.Hits)
        {
            rank++;
            var copies = h.StorySize > 1 ? $" (+{h.StorySize - 1} more in this story)" : string.Empty;
            var head = $"{rank}. {h.Title ?? "(no title)"} — {h.Source ?? "?"}, {h.Published ?? "undated"}{copies}";
            var snippet = h.Snippet ?? string.Empty;
            if (terminal)
            {
                AnsiConsole.MarkupLine("[bold]" + Markup.Escape(head) + "[/]");
                AnsiConsole.MarkupLine("   " + Markup.Escape(snippet).Replace("&lt;mark&gt;", "[yellow bold]", StringComparison.Ordinal).Replace("<mark>", "[yellow bold]", StringComparison.Ordinal).Replace("</mark>", "[/]", StringComparison.Ordinal));
                AnsiConsole.MarkupLine("   [dim]" + Markup.Escape(h.Url ?? h.Key) + "[/]");
            }
            else
            {
                Console.WriteLine(head);
                Console.WriteLine("   " + snippet.Replace("<mark>", "**", StringComparison.Ordinal).Replace("</mark>", "**", StringComparison.Ordinal));
                Console.WriteLine("   " + (h.Url ?? h.Key));
            }
        }

        foreach (var (name, values) in result.Facets)
        {
            if (values.Count > 0)
            {
                Console.WriteLine($"by {name}: " + string.Join(", ", values.Take(12).Select(v => $"{v.Value} {v.Count:N0}")));
            }
        }
    }
}
