using System.Globalization;
using Marsad.Core;

namespace Marsad.Arabic.Dates;

/// <summary>How a date was written.</summary>
public enum DateMatchKind
{
    /// <summary>Day, month name and year («5 سبتمبر 2024», «أيلول/سبتمبر», "September 5, 2024").</summary>
    Gregorian,

    /// <summary>All digits (05/09/2024, 2024-09-05).</summary>
    Numeric,

    /// <summary>A Hijri date («6 ذو الحجة 1445 هـ», «1445/12/6هـ»), converted to the Gregorian day.</summary>
    Hijri,

    /// <summary>Relative to a reference time («منذ 3 ساعات», «أمس», «الأربعاء الماضي»).</summary>
    Relative,
}

/// <summary>A date found in text: where (UTF-16 offsets into the scanned string), what, and how it was written.</summary>
public readonly record struct DateMatch(int Start, int Length, NewsDate Date, DateMatchKind Kind, bool HasWeekday = false)
{
    public int End => Start + Length;

    public DatePrecision Precision => Date.Precision;
}

/// <summary>Settings of a date scan.</summary>
public sealed record DateScanOptions
{
    public static readonly DateScanOptions Default = new();

    /// <summary>"Now" for relative expressions («منذ 3 ساعات», «أمس»); without it they are not dates (never guessed).</summary>
    public DateTime? ReferenceTime { get; init; }

    /// <summary>Whether <see cref="ReferenceTime"/> carries a time of day (else hour/minute offsets are not resolved).</summary>
    public bool ReferenceHasTime { get; init; } = true;

    /// <summary>Read ambiguous numeric dates (both parts ≤ 12) month first, as US pages do; the Arab world writes day first.</summary>
    public bool MonthFirst { get; init; }

    /// <summary>Resolve bare and «الماضي/المقبل» weekdays against <see cref="ReferenceTime"/> (event dates, not page dates).</summary>
    public bool ResolveWeekdays { get; init; }

    public int MinYear { get; init; } = 1900;

    public int MaxYear { get; init; } = 2100;
}

/// <summary>
/// Finds dates written in Arabic (and European-language) news text: every regional Gregorian month name, Hijri dates,
/// numeric forms, weekdays, times with «ص/م», and relative expressions. A hand-written scanner over tokens: linear time,
/// no regular expressions. Unknown is null: nothing is completed or guessed (no year, no day: no date).
/// </summary>
public static class ArabicDates
{
    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly HijriCalendar Hijri = new();

    /// <summary>All dates in <paramref name="text"/>, in order, non-overlapping.</summary>
    public static IReadOnlyList<DateMatch> FindAll(string text, DateScanOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scanner = new Scanner(text, options ?? DateScanOptions.Default);
        return scanner.Run(int.MaxValue);
    }

    /// <summary>The first date in <paramref name="text"/>, or null.</summary>
    public static DateMatch? FindFirst(string text, DateScanOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new Scanner(text, options ?? DateScanOptions.Default).Run(1);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>The date of a short field (a meta value, a date line), or null when it holds none.</summary>
    public static NewsDate? Parse(string? text, DateScanOptions? options = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return FindFirst(text, options)?.Date;
    }

    /// <summary>One scan: the tokens, and times found so far (a time may precede its date).</summary>
    private sealed class Scanner(string text, DateScanOptions options)
    {
        private readonly List<DateToken> tokens = DateTokenizer.Tokenize(text);

        /// <summary>A time found inside the date itself (ctime layout "Sun Nov 23 16:00:00 EDT 2014").</summary>
        private TimeOfDay? innerTime;

        public List<DateMatch> Run(int max)
        {
            var found = new List<DateMatch>();
            var i = 0;
            var consumedUntil = 0;
            while (i < tokens.Count && found.Count < max)
            {
                if (TryMatch(i, consumedUntil, out var match, out var next))
                {
                    if (match.Kind == DateMatchKind.Hijri && PairedGregorian(match, next) is { } pair)
                    {
                        (match, next) = pair;
                    }

                    found.Add(match);
                    i = next;
                    consumedUntil = next;
                }
                else
                {
                    i++;
                }
            }

            return found;
        }

        /// <summary>
        /// «12 ربيع الآخر 1446 هـ - 16 أكتوبر 2024 م», «6 ذو الحجة 1445 هـ الموافق 12 يونيو 2024»: a Hijri date given
        /// with its Gregorian day is one date, and the Gregorian day is the one the page states (a Hijri day depends on
        /// the calendar used). The match spans both; its date is the Gregorian one.
        /// </summary>
        private (DateMatch Match, int Next)? PairedGregorian(DateMatch hijri, int from)
        {
            for (var j = from; j < tokens.Count && tokens[j].Start - hijri.End <= 24; j++)
            {
                if (!TryMatch(j, from, out var second, out var after))
                {
                    continue;
                }

                if (second.Kind is not (DateMatchKind.Gregorian or DateMatchKind.Numeric) || second.Start < hijri.End)
                {
                    return null;
                }

                var gap = new string(text.AsSpan(hijri.End, second.Start - hijri.End).ToString()
                    .Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '–' or '—' or '،' or ',' or '/' or '|' or '(' or ')' or 'ـ' or ':' or '.')).ToArray());
                if (gap is not ("" or "م" or "الموافق" or "الموافقل" or "الموافق،" or "مالموافق"))
                {
                    return null;
                }

                var merged = new DateMatch(hijri.Start, second.End - hijri.Start, second.Date, second.Kind, hijri.HasWeekday || second.HasWeekday);
                return (merged, after);
            }

            return null;
        }

