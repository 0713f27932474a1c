using System.Text;

namespace Marsad.Analysis.Entities;

/// <summary>A tagged sentence: words and their BIO tags (PER/ORG/LOC/MISC).</summary>
internal sealed record TaggedSentence(string[] Words, string[] Tags)
{
    /// <summary>Second-pass features: how the first pass tagged each word elsewhere in the document.</summary>
    public byte[]? Votes { get; init; }
}

/// <summary>Readers for <c>token tag</c> files (ANERcorp, AQMAR) with tag sets mapped to ours.</summary>
internal static class NerCorpus
{
    /// <summary>
    /// Reads a token-per-line file. Blank lines end sentences; when <paramref name="splitOnPeriod"/> (ANERcorp
    /// original has no blank lines) a sentence also ends after «.», «!» or «?».
    /// </summary>
    public static List<TaggedSentence> Read(string path, int firstLine = 1, int lastLine = int.MaxValue, bool splitOnPeriod = false)
    {
        var result = new List<TaggedSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var lineNo = 0;

        void Flush()
        {
            if (words.Count > 0)
            {
                result.Add(new TaggedSentence([.. words], [.. tags]));
                words.Clear();
                tags.Clear();
            }
        }

        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            lineNo++;
            if (lineNo < firstLine)
            {
                continue;
            }

            if (lineNo > lastLine)
            {
                break;
            }

            var line = raw.Trim().Trim('\uFEFF');
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2)
            {
                continue;
            }

            // As the CAMeL release did: drop U+200F, and a middle dot ending a word is a full stop of its own.
            var word = parts[0].Replace("\u200F", "", StringComparison.Ordinal);
            var tag = MapTag(parts[^1]);
            var stop = word.Length > 1 && word[^1] == '·';
            if (stop)
            {
                word = word[..^1];
            }
            else if (word == "·")
            {
                word = ".";
            }

            if (word.Length == 0)
            {
                continue;
            }

            words.Add(word);
            tags.Add(tag);
            if (stop)
            {
                words.Add(".");
                tags.Add("O");
            }

            if (splitOnPeriod && (stop || word is "." or "!" or "?" or "؟"))
            {
                Flush();
            }
        }

        Flush();
        return result;
    }

    /// <summary>Maps corpus tags to ours: PERS→PER, MIS*→MISC, GPE→LOC; malformed tags become O.</summary>
    public static string MapTag(string tag)
    {
        tag = tag.Trim('`', '\'');
        if (tag.Length < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I'))
        {
            return "O";
        }

        var type = tag[2..].TrimStart('-');
        type = type switch
        {
            "PERS" or "PER" => "PER",
            "ORG" => "ORG",
            "LOC" or "GPE" => "LOC",
            _ when type.StartsWith("MIS", StringComparison.Ordinal) => "MISC",
            _ => "",
        };
        return type.Length == 0 ? "O" : $"{tag[0]}-{type}";
    }
}

/// <summary>Entity-level precision/recall/F1 as seqeval (conlleval chunking) computes it.</summary>
internal sealed class NerScore
{
    private readonly Dictionary<string, (int Tp, int Pred, int Gold)> _byType = new(StringComparer.Ordinal);

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var g = Chunks(gold);
        var p = Chunks(predicted);
        foreach (var c in g)
        {
            var e = _byType.GetValueOrDefault(c.Type);
            _byType[c.Type] = (e.Tp + (p.Contains(c) ? 1 : 0), e.Pred, e.Gold + 1);
        }

        foreach (var c in p)
        {
            var e = _byType.GetValueOrDefault(c.Type);
            _byType[c.Type] = (e.Tp, e.Pred + 1, e.Gold);
        }
    }

    public (double P, double R, double F, int Support) Of(string? type)
    {
        int tp = 0, pred = 0, gold = 0;
        foreach (var (t, v) in _byType)
        {
            if (type is null || t == type)
            {
                tp += v.Tp;
                pred += v.Pred;
                gold += v.Gold;
            }
        }

        var precision = pred == 0 ? 0 : (double)tp / pred;
        var recall = gold == 0 ? 0 : (double)tp / gold;
        var f = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f, gold);
    }

    public IEnumerable<string> Types => _byType.Keys.Order(StringComparer.Ordinal);

    /// <summary>conlleval chunking: a chunk starts at B-X, or at I-X after O or another type.</summary>
    public static HashSet<(int Start, int End, string Type)> Chunks(IReadOnlyList<string> tags)
    {
        var result = new HashSet<(int, int, string)>();
        var start = -1;
        var type = "";
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var prefix = tag.Length > 1 && tag[1] == '-' ? tag[0] : 'O';
            var t = prefix == 'O' ? "" : tag[2..];
            var startsNew = prefix == 'B' || (prefix == 'I' && (start < 0 || t != type));
            var endsOld = start >= 0 && (prefix == 'O' || prefix == 'B' || t != type);
            if (endsOld)
            {
                result.Add((start, i, type));
                start = -1;
            }

            if (startsNew)
            {
                start = i;
                type = t;
            }
        }

        return result;
    }
}
