using System.IO.Compression;
using System.Text;
using Marsad.Arabic.Tokenization;
using Marsad.Core;

namespace Marsad.Arabic;

/// <summary>
/// Builds <c>models/arabic/lexicon.tsv.gz</c> from Hunspell-ar's word list (Debian <c>hunspell-ar</c>, Ayaspell,
/// GPL/LGPL/MPL) and word frequencies counted in the ANT news corpus (Apache-2.0). Ships words and counts only.
/// </summary>
public static class LexiconBuilder
{
    /// <summary>Corpus words seen fewer times than this and unknown to Hunspell are left out (typos, rare names).</summary>
    public const int MinCorpusFrequency = 2;

    public static (int Words, long CorpusTokens) Build(string hunspellDic, string antDirectory, string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var flags = ReadHunspell(hunspellDic);
        var (freq, tokens) = CountCorpus(antDirectory);
        var keys = new SortedSet<string>(flags.Keys, StringComparer.Ordinal);
        foreach (var (k, f) in freq)
        {
            if (f >= MinCorpusFrequency)
            {
                keys.Add(k);
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using var file = File.Create(output);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gz, new UTF8Encoding(false));
        writer.NewLine = "\n";
        foreach (var k in keys)
        {
            freq.TryGetValue(k, out var f);
            flags.TryGetValue(k, out var fl);
            writer.WriteLine($"{k}\t{f}\t{(byte)fl}");
        }

        return (keys.Count, tokens);
    }

    /// <summary>Hunspell-ar's .dic is several lists concatenated, each headed by «::::» / «name.dic» / «::::».</summary>
    internal static Dictionary<string, LexiconFlags> ReadHunspell(string path)
    {
        var result = new Dictionary<string, LexiconFlags>(StringComparer.Ordinal);
        var section = "";
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            var line = raw.Trim();
            if (line.StartsWith("::::", StringComparison.Ordinal) || line.Length == 0)
            {
                continue;
            }

            if (line.EndsWith(".dic", StringComparison.Ordinal))
            {
                section = line;
                continue;
            }

            var end = line.IndexOfAny(['/', '\t', ' ']);
            var word = end < 0 ? line : line[..end];
            if (word.Length == 0 || !word.All(c => ArabicTokenizer.IsArabicLetter(c) || ArabicNormalizer.IsMark(c)))
            {
                continue;
            }

            var key = ArabicNormalizer.Normalize(word, NormalizationLevel.SearchKeepTaMarbuta);
            var flag = section switch
            {
                "stopwords.dic" => LexiconFlags.Stop,
                "names.dic" => LexiconFlags.Noun,
                _ => LexiconFlags.Verb,
            };
            result[key] = result.GetValueOrDefault(key) | flag;
        }

        return result;
    }

    /// <summary>Counts Search-normalized Arabic words in the ANT corpus's titles, abstracts and bodies.</summary>
    internal static (Dictionary<string, int> Counts, long Tokens) CountCorpus(string antDirectory)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        long total = 0;
        var tokens = new List<Token>();
        Span<char> buffer = stackalloc char[256];
        foreach (var path in Directory.EnumerateFiles(antDirectory, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path, Encoding.UTF8);
            tokens.Clear();
            var body = Body(text);
            ArabicTokenizer.Tokenize(body, tokens);
            foreach (var t in tokens)
            {
                if (t.Kind != TokenKind.Word || t.End - t.Start > 80)
                {
                    continue;
                }

                var n = ArabicNormalizer.Normalize(body.AsSpan(t.Start, t.End - t.Start), buffer, NormalizationLevel.SearchKeepTaMarbuta);
                if (n <= 0)
                {
                    continue;
                }

                total++;
                var key = buffer[..n];
                lookup[key] = lookup.TryGetValue(key, out var c) ? c + 1 : 1;
            }
        }

        return (counts, total);
    }

    /// <summary>The text between the first <c>&lt;TITLE&gt;</c> and <c>&lt;/TEXT&gt;</c>, tags blanked.</summary>
    private static string Body(string doc)
    {
        var start = doc.IndexOf("<TITLE>", StringComparison.Ordinal);
        var end = doc.LastIndexOf("</TEXT>", StringComparison.Ordinal);
        var s = start >= 0 && end > start ? doc[start..end] : doc;
        return System.Text.RegularExpressions.Regex.Replace(s, "<[^>]{1,40}>", " ");
    }
}
