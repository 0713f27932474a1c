using FsCheck;
using FsCheck.Fluent;

namespace Marsad.Arabic.Tests;

/// <summary>Strings drawn from what Arabic news text is made of, plus the awkward cases (marks, controls, ligatures).</summary>
public static class ArabicTextArbitrary
{
    private static readonly char[] Alphabet =
    [
        .. "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةٱ", .. "ًٌٍَُِّْٰـ", .. "٠١٢٣٤٥٦٧٨٩۰۱۲۳", .. "کیہ",
        .. "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u2066\u2069\uFEFF\u061C\u00AD",
        '\uFEFB', '\uFDF2', '\uFE8D', '\uFE8E', '\uFE70', '\uFC5E', '\uFDFA',
        .. "abcXYZ019 .,،؛؟!?…:\"«»()-/@#_\n\t", '\uD83D', '\uDE00',
    ];

    public static Arbitrary<string> Strings() =>
        Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars)).ToArbitrary();
}
