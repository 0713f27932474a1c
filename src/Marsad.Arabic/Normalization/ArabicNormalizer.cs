using System.Text;

namespace Marsad.Arabic;

/// <summary>How far to normalize.</summary>
public enum NormalizationLevel
{
    /// <summary>Light: removes tatweel, zero-width and bidi controls, presentation forms; keeps letters as written.</summary>
    Display,

    /// <summary>For search and matching: also folds alef/hamza forms, ى→ي, ة→ه, harakat, digits to ASCII.</summary>
    Search,
}

/// <summary>
/// Arabic normalization. FIRST CUT (foundation): the Arabic core issue replaces the internals, keeping these signatures.
/// </summary>
public static class ArabicNormalizer
{
    public static string Normalize(string text, NormalizationLevel level = NormalizationLevel.Search)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\u0640' || c is >= '\u200B' and <= '\u200F' || c is >= '\u202A' and <= '\u202E' || c == '\uFEFF')
            {
                continue;
            }

            if (level == NormalizationLevel.Search)
            {
                if (c is >= '\u064B' and <= '\u065F' || c == '\u0670')
                {
                    continue;
                }

                sb.Append(c switch
                {
                    'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                    'ى' => 'ي',
                    'ة' => 'ه',
                    'ؤ' => 'و',
                    'ئ' => 'ي',
                    >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                    >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                    _ => char.ToLowerInvariant(c),
                });
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
