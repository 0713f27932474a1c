using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Marsad.Arabic;

/// <summary>How far to normalize.</summary>
public enum NormalizationLevel
{
    /// <summary>
    /// Light, for display: removes tatweel, zero-width and bidi controls; presentation forms to letters (NFKC);
    /// Persian ک ی to Arabic ك ي. Letters, harakat and digits stay as written.
    /// </summary>
    Display,

    /// <summary>
    /// For search and matching: Display plus alef forms → ا, ى → ي, ة → ه, hamza carriers ؤ ئ → و ي, harakat and
    /// Quranic marks removed, Arabic-Indic and Persian digits → ASCII, Latin lower-cased.
    /// </summary>
    Search,

    /// <summary>Like <see cref="Search"/> but keeps ة distinct from ه (for matching where gender matters).</summary>
    SearchKeepTaMarbuta,
}

/// <summary>A normalized string with, for every UTF-16 unit of it, the offset of the original unit it came from.</summary>
public sealed class NormalizedText
{
    private readonly int[] _map;

    internal NormalizedText(string text, int[] map, int originalLength)
    {
        Text = text;
        _map = map;
        OriginalLength = originalLength;
    }

    public string Text { get; }

    public int OriginalLength { get; }

    /// <summary>Original offset of normalized offset <paramref name="index"/> (the end maps to the original end).</summary>
    public int ToOriginal(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, Text.Length);
        return index == Text.Length ? OriginalLength : _map[index];
    }

    /// <summary>The original span covering normalized <c>[start, end)</c>: dropped characters inside stay inside.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (end <= start)
        {
            var p = ToOriginal(start);
            return (p, p);
        }

        // The end is one past the original unit of the last normalized char; a ligature's several chars share one unit.
        return (ToOriginal(start), _map[end - 1] + 1);
    }
}

/// <summary>
/// Arabic normalization as small pure per-character folds. Every level is idempotent: each fold's output is a fixed
/// point of the same level. The hot path is a table lookup per UTF-16 unit with no allocation.
/// </summary>
public static class ArabicNormalizer
{
    private const char Drop = '\uFFFF';
    private const char Complex = '\uFFFE';

    // Folds for U+0000..U+06FF, one table per level; Complex marks units needing the slow path (none below 0x700).
    private static readonly char[] DisplayTable = BuildTable(NormalizationLevel.Display);
    private static readonly char[] SearchTable = BuildTable(NormalizationLevel.Search);
    private static readonly char[] SearchKeepTable = BuildTable(NormalizationLevel.SearchKeepTaMarbuta);

