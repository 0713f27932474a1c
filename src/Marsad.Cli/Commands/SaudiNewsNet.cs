using System.IO.Compression;
using System.Text.Json;

namespace Marsad.Cli.Commands;

/// <summary>One SaudiNewsNet article (CC BY-NC-SA: read for evaluation and benchmarks only; none of it is shipped).</summary>
internal sealed record SaudiNewsNetArticle(string File, string Source, string Url, string Content);

/// <summary>Reads the daily zips of ../shared/data/saudinewsnet/dataset.</summary>
internal static class SaudiNewsNet
{
    public static IEnumerable<SaudiNewsNetArticle> Read(string dataRoot)
    {
        var dir = Path.Combine(dataRoot, "saudinewsnet", "dataset");
        foreach (var zip in Directory.EnumerateFiles(dir, "*.zip").Order(StringComparer.Ordinal))
        {
            using var archive = ZipFile.OpenRead(zip);
            foreach (var entry in archive.Entries)
            {
                using var stream = entry.Open();
                using var json = JsonDocument.Parse(stream);
                foreach (var a in json.RootElement.EnumerateArray())
                {
                    yield return new SaudiNewsNetArticle(
                        Path.GetFileName(zip),
                        Get(a, "source"),
                        Get(a, "url"),
                        Get(a, "content"));
                }
            }
        }
    }

    private static string Get(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : string.Empty;
}