        private DateToken T(int i) => i < tokens.Count ? tokens[i] : default;

        private bool Has(int i) => i < tokens.Count;

        private ReadOnlySpan<char> TextOf(int i) => text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);

        private bool TryMatch(int i, int floor, out DateMatch match, out int next)
        {
            match = default;
            next = i;
            innerTime = null;
            if (TryAbsolute(i, out var s, out var e, out var y, out var m, out var d, out var kind, out var weekday))
            {
                var hasWeekday = false;
                var start = s;
                if (FindWeekdayBefore(s, floor, out var wdStart, out var wd))
                {
                    hasWeekday = true;
                    start = wdStart;
                    weekday ??= wd;
                }

                if (!ToDate(kind, y, m, d, weekday, out var date, out var dateKind))
                {
                    return false;
                }

                var end = e;
                var time = innerTime;
                if (time is not null)
                {
                    // Already inside the date.
                }
                else if (TryTimeAfter(e, out time, out var timeEnd))
                {
                    end = timeEnd;
                }
                else if (TryTimeBefore(start, floor, out time, out var timeStart))
                {
                    start = timeStart;
                }

                match = Make(start, end, Combine(date, time), dateKind, hasWeekday);
                next = end;
                return true;
            }

            if (options.ReferenceTime is { } reference && TryRelative(i, reference, out match, out next))
            {
                return true;
            }

            return false;
        }

        private DateMatch Make(int startToken, int endToken, NewsDate date, DateMatchKind kind, bool weekday)
        {
            var start = tokens[startToken].Start;
            var end = tokens[endToken - 1].End;
            return new DateMatch(start, end - start, date, kind, weekday);
        }

        private static NewsDate Combine(DateTime day, TimeOfDay? time) => time is { } t
            ? new NewsDate(day.Date + t.Time, DatePrecision.Minute, t.Offset)
            : new NewsDate(day.Date, DatePrecision.Day);

        // ---- absolute dates -------------------------------------------------------------------------------------

        private enum Shape
        {
            DayMonthYear,
            MonthDayYear,
            YearMonthDay,
            NumericAmbiguous,
        }

        private readonly record struct RawKind(Shape Shape, bool HijriMonth, bool HijriEra, bool NumericSeparatorDot);

        private bool TryAbsolute(int i, out int s, out int e, out int y, out int m, out int d, out RawKind kind, out DayOfWeek? weekday)
        {
            s = i;
            e = i;
            y = m = d = 0;
            kind = default;
            weekday = null;
            var t = tokens[i];
            if (t.Kind == DateTokenKind.Number)
            {
                return TryNumeric(i, out e, out y, out m, out d, out kind)
                    || TryDayMonthYear(i, out e, out y, out m, out d, out kind)
                    || TryCjk(i, out e, out y, out m, out d, out kind);
            }

            if (t.Kind == DateTokenKind.Word && t.Word is DateWord.Month or DateWord.MonthHead)
            {
                return TryMonthDayYear(i, out e, out y, out m, out d, out kind);
            }

            return false;
        }

        /// <summary>«5 سبتمبر 2024», «5/سبتمبر/2024», «5 أيلول (سبتمبر) 2024», «6 ذو الحجة 1445 هـ», "5th September 2024", "5. September 2024".</summary>
        private bool TryDayMonthYear(int i, out int e, out int y, out int m, out int d, out RawKind kind)
        {
            e = i;
            y = m = 0;
            kind = default;
            d = tokens[i].Value;
            if (!tokens[i].IsNumber(2, 1, 31))
            {
                return false;
            }

            var j = i + 1;
            if (Has(j) && T(j).Word == DateWord.Ordinal && !T(j).Spaced)
            {
                j++;
            }

            if (Has(j) && (T(j).IsPunct('/') || T(j).IsPunct('-') || T(j).IsPunct('.') || T(j).IsPunct(',') || T(j).Word == DateWord.Of))
            {
                j++;
                if (Has(j) && T(j).Word == DateWord.Of)
                {
                    j++;
                }
            }

            if (!TryMonth(j, out m, out var hijriMonth, out j))
            {
                return false;
            }

            // "19. Okt. 2014": the abbreviation's dot.
            if (Has(j + 1) && T(j).IsPunct('.') && !T(j).Spaced && T(j + 1).Kind == DateTokenKind.Number && T(j + 1).Digits == 4)
            {
                j++;
            }

            if (Has(j) && (T(j).IsPunct('/') || T(j).IsPunct('-') || T(j).IsPunct('.') || T(j).IsPunct(',') || T(j).IsPunct('،') || T(j).Word == DateWord.Of))
            {
                j++;
            }

            if (!T(j).IsNumber(4, 1000, 9999) || T(j).Digits != 4 || (Has(j + 1) && T(j + 1).IsPunct(':')))
            {
                return false;
            }

            y = T(j).Value;
            j++;
            var hijriEra = EraAfter(ref j);
            e = j;
            kind = new RawKind(Shape.DayMonthYear, hijriMonth, hijriEra, false);
            return true;
        }

        /// <summary>"September 5, 2024", «سبتمبر 5، 2024», "Sep. 5th 2024", "Sun Nov 23 16:00:00 EDT 2014".</summary>
        private bool TryMonthDayYear(int i, out int e, out int y, out int m, out int d, out RawKind kind)
        {
            e = i;
            y = d = 0;
            kind = default;
            if (!TryMonth(i, out m, out var hijriMonth, out var j) || hijriMonth)
            {
                return false;
            }

            if (Has(j) && T(j).IsPunct('.'))
            {
                j++;
            }

            if (!T(j).IsNumber(2, 1, 31))
            {
                return false;
            }

            d = T(j).Value;
            j++;
            if (Has(j) && T(j).Word == DateWord.Ordinal && !T(j).Spaced)
            {
                j++;
            }

            if (Has(j) && (T(j).IsPunct(',') || T(j).IsPunct('،')))
            {
                j++;
            }

            if (T(j).IsNumber(4, 1000, 9999) && T(j).Digits == 4 && !(Has(j + 1) && T(j + 1).IsPunct(':')))
            {
                y = T(j).Value;
                j++;
                e = j;
                kind = new RawKind(Shape.MonthDayYear, false, EraAfter(ref j), false);
                e = j;
                return true;
            }

            // ctime layout: the time sits between the day and the year.
            if (TryTime(j, out var inner, out var k))
            {
                if (Has(k) && T(k).Kind == DateTokenKind.Word && T(k).End - T(k).Start <= 5)
                {
                    k++;
                }

                if (T(k).IsNumber(4, 1900, 2100) && T(k).Digits == 4)
                {
                    y = T(k).Value;
                    e = k + 1;
                    kind = new RawKind(Shape.MonthDayYear, false, false, false);
                    innerTime = inner;
                    return true;
                }
            }

            return false;
        }

        /// <summary>2014年7月19日, 2020년 6월 3일.</summary>
        private bool TryCjk(int i, out int e, out int y, out int m, out int d, out RawKind kind)
        {
            e = i;
            y = m = d = 0;
            kind = default;
            if (!Has(i + 5) || tokens[i].Digits != 4 || T(i + 1).Word != DateWord.CjkMarker || T(i + 1).WordValue != 1
                || T(i + 2).Kind != DateTokenKind.Number || T(i + 3).Word != DateWord.CjkMarker || T(i + 3).WordValue != 2
                || T(i + 4).Kind != DateTokenKind.Number || T(i + 5).Word != DateWord.CjkMarker || T(i + 5).WordValue != 3)
            {
                return false;
            }

            y = tokens[i].Value;
            m = T(i + 2).Value;
            d = T(i + 4).Value;
            e = i + 6;
            kind = new RawKind(Shape.YearMonthDay, false, false, false);
            return true;
        }

        /// <summary>05/09/2024, 2024-09-05, 05.09.2024, «1445/12/6هـ».</summary>
        private bool TryNumeric(int i, out int e, out int y, out int m, out int d, out RawKind kind)
        {
            e = i;
            y = m = d = 0;
            kind = default;
            if (!Has(i + 4))
            {
                return false;
            }

            var a = tokens[i];
            var sep = T(i + 1);
            var b = T(i + 2);
            var sep2 = T(i + 3);
            var c = T(i + 4);
            if (sep.Kind != DateTokenKind.Punct || sep.Value is not ('/' or '-' or '.' or '\\') || !sep2.IsPunct((char)sep.Value)
                || b.Kind != DateTokenKind.Number || c.Kind != DateTokenKind.Number || b.Digits > 2)
            {
                return false;
            }

            // Part of a longer dotted/dashed run (version numbers, IP addresses, phone numbers): not a date.
            if ((Has(i + 5) && T(i + 5).IsPunct((char)sep.Value) && T(i + 6).Kind == DateTokenKind.Number)
                || (i >= 2 && tokens[i - 1].IsPunct((char)sep.Value) && !tokens[i - 1].Spaced && tokens[i - 2].Kind == DateTokenKind.Number))
            {
                return false;
            }

            var j = i + 5;
            if (a.Digits == 4 && c.Digits <= 2)
            {
                y = a.Value;
                m = b.Value;
                d = c.Value;
                var hijriEra = EraAfter(ref j);
                e = j;
                kind = new RawKind(Shape.YearMonthDay, false, hijriEra, false);
                return true;
            }

            if (a.Digits <= 2 && c.Digits == 4 && !(Has(j) && T(j).IsPunct(':') && !T(j).Spaced))
            {
                d = a.Value;
                m = b.Value;
                y = c.Value;
                var hijriEra = EraAfter(ref j);
                e = j;
                kind = new RawKind(Shape.NumericAmbiguous, false, hijriEra, sep.Value == '.');
                return true;
            }

            // Two-digit years (19.07.14, 5/9/24): common on European and US pages; read as the nearest past century.
            if (a.Digits <= 2 && c.Digits == 2 && sep.Value is '.' or '/' && (sep.Value == '/' || (a.Digits == 2 && b.Digits == 2))
                && !(Has(j) && (T(j).IsPunct(':') || T(j).IsPunct('/') || T(j).IsPunct('.')) && !T(j).Spaced && T(j + 1).Kind == DateTokenKind.Number))
            {
                d = a.Value;
                m = b.Value;
                y = 2000 + c.Value <= DateTime.UtcNow.Year + 1 ? 2000 + c.Value : 1900 + c.Value;
                e = j;
                kind = new RawKind(Shape.NumericAmbiguous, false, false, sep.Value == '.');
                return true;
            }

            return false;
        }

        /// <summary>A month name at <paramref name="j"/>, possibly doubled («أيلول/سبتمبر», «أيلول (سبتمبر)») or bracketed.</summary>
        private bool TryMonth(int j, out int month, out bool hijri, out int next)
        {
            month = 0;
            hijri = false;
            next = j;
            if (!Has(j))
            {
                return false;
            }

            if (T(j).IsPunct('(') && TryMonthName(j + 1, out month, out hijri, out var inner) && T(inner).IsPunct(')'))
            {
                next = inner + 1;
                return true;
            }

            if (!TryMonthName(j, out month, out hijri, out next))
            {
                return false;
            }

            // A second name for the same month: «أيلول/سبتمبر», «أيلول (سبتمبر)», «سبتمبر - أيلول».
            if (Has(next) && (T(next).IsPunct('/') || T(next).IsPunct('(') || T(next).IsPunct('-')) && TryMonthName(next + 1, out var other, out var otherHijri, out var after))
            {
                if (other != month || otherHijri != hijri)
                {
                    return false;
                }

                next = T(next).IsPunct('(') ? (T(after).IsPunct(')') ? after + 1 : after) : after;
            }

            return true;
        }

        private bool TryMonthName(int j, out int month, out bool hijri, out int next)
        {
            month = 0;
            hijri = false;
            next = j;
            if (!Has(j) || T(j).Kind != DateTokenKind.Word)
            {
                return false;
            }

            var t = T(j);
            if (t.Word is DateWord.Month or DateWord.HijriMonth)
            {
                month = t.WordValue;
                hijri = t.Word == DateWord.HijriMonth;
                next = j + 1;
                return true;
            }

            if (t.Word == DateWord.MonthHead && Has(j + 1) && T(j + 1).Kind == DateTokenKind.Word)
            {
                var (word, value) = DateLexicon.LookupPair(TextOf(j), TextOf(j + 1));
                if (word is DateWord.Month or DateWord.HijriMonth)
                {
                    month = value;
                    hijri = word == DateWord.HijriMonth;
                    next = j + 2;
                    return true;
                }
            }

            return false;
        }

        /// <summary>Consumes «م»/«ميلادي» or «هـ»/«هجري» after a year; true when the year is marked Hijri.</summary>
        private bool EraAfter(ref int j)
        {
            if (!Has(j))
            {
                return false;
            }

            if (T(j).Word == DateWord.HijriEra)
            {
                j++;
                return true;
            }

            // «2024م» but not the «م» (PM) of a following time: an era letter sits right after the year.
            if (T(j).Word == DateWord.GregorianEra && (!T(j).Spaced || T(j).End - T(j).Start > 1 || !(Has(j + 1) && T(j + 1).Kind == DateTokenKind.Number)))
            {
                j++;
            }

            return false;
        }

        private bool ToDate(RawKind raw, int y, int m, int d, DayOfWeek? weekday, out DateTime date, out DateMatchKind kind)
        {
            date = default;
            kind = DateMatchKind.Gregorian;
            var numeric = raw.Shape is Shape.YearMonthDay or Shape.NumericAmbiguous;
            var hijri = raw.HijriMonth || raw.HijriEra || (numeric && y is >= 1300 and <= 1500);
            if (hijri)
            {
                kind = DateMatchKind.Hijri;
                if (raw.Shape == Shape.NumericAmbiguous && m > 12)
                {
                    return false;
                }

                return TryHijri(y, m, d, out date);
            }

            kind = numeric ? DateMatchKind.Numeric : DateMatchKind.Gregorian;
            if (y < options.MinYear || y > options.MaxYear)
            {
                return false;
            }

            if (raw.Shape == Shape.NumericAmbiguous)
            {
                // d and m hold the first and second numbers; decide which is the month.
                var first = d;
                var second = m;
                var dayFirst = TryGregorian(y, second, first, out var dmy);
                var mdy = default(DateTime);
                var monthFirst = !raw.NumericSeparatorDot && TryGregorian(y, first, second, out mdy);
                if (dayFirst && monthFirst)
                {
                    if (first == second)
                    {
                        date = dmy;
                        return true;
                    }

                    if (weekday is { } w && (dmy.DayOfWeek == w) != (mdy.DayOfWeek == w))
                    {
                        date = dmy.DayOfWeek == w ? dmy : mdy;
                        return true;
                    }

                    date = options.MonthFirst ? mdy : dmy;
                    return true;
                }

                if (dayFirst)
                {
                    date = dmy;
                    return true;
                }

                if (monthFirst)
                {
                    date = mdy;
                    return true;
                }

                return false;
            }

            return TryGregorian(y, m, d, out date);
        }

        private static bool TryGregorian(int y, int m, int d, out DateTime date)
        {
            date = default;
            if (y is < 1 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
            {
                return false;
            }

            date = new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Unspecified);
            return true;
        }

        /// <summary>Um al-Qura first (Saudi official, used by most Gulf outlets), the tabular Hijri calendar when a day is outside it.</summary>
        private static bool TryHijri(int y, int m, int d, out DateTime date)
        {
            date = default;
            if (m is < 1 or > 12 || d is < 1 or > 30)
            {
                return false;
            }

            foreach (Calendar cal in (ReadOnlySpan<Calendar>)[UmAlQura, Hijri])
            {
                if (cal == UmAlQura && y is < 1318 or > 1500)
                {
                    continue;
                }

                try
                {
                    if (d <= cal.GetDaysInMonth(y, m))
                    {
                        date = cal.ToDateTime(y, m, d, 0, 0, 0, 0);
                        return true;
                    }
                }
                catch (ArgumentOutOfRangeException)
                {
                    // Year outside this calendar's supported range: try the next one.
                }
            }

            return false;
        }

        // ---- weekday and time ----------------------------------------------------------------------------------

        private bool FindWeekdayBefore(int s, int floor, out int start, out DayOfWeek weekday)
        {
            start = s;
            weekday = default;
            var k = s - 1;
            if (k >= floor && (T(k).IsPunct(',') || T(k).IsPunct('،') || T(k).IsPunct('-') || T(k).IsPunct('|') || T(k).Word == DateWord.Corresponding))
            {
                k--;
            }

            if (k < floor || k < 0 || T(k).Word != DateWord.Weekday)
            {
                return false;
            }

            weekday = (DayOfWeek)T(k).WordValue;
            start = k;
            if (k - 1 >= floor && T(k - 1).Word == DateWord.DayWord)
            {
                start = k - 1;
            }

            return true;
        }

        private readonly record struct TimeOfDay(TimeSpan Time, TimeSpan? Offset);

        private bool IsGap(int k) => Has(k) && (T(k).Word is DateWord.At or DateWord.IsoT
            || (T(k).Kind == DateTokenKind.Punct && T(k).Value is ',' or '،' or '-' or '–' or '—' or '|' or '(' or '•' or '·' or '@' or '/' or '['));

        private bool TryTimeAfter(int e, out TimeOfDay? time, out int end)
        {
            time = null;
            end = e;
            var k = e;
            for (var gaps = 0; gaps <= 3 && Has(k); gaps++)
            {
                if (TryTime(k, out var found, out end))
                {
                    time = found;
                    return true;
                }

                if (!IsGap(k))
                {
                    return false;
                }

                k++;
            }

            return false;
        }

        /// <summary>A time written just before its date («11:40 ص - الخميس 5 سبتمبر 2024»).</summary>
        private bool TryTimeBefore(int start, int floor, out TimeOfDay? time, out int timeStart)
        {
            time = null;
            timeStart = start;
            var k = start - 1;
            for (var gaps = 0; gaps <= 3 && k >= floor; gaps++)
            {
                // A time ends in a number, an AM/PM word or a zone: try starts a few tokens back.
                for (var back = 2; back <= 8 && k - back >= floor; back++)
                {
                    // «نُشر: 18:20-12 يونيو 2025»: the dash before the day is no zone offset («-12»).
                    if ((TryTime(k - back, out var found, out var end) && end == k + 1)
                        || (TryTime(k - back, out found, out end, offsets: false) && end == k + 1))
                    {
                        time = found;
                        timeStart = k - back;
                        return true;
                    }
                }

                if (!IsGap(k))
                {
                    return false;
                }

                k--;
            }

            return false;
        }

        /// <summary>11:40, 23:40:05, 11:40 م, 11:40 PM, 11:40:00+03:00, 11:40Z, 11:40 GMT+3.</summary>
        private bool TryTime(int k, out TimeOfDay time, out int end, bool offsets = true)
        {
            time = default;
            end = k;
            if (!T(k).IsNumber(2, 0, 24) || !T(k + 1).IsPunct(':') || !T(k + 2).IsNumber(2, 0, 59) || T(k + 2).Digits != 2 || !Has(k + 2))
            {
                return false;
            }

            var h = T(k).Value;
            var min = T(k + 2).Value;
            var sec = 0;
            var j = k + 3;
            if (T(j).IsPunct(':') && T(j + 1).IsNumber(2, 0, 60) && T(j + 1).Digits == 2 && Has(j + 1))
            {
                sec = Math.Min(T(j + 1).Value, 59);
                j += 2;
                if (T(j).IsPunct('.') && !T(j).Spaced && T(j + 1).Kind == DateTokenKind.Number && !T(j + 1).Spaced && Has(j + 1))
                {
                    j += 2;
                }
            }

            if (Has(j) && T(j).Word is DateWord.Am or DateWord.Pm or DateWord.Night or DateWord.GregorianEra)
            {
                var w = T(j).Word;
                if (w == DateWord.GregorianEra && T(j).End - T(j).Start != 1)
                {
                    w = DateWord.None;
                }

                if (w != DateWord.None)
                {
                    if (h > 12)
                    {
                        // «23:40 م» is redundant, not a contradiction.
                    }
                    else if (w == DateWord.Am)
                    {
                        h = h == 12 ? 0 : h;
                    }
                    else if (w is DateWord.Pm or DateWord.GregorianEra)
                    {
                        h = h == 12 ? 12 : h + 12;
                    }
                    else if (h >= 6)
                    {
                        h = h == 12 ? 0 : h + 12;
                    }

                    j++;
                }
            }

            if (h > 23)
            {
                return false;
            }

            TimeSpan? offset = null;
            if (Has(j) && T(j).Word == DateWord.Utc)
            {
                offset = TimeSpan.Zero;
                j++;
                if (TryOffset(j, out var o, out var oe))
                {
                    offset = o;
                    j = oe;
                }
            }
            else if (offsets && !T(j).Spaced && TryOffset(j, out var o, out var oe))
            {
                offset = o;
                j = oe;
            }
            else if (offsets && ZoneAfter(j) is var (minutes, zoneEnd) && zoneEnd > j)
            {
                // «18:20 (توقيت مكة)», «14:22 (بتوقيت غرينتش)», «11:05 (مكة المكرمة)».
                offset = TimeSpan.FromMinutes(minutes);
                j = zoneEnd;
            }

            time = new TimeOfDay(new TimeSpan(h, min, sec), offset);
            end = j;
            return true;
        }

        /// <summary>An Arabic zone after a time, perhaps in brackets and after «توقيت»: its offset and the token after it.</summary>
        private (int Minutes, int End) ZoneAfter(int j)
        {
            var k = j;
            var bracket = Has(k) && T(k).IsPunct('(');
            if (bracket)
            {
                k++;
            }

            if (Has(k) && T(k).Word == DateWord.ZoneCue)
            {
                k++;
            }

            if (!Has(k) || T(k).Word != DateWord.Zone)
            {
                return (0, j);
            }

            var minutes = T(k).WordValue;
            k++;
            if (bracket && Has(k) && T(k).Kind == DateTokenKind.Word && T(k).Word == DateWord.None && Has(k + 1) && T(k + 1).IsPunct(')'))
            {
                k++; // «(مكة المكرمة)»
            }

            if (bracket && Has(k) && T(k).IsPunct(')'))
            {
                k++;
            }

            return (minutes, k);
        }

        /// <summary>+03:00, -0500, +3.</summary>
        private bool TryOffset(int j, out TimeSpan offset, out int end)
        {
            offset = default;
            end = j;
            if (!Has(j + 1) || !(T(j).IsPunct('+') || T(j).IsPunct('-')) || T(j + 1).Kind != DateTokenKind.Number || T(j + 1).Spaced)
            {
                return false;
            }

            var sign = T(j).IsPunct('-') ? -1 : 1;
            var n = T(j + 1);
            int hours, minutes = 0;
            end = j + 2;
            if (n.Digits == 4)
            {
                hours = n.Value / 100;
                minutes = n.Value % 100;
            }
            else if (n.Digits <= 2)
            {
                hours = n.Value;
                if (T(j + 2).IsPunct(':') && T(j + 3).IsNumber(2, 0, 59) && Has(j + 3))
                {
                    minutes = T(j + 3).Value;
                    end = j + 4;
                }
            }
            else
            {
                return false;
            }

            if (hours > 14 || minutes > 59)
            {
                return false;
            }

            offset = sign * new TimeSpan(hours, minutes, 0);
            return true;
        }

        // ---- relative expressions --------------------------------------------------------------------------------

        private bool TryRelative(int i, DateTime reference, out DateMatch match, out int next)
        {
            match = default;
            next = i;
            var t = tokens[i];

            // «منذ 3 ساعات», «قبل ساعتين», «منذ ثلاثة أيام», «منذ يوم».
            if (t.Word == DateWord.Since && TryAmount(i + 1, out var count, out var unit, out var end))
            {
                return Relative(i, end, reference, count, unit, out match, out next);
            }

            // "3 hours ago", "an hour ago".
            if (t.Kind == DateTokenKind.Number || t.Word == DateWord.NumberWord)
            {
                if (TryAmount(i, out count, out unit, out end) && T(end).Word == DateWord.Ago && Has(end))
                {
                    return Relative(i, end + 1, reference, count, unit, out match, out next);
                }

                return false;
            }

            if (t.Kind != DateTokenKind.Word)
            {
                return false;
            }

            // «أمس», «اليوم», «غدا», «أول أمس», «أمس الأول», «بعد غد», optionally with a time.
            var offsetDays = int.MinValue;
            var j = i;
            if (Has(i + 1) && T(i + 1).Kind == DateTokenKind.Word && (t.Word is DateWord.DayOffset or DateWord.First || TextOf(i) is "بعد"))
            {
                var (word, value) = DateLexicon.LookupPair(TextOf(i), TextOf(i + 1));
                if (word == DateWord.DayOffset)
                {
                    offsetDays = value - 2;
                    j = i + 2;
                }
            }

            if (offsetDays == int.MinValue && t.Word == DateWord.DayOffset)
            {
                offsetDays = t.WordValue - 2;
                j = i + 1;
            }

            if (offsetDays != int.MinValue)
            {
                var day = reference.Date.AddDays(offsetDays);
                if (TryTimeAfter(j, out var time, out var timeEnd) && time is { } tod && timeEnd - j <= 6)
                {
                    match = Make(i, timeEnd, new NewsDate(day + tod.Time, DatePrecision.Minute, tod.Offset), DateMatchKind.Relative, false);
                    next = timeEnd;
                    return true;
                }

                match = Make(i, j, new NewsDate(day, DatePrecision.Day), DateMatchKind.Relative, false);
                next = j;
                return true;
            }

            // «الأربعاء الماضي», «يوم الخميس», «الجمعة المقبلة»: only for event dating, relative to the article's date.
            if (options.ResolveWeekdays && (t.Word == DateWord.Weekday || (t.Word == DateWord.DayWord && T(i + 1).Word == DateWord.Weekday && Has(i + 1))))
            {
                var w = t.Word == DateWord.Weekday ? i : i + 1;
                var target = (DayOfWeek)T(w).WordValue;
                var anchor = reference.Date;
                var back = ((int)anchor.DayOfWeek - (int)target + 7) % 7;
                DateTime day;
                end = w + 1;
                if (Has(end) && T(end).Word == DateWord.Last)
                {
                    day = anchor.AddDays(back == 0 ? -7 : -back);
                    end++;
                }
                else if (Has(end) && T(end).Word == DateWord.Next)
                {
                    var ahead = ((int)target - (int)anchor.DayOfWeek + 7) % 7;
                    day = anchor.AddDays(ahead == 0 ? 7 : ahead);
                    end++;
                }
                else
                {
                    // News reports the past: a bare weekday is the latest one on or before the article's day.
                    day = anchor.AddDays(-back);
                }

                match = Make(i, end, new NewsDate(day, DatePrecision.Day), DateMatchKind.Relative, true);
                next = end;
                return true;
            }

            return false;
        }

        private bool TryAmount(int j, out int count, out RelativeUnit unit, out int end)
        {
            count = 0;
            unit = default;
            end = j;
            if (!Has(j))
            {
                return false;
            }

            var t = T(j);
            if ((t.Kind == DateTokenKind.Number && t.Digits <= 3) || t.Word == DateWord.NumberWord)
            {
                if (!Has(j + 1) || T(j + 1).Word is not (DateWord.Unit or DateWord.DayWord))
                {
                    return false;
                }

                count = t.Kind == DateTokenKind.Number ? t.Value : t.WordValue;
                unit = (RelativeUnit)(T(j + 1).WordValue % 8);
                end = j + 2;
                return true;
            }

            if (t.Word is DateWord.Unit or DateWord.DayWord && t.WordValue / 8 > 0)
            {
                count = t.WordValue / 8;
                unit = (RelativeUnit)(t.WordValue % 8);
                end = j + 1;
                return true;
            }

            return false;
        }

        private bool Relative(int i, int end, DateTime reference, int count, RelativeUnit unit, out DateMatch match, out int next)
        {
            match = default;
            next = end;
            NewsDate date;
            switch (unit)
            {
                case RelativeUnit.Second or RelativeUnit.Minute or RelativeUnit.Hour:
                    if (!options.ReferenceHasTime)
                    {
                        return false;
                    }

                    var span = unit switch
                    {
                        RelativeUnit.Second => TimeSpan.FromSeconds(count),
                        RelativeUnit.Minute => TimeSpan.FromMinutes(count),
                        _ => TimeSpan.FromHours(count),
                    };
                    var at = reference - span;
                    date = new NewsDate(new DateTime(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, DateTimeKind.Unspecified), DatePrecision.Minute);
                    break;
                case RelativeUnit.Day:
                    date = new NewsDate(reference.Date.AddDays(-count), DatePrecision.Day);
                    break;
                case RelativeUnit.Week:
                    date = new NewsDate(reference.Date.AddDays(-7 * count), DatePrecision.Day);
                    break;
                default:
                    return false;
            }

            match = Make(i, end, date, DateMatchKind.Relative, false);
            return true;
        }
    }
}