    public static string Normalize(string text, NormalizationLevel level = NormalizationLevel.Search)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = TableOf(level);
        // Fast exit: most strings at Display level and many at Search are already normal.
        var i = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= table.Length || table[c] != c)
            {
                break;
            }
        }

        if (i == text.Length)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            AppendFolded(sb, text[i], level, table);
        }

        return sb.ToString();
    }

    /// <summary>Normalizes and keeps a map from every normalized unit back to its original offset.</summary>
    public static NormalizedText NormalizeWithMap(string text, NormalizationLevel level = NormalizationLevel.Search)
    {
        ArgumentNullException.ThrowIfNull(text);
        var table = TableOf(level);
        var sb = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var before = sb.Length;
            AppendFolded(sb, text[i], level, table);
            for (var k = before; k < sb.Length; k++)
            {
                map.Add(i);
            }
        }

        return new NormalizedText(sb.ToString(), [.. map], text.Length);
    }

    /// <summary>
    /// Normalizes <paramref name="source"/> into <paramref name="destination"/> (Search-like levels only change length
    /// by dropping or NFKC-expanding), writing each output unit's source index into <paramref name="map"/> when given.
    /// Returns the number of units written, or -1 when <paramref name="destination"/> is too small.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> source, Span<char> destination, NormalizationLevel level, Span<int> map = default)
    {
        var table = TableOf(level);
        var n = 0;
        var i = 0;
        if (map.IsEmpty && destination.Length >= source.Length)
        {
            // The common case, one table read per unit: stop at the first unit the table does not settle (a
            // presentation form, or anything from U+0700 up) and let the general loop take it from there.
            for (; i < source.Length; i++)
            {
                var c = source[i];
                if (c >= 0x0700)
                {
                    break;
                }

                var f = table[c];
                if (f == Drop)
                {
                    continue;
                }

                destination[n++] = f;
            }
        }

        for (; i < source.Length; i++)
        {
            var c = source[i];
            var f = c < table.Length ? table[c] : Slow(c, level);
            if (f == Drop)
            {
                continue;
            }

            if (f != Complex)
            {
                if (n >= destination.Length)
                {
                    return -1;
                }

                if (!map.IsEmpty)
                {
                    map[n] = i;
                }

                destination[n++] = f;
                continue;
            }

            foreach (var d in Expand(c, level))
            {
                if (n >= destination.Length)
                {
                    return -1;
                }

                if (!map.IsEmpty)
                {
                    map[n] = i;
                }

                destination[n++] = d;
            }
        }

        return n;
    }

    /// <summary>
    /// <see cref="Normalize(ReadOnlySpan{char}, Span{char}, NormalizationLevel, Span{int})"/> at
    /// <see cref="NormalizationLevel.SearchKeepTaMarbuta"/> without a map: the per-word step of stemming, so its common
    /// case (every unit below U+0700) is one table read per unit with nothing else to decide.
    /// </summary>
    internal static int NormalizeKeepTaMarbuta(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (destination.Length < source.Length)
        {
            return Normalize(source, destination, NormalizationLevel.SearchKeepTaMarbuta);
        }

        var table = SearchKeepTable;
        var n = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c >= 0x0700)
            {
                // Rare: finish the word on the general path, which expands presentation forms.
                var rest = Normalize(source[i..], destination[n..], NormalizationLevel.SearchKeepTaMarbuta);
                return rest < 0 ? -1 : n + rest;
            }

            var f = table[c];
            if (f != Drop)
            {
                destination[n++] = f;
            }
        }

        return n;
    }

    /// <summary>
    /// The <see cref="NormalizationLevel.Search"/> form of <paramref name="source"/> without its first
    /// <paramref name="from"/> and last <paramref name="cut"/> output units, written to the start of
    /// <paramref name="destination"/> (≥ 3× the source's length); 0 when nothing is left. The memo-hit step of
    /// stemming, where a word's stem plan is known: one pass instead of normalizing the host and then slicing it.
    /// Search differs from <see cref="NormalizationLevel.SearchKeepTaMarbuta"/> only by folding ة to ه, unit by unit,
    /// so this equals slicing the SearchKeepTaMarbuta form and folding ة afterwards.
    /// </summary>
    internal static int NormalizeStem(ReadOnlySpan<char> source, Span<char> destination, int from, int cut)
    {
        if (destination.Length < source.Length * 3)
        {
            throw new ArgumentException("needs 3 units per source unit", nameof(destination));
        }

        var table = SearchTable;
        // Output unit m − from goes to destination[m − from]; units before from are read and dropped. Every unit
        // below U+0700 folds to at most one unit, so m − from < source.Length ≤ destination.Length.
        var m = -from;
        ref var dest = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(destination);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c >= 0x0700)
            {
                // Rare (presentation forms expand): the general path, then slice.
                var n = Normalize(source, destination, NormalizationLevel.Search);
                var len = n - from - cut;
                if (n <= 0 || len <= 0)
                {
                    return 0;
                }

                destination.Slice(from, len).CopyTo(destination);
                return len;
            }

            var f = table[c];
            if (f == Drop)
            {
                continue;
            }

            if (m >= 0)
            {
                System.Runtime.CompilerServices.Unsafe.Add(ref dest, m) = f;
            }

            m++;
        }

        return Math.Max(m - cut, 0);
    }

    /// <summary>Most units one unit can normalize to: NFKC of the ligature ﷺ (U+FDFA) is 18.</summary>
    internal const int MaxExpansion = 18;

    /// <summary>Longest host <see cref="TryFoldPlainStem"/> and <see cref="TryStemPlainWord"/> take: two vectors of units.</summary>
    internal const int PlainMax = 16;

    /// <summary>
    /// <see cref="NormalizeStem"/> without a loop, for the common case: a host of at most <see cref="PlainMax"/> units,
    /// every one a plain Arabic letter (U+0621..U+064A but tatweel), each of which folds to exactly one unit, so the
    /// output's positions are the input's and the stem is the input from <paramref name="from"/> on, folded.
    /// <paramref name="source"/> is the host (its first <paramref name="length"/> units) followed by the rest of the
    /// text: whole vectors are read past the host's end and the lanes there ignored (and written past the stem's end,
    /// so <paramref name="destination"/> needs <see cref="PlainMax"/> units). Returns the stem's length, or −1 when the
    /// host is not all plain letters or too little text follows it; the caller then takes the scalar path. Per word,
    /// a loop's exit is a branch mispredicted about once a word, which cost more than the folding itself.
    /// </summary>
    internal static int TryFoldPlainStem(ReadOnlySpan<char> source, int length, Span<char> destination, int from, int cut)
    {
        if (!Vector128.IsHardwareAccelerated || (uint)length > PlainMax || source.Length < from + PlainMax
            || destination.Length < PlainMax)
        {
            return -1;
        }

        ref var s = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source));
        if (!AllPlain(ref s, length))
        {
            return -1;
        }

        return StoreFolded(ref s, destination, length, from, cut);
    }

    /// <summary>
    /// The light stem of a word that is one piece (no clitic split), for the same plain-letter case as
    /// <see cref="TryFoldPlainStem"/>: the article rules (و/ف + ب/ك/ل + ال, و/ف/ب/ك + ال, لل, ال, on the folded
    /// letters, as the stemmer's scalar path applies them) and the feminine ending ة, decided from the vector's first
    /// lanes and the last letter before anything is written. −1 sends the word to the scalar path: not all plain
    /// letters, too little text after it, or a possible plural ending (ت, ن), which needs the lexicon.
    /// </summary>
    internal static int TryStemPlainWord(ReadOnlySpan<char> source, int length, Span<char> destination)
    {
        if (!Vector128.IsHardwareAccelerated || (uint)(length - 1) >= PlainMax || source.Length < 4 + PlainMax
            || destination.Length < PlainMax)
        {
            return -1;
        }

        ref var s = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source));
        var last = Unsafe.Add(ref s, length - 1);
        if ((last == 'ت') | (last == 'ن') || !AllPlain(ref s, length))
        {
            return -1;
        }

        var from = 0;
        if (length >= 4)
        {
            var head = FoldPlain(Vector128.LoadUnsafe(ref s));
            var k0 = (char)head.GetElement(0);
            var k1 = (char)head.GetElement(1);
            var k2 = (char)head.GetElement(2);
            var k3 = (char)head.GetElement(3);
            if (length >= 5 && k0 is 'و' or 'ف' && k1 is 'ب' or 'ك' or 'ل' && k2 == 'ا' && k3 == 'ل')
            {
                from = 4;
            }
            else if (k0 is 'و' or 'ف' or 'ب' or 'ك' && k1 == 'ا' && k2 == 'ل')
            {
                from = 3;
            }
            else if ((k0 == 'ل' && k1 == 'ل') || (k0 == 'ا' && k1 == 'ل'))
            {
                from = 2;
            }
        }

        var cut = (length - from >= 3) & (last == 'ة') ? 1 : 0;
        return StoreFolded(ref s, destination, length, from, cut);
    }

    /// <summary>Folds the 16 units from <paramref name="from"/> into <paramref name="destination"/>; the stem's length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int StoreFolded(ref ushort s, Span<char> destination, int length, int from, int cut)
    {
        ref var d = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
        FoldPlain(Vector128.LoadUnsafe(ref s, (nuint)from)).StoreUnsafe(ref d);
        FoldPlain(Vector128.LoadUnsafe(ref s, (nuint)(from + 8))).StoreUnsafe(ref d, 8);
        return Math.Max(length - from - cut, 0);
    }

    /// <summary>True when units [0, length) at <paramref name="s"/> (16 readable) are all plain Arabic letters.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AllPlain(ref ushort s, int length)
    {
        var bad = NotPlain(Vector128.LoadUnsafe(ref s)).ExtractMostSignificantBits()
            | (NotPlain(Vector128.LoadUnsafe(ref s, 8)).ExtractMostSignificantBits() << 8);
        return (bad & ((1u << length) - 1)) == 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> NotPlain(Vector128<ushort> v) =>
        Vector128.GreaterThan(v - Vector128.Create((ushort)0x0621), Vector128.Create((ushort)(0x064A - 0x0621)))
        | Vector128.Equals(v, Vector128.Create((ushort)0x0640));

    /// <summary>The Search fold of plain letters, lane by lane (what <see cref="Fold"/> does to U+0621..U+064A).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> FoldPlain(Vector128<ushort> v)
    {
        var alef = Vector128.Equals(v, Vector128.Create((ushort)'\u0622')) | Vector128.Equals(v, Vector128.Create((ushort)'\u0623'))
            | Vector128.Equals(v, Vector128.Create((ushort)'\u0625'));
        var yeh = Vector128.Equals(v, Vector128.Create((ushort)'\u0626')) | Vector128.Equals(v, Vector128.Create((ushort)'\u0649'));
        v = Vector128.ConditionalSelect(alef, Vector128.Create((ushort)'\u0627'), v);
        v = Vector128.ConditionalSelect(yeh, Vector128.Create((ushort)'\u064A'), v);
        v = Vector128.ConditionalSelect(Vector128.Equals(v, Vector128.Create((ushort)'\u0624')), Vector128.Create((ushort)'\u0648'), v);
        return Vector128.ConditionalSelect(Vector128.Equals(v, Vector128.Create((ushort)'\u0629')), Vector128.Create((ushort)'\u0647'), v);
    }

    /// <summary>The <see cref="NormalizationLevel.SearchKeepTaMarbuta"/> fold of one unit, as <see cref="FoldSimple"/>.</summary>
    internal static char FoldKeepTaMarbuta(char c)
    {
        var f = c < 0x0700 ? SearchKeepTable[c] : Slow(c, NormalizationLevel.SearchKeepTaMarbuta);
        return f == Complex ? c : f;
    }

    /// <summary>The fold of one unit at <paramref name="level"/>: itself, another char, or '\uFFFF' when dropped.</summary>
    internal static char FoldSimple(char c, NormalizationLevel level)
    {
        var table = TableOf(level);
        var f = c < table.Length ? table[c] : Slow(c, level);
        return f == Complex ? c : f;
    }

    /// <summary>True for harakat, Quranic marks and tatweel: marks that sit inside a word.</summary>
    public static bool IsMark(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or >= '\u0610' and <= '\u061A'
            or >= '\u06D6' and <= '\u06DC' or >= '\u06DF' and <= '\u06E8' or >= '\u06EA' and <= '\u06ED';

    /// <summary>Zero-width and bidi control characters, soft hyphen and BOM: invisible, carry no text.</summary>
    public static bool IsInvisible(char c) =>
        c is >= '\u200B' and <= '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2060' and <= '\u2069'
            or '\uFEFF' or '\u061C' or '\u00AD';

    private static char[] TableOf(NormalizationLevel level) => level switch
    {
        NormalizationLevel.Display => DisplayTable,
        NormalizationLevel.Search => SearchTable,
        NormalizationLevel.SearchKeepTaMarbuta => SearchKeepTable,
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    private static void AppendFolded(StringBuilder sb, char c, NormalizationLevel level, char[] table)
    {
        var f = c < table.Length ? table[c] : Slow(c, level);
        if (f == Drop)
        {
            return;
        }

        if (f != Complex)
        {
            sb.Append(f);
            return;
        }

        foreach (var d in Expand(c, level))
        {
            sb.Append(d);
        }
    }

    private static char[] BuildTable(NormalizationLevel level)
    {
        var t = new char[0x0700];
        for (var c = 0; c < t.Length; c++)
        {
            t[c] = Fold((char)c, level);
        }

        return t;
    }

    private static char Slow(char c, NormalizationLevel level)
    {
        if (IsPresentationForm(c))
        {
            return Complex;
        }

        return Fold(c, level);
    }

    private static bool IsPresentationForm(char c) => c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFE';

    /// <summary>A presentation form through NFKC, each resulting unit folded again (so the result is a fixed point).</summary>
    private static IEnumerable<char> Expand(char c, NormalizationLevel level)
    {
        var s = c.ToString().Normalize(NormalizationForm.FormKC);
        foreach (var d in s)
        {
            if (d == ' ')
            {
                // NFKC of isolated harakat forms (U+FE70..) yields a space + mark; the space is not text.
                continue;
            }

            var f = Fold(d, level);
            if (f != Drop)
            {
                yield return f;
            }
        }
    }

    private static char Fold(char c, NormalizationLevel level)
    {
        if (IsInvisible(c) || c == '\u0640')
        {
            return Drop;
        }

        // Persian/Urdu letter variants are encoding accidents in Arabic text: fold at every level.
        switch (c)
        {
            case '\u06A9': return '\u0643'; // ک → ك
            case '\u06CC': return '\u064A'; // ی → ي
            case '\u06C1': return '\u0647'; // ہ → ه
        }

        if (level == NormalizationLevel.Display)
        {
            return c;
        }

        if (IsMark(c))
        {
            return Drop;
        }

        return c switch
        {
            '\u0623' or '\u0625' or '\u0622' or '\u0671' or '\u0672' or '\u0673' => '\u0627', // أ إ آ ٱ → ا
            '\u0649' => '\u064A', // ى → ي
            '\u0629' => level == NormalizationLevel.Search ? '\u0647' : c, // ة → ه
            '\u0624' => '\u0648', // ؤ → و
            '\u0626' => '\u064A', // ئ → ي
            >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
            >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
            '\u066B' => '.', // Arabic decimal separator
            '\u066C' => ',', // Arabic thousands separator
            >= 'A' and <= 'Z' => (char)(c + 32),
            _ => c < 0x80 ? c : char.IsUpper(c) && c < 0x250 ? char.ToLowerInvariant(c) : c,
        };
    }
}
