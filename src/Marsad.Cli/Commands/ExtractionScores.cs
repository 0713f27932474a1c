using System.Text;

namespace Marsad.Cli.Commands;

/// <summary>
/// The two body-text measures the extraction benchmarks define, re-implemented from their descriptions:
/// ScrapingHub's 4-token shingle precision/recall (per page, averaged over pages, F1 of the averages) and
/// trafilatura's segment counts (a "with" segment found is a TP, a "without" segment found an FP; micro-averaged).
/// </summary>
internal static class ExtractionScores
{
    /// <summary>Per-page shingle counts (normalized to sum to 1, as upstream).</summary>
    public readonly record struct ShingleCounts(double Tp, double Fp, double Fn);

    public static ShingleCounts Shingles(string gold, string predicted, int n = 4)
    {
        var truth = ShingleBag(gold, n);
        var pred = ShingleBag(predicted, n);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, t) in truth)
        {
            pred.TryGetValue(key, out var p);
            tp += Math.Min(t, p);
            fn += Math.Max(0, t - p);
        }

        foreach (var (key, p) in pred)
        {
            truth.TryGetValue(key, out var t);
            fp += Math.Max(0, p - t);
        }

        var s = tp + fp + fn;
        return s > 0 ? new ShingleCounts(tp / s, fp / s, fn / s) : new ShingleCounts(0, 0, 0);
    }

    public static (double Precision, double Recall, double F1) Average(IReadOnlyList<ShingleCounts> pages)
    {
        double p = 0, r = 0;
        int np = 0, nr = 0;
        foreach (var c in pages)
        {
            if (c.Tp + c.Fp > 0)
            {
                p += Precision(c);
                np++;
            }

            if (c.Tp + c.Fn > 0)
            {
                r += Recall(c);
                nr++;
            }
        }

        var precision = np == 0 ? 0 : p / np;
        var recall = nr == 0 ? 0 : r / nr;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    public static double Precision(ShingleCounts c) => c.Fp == 0 && c.Fn == 0 ? 1 : c.Tp == 0 && c.Fp == 0 ? 0 : c.Tp / (c.Tp + c.Fp);

    public static double Recall(ShingleCounts c) => c.Fp == 0 && c.Fn == 0 ? 1 : c.Tp == 0 && c.Fn == 0 ? 0 : c.Tp / (c.Tp + c.Fn);

    public static double F1(ShingleCounts c)
    {
        var p = Precision(c);
        var r = Recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>Python's <c>\w+</c>: letters, digits and other numerics, underscore (not combining marks).</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var word = i < text.Length && (char.IsLetterOrDigit(text[i]) || char.IsNumber(text[i]) || text[i] == '_');
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
        }

        return tokens;
    }

    private static Dictionary<string, int> ShingleBag(string text, int n)
    {
        var tokens = Tokens(text);
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        var sb = new StringBuilder();
        var count = Math.Max(1, tokens.Count - n + 1);
        for (var i = 0; i < count; i++)
        {
            sb.Clear();
            for (var j = i; j < Math.Min(i + n, tokens.Count); j++)
            {
                sb.Append(tokens[j]).Append('\u0001');
            }

            if (sb.Length == 0)
            {
                continue;
            }

            var key = sb.ToString();
            bag[key] = bag.GetValueOrDefault(key) + 1;
        }

        return bag;
    }

    /// <summary>Whitespace runs to one space, trimmed (trafilatura's <c>norm</c>).</summary>
    public static string NormalizeSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
