using System.Collections.Frozen;
using System.Globalization;
using Marsad.Analysis.Quotes;
using Marsad.Core;

namespace Marsad.Analysis.Events;

/// <summary>
/// The day of an event from the words of its sentence, resolved against the publication date: «أمس» is the day
/// before, «الأربعاء الماضي» the last Wednesday before, «يوم الأربعاء» the last Wednesday on or before it. Vague
/// spans («في الأيام الأخيرة», «مؤخرا», «الأسبوع الماضي») give no day at all rather than a wrong one; no time
/// expression gives the publication day (the contract's default); no publication date gives nothing.
/// </summary>
internal static class EventDates
{
    private static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>
    {
        ["الاحد"] = DayOfWeek.Sunday,
        ["الاثنين"] = DayOfWeek.Monday,
        ["الثلاثاء"] = DayOfWeek.Tuesday,
        ["الاربعاء"] = DayOfWeek.Wednesday,
        ["الخميس"] = DayOfWeek.Thursday,
        ["الجمعه"] = DayOfWeek.Friday,
        ["السبت"] = DayOfWeek.Saturday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Vague = new[] { "مؤخرا", "موخرا", "سابقا", "حاليا" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Periods that are vague after «الماضي/الأخيرة»: الأسبوع الماضي، الأيام الأخيرة، الشهر الماضي.</summary>
    private static readonly FrozenSet<string> Periods = new[]
    {
        "الاسبوع", "الايام", "الشهر", "العام", "الاسابيع", "الاشهر", "الشهور", "السنوات", "الفتره", "الساعات", "السنه",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string? Resolve(IReadOnlyList<Word> words, NewsDate? published)
    {
        if (published is not { } pub)
        {
            return null;
        }

        var day = pub.Day;
        for (var i = 0; i < words.Count; i++)
        {
            var k = ArabicWords.StripConjunction(words[i].Key).ToString();
            var next = i + 1 < words.Count ? words[i + 1].Key : string.Empty;
            switch (k)
            {
                case "امس" or "بالامس":
                    return Iso(day.AddDays(i > 0 && words[i - 1].Key == "اول" ? -2 : -1));
                case "اليوم" when next is not ("الذي" or "التالي" or "الاول"):
                    return Iso(day);
                case "غدا" or "غد":
                    return Iso(day.AddDays(1));
            }

            if (Vague.Contains(k) || (Periods.Contains(k) && next is "الماضي" or "الماضيه" or "الاخيره" or "الاخير" or "الماضيين" or "المقبل" or "المقبله" or "القادم"))
            {
                return null;
            }

            if (Weekdays.TryGetValue(k, out var dow) && !(i > 0 && ArabicWords.StripConjunction(words[i - 1].Key).ToString() is "سوق" or "لسوق" or "بسوق" or "حي" or "مسجد" or "جامع" or "شارع"))
            {
                // «المجلس الاجتماعي لسوق الجمعة»: a weekday in a place's name is no date.
                if (next is "المقبل" or "القادم")
                {
                    var ahead = ((int)dow - (int)day.DayOfWeek + 7) % 7;
                    return Iso(day.AddDays(ahead == 0 ? 7 : ahead));
                }

                var back = ((int)day.DayOfWeek - (int)dow + 7) % 7;
                if (next is "الماضي" && back == 0)
                {
                    back = 7;
                }

                return Iso(day.AddDays(-back));
            }
        }

        return Iso(day);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
