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

    public static string? Resolve(IReadOnlyList<Word> words, NewsDate? published, int trigger = -1)
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
                    // «أول أمس», «أول من أمس»: the day before yesterday.
                    return Iso(day.AddDays((i > 0 && words[i - 1].Key == "اول") || (i > 1 && words[i - 1].Key == "من" && ArabicWords.StripConjunction(words[i - 2].Key) is "اول") ? -2 : -1));
                case "اليوم" when next is not ("الذي" or "التالي" or "الاول"):
                    return Iso(day);
                case "غدا" or "غد":
                    return Iso(day.AddDays(1));
            }

            if (Vague.Contains(k) || (Periods.Contains(k) && next is "الماضي" or "الماضيه" or "الاخيره" or "الاخير" or "الماضيين" or "المقبل" or "المقبله" or "القادم"))
            {
                return null;
            }

            // Months and spans are another act's as often as this one's: only near the trigger.
            var near = trigger < 0 || (i >= trigger - 6 && i <= trigger + 9);

            // «منذ نوفمبر 2023», «منذ أشهر»: a span since then, not the day of the act.
            if (k is "منذ" && near)
            {
                return null;
            }

            // «في أيلول الماضي», «في نيسان 2023», «أيلول/سبتمبر 2024»: the month (ISO 8601 «YYYY-MM»).
            if (near && MonthOf(words, i) is var (month, width) && month > 0)
            {
                var j = i + width;
                if (j < words.Count && MonthOf(words, j) is var (same, width2) && same == month)
                {
                    j += width2;
                }

                var after = j < words.Count ? words[j].Key : string.Empty;
                // «في 21 يناير المقبل», «يوم 5 مارس 2024»: a day of the month before it makes a whole date.
                var dom = i > 0 && int.TryParse(words[i - 1].Key, NumberStyles.None, CultureInfo.InvariantCulture, out var d0) && d0 is >= 1 and <= 31 ? d0 : 0;
                if (after.Length == 4 && int.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1900 and < 2100)
                {
                    return WithDay(year, month, dom) ?? (year == day.Year && month == day.Month ? Iso(day) : new DateOnly(year, month, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture));
                }

                if (after is "الماضي" or "المنصرم")
                {
                    var y = month < day.Month || (month == day.Month && dom > 0 && dom < day.Day) ? day.Year : day.Year - 1;
                    return WithDay(y, month, dom) ?? new DateOnly(y, month, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
                }

                if (after is "المقبل" or "القادم")
                {
                    var y = month > day.Month || (month == day.Month && dom > day.Day) ? day.Year : day.Year + 1;
                    return WithDay(y, month, dom) ?? new DateOnly(y, month, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
                }

                if (dom > 0)
                {
                    // «في 3 نوفمبر»: with no year, the last such day on or before the publication day.
                    var y = month < day.Month || (month == day.Month && dom <= day.Day) ? day.Year : day.Year - 1;
                    return WithDay(y, month, dom);
                }
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

    /// <summary>Whether a resolved date («YYYY-MM-DD» or «YYYY-MM») lies wholly after the publication day.</summary>
    public static bool After(string? date, NewsDate? published)
    {
        if (date is null || published is not { } pub)
        {
            return false;
        }

        if (date.Length == 10 && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d > pub.Day;
        }

        return date.Length == 7 && DateOnly.TryParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)
            && m > new DateOnly(pub.Day.Year, pub.Day.Month, 1);
    }

    /// <summary>The date of day <paramref name="dom"/> of a month, or null when no day was written or no such day exists.</summary>
    private static string? WithDay(int year, int month, int dom) =>
        dom > 0 && dom <= DateTime.DaysInMonth(year, month) ? Iso(new DateOnly(year, month, dom)) : null;

    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>
    {
        ["يناير"] = 1, ["فبراير"] = 2, ["مارس"] = 3, ["ابريل"] = 4, ["مايو"] = 5, ["يونيو"] = 6, ["يوليو"] = 7, ["اغسطس"] = 8,
        ["سبتمبر"] = 9, ["اكتوبر"] = 10, ["نوفمبر"] = 11, ["ديسمبر"] = 12, ["شباط"] = 2, ["اذار"] = 3, ["نيسان"] = 4, ["ايار"] = 5,
        ["حزيران"] = 6, ["تموز"] = 7, ["اب"] = 8, ["ايلول"] = 9, ["جانفي"] = 1, ["فيفري"] = 2, ["افريل"] = 4, ["ماي"] = 5, ["جوان"] = 6,
        ["جويليه"] = 7, ["اوت"] = 8, ["يونيه"] = 6, ["يوليه"] = 7,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The month a word (or «كانون/تشرين» + «الأول/الثاني») names at <paramref name="i"/>, and how many words.</summary>
    private static (int Month, int Width) MonthOf(IReadOnlyList<Word> words, int i)
    {
        var k = ArabicWords.StripConjunction(words[i].Key).ToString();
        if (k.Length > 3 && k[0] is 'ب' or 'ل' or 'ف' && Months.ContainsKey(k[1..]))
        {
            k = k[1..];
        }

        if (Months.TryGetValue(k, out var m))
        {
            return (m, 1);
        }

        var next = i + 1 < words.Count ? words[i + 1].Key : string.Empty;
        return (k, next) switch
        {
            ("كانون", "الاول") => (12, 2),
            ("كانون", "الثاني") => (1, 2),
            ("تشرين", "الاول") => (10, 2),
            ("تشرين", "الثاني") => (11, 2),
            _ => (0, 0),
        };
    }
}
