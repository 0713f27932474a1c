using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Marsad.Arabic.Dates;
using Marsad.Core;

namespace Marsad.Arabic.Tests.Dates;

public class ArabicDatesTests
{
    private static readonly DateTime Now = new(2024, 9, 5, 14, 30, 0);

    [Theory]
    [InlineData("نشر في 5 سبتمبر 2024", "2024-09-05")]
    [InlineData("5 ابريل 2024", "2024-04-05")]
    [InlineData("5 أبريل 2024", "2024-04-05")]
    [InlineData("20 يونية 2023", "2023-06-20")]
    [InlineData("20 يونيو 2023", "2023-06-20")]
    [InlineData("3 يولية 2023", "2023-07-03")]
    [InlineData("١٥ أغسطس ٢٠٢٤", "2024-08-15")]
    [InlineData("۱۵ اغسطس ۲۰۲۴", "2024-08-15")]
    [InlineData("5 كانون الثاني 2024", "2024-01-05")]
    [InlineData("5 كانون الأول 2024", "2024-12-05")]
    [InlineData("5 تشرين الأول 2024", "2024-10-05")]
    [InlineData("5 تشرين الثاني 2024", "2024-11-05")]
    [InlineData("12 شباط 2024", "2024-02-12")]
    [InlineData("12 آذار 2024", "2024-03-12")]
    [InlineData("12 اذار 2024", "2024-03-12")]
    [InlineData("12 نيسان 2024", "2024-04-12")]
    [InlineData("12 أيار 2024", "2024-05-12")]
    [InlineData("12 حزيران 2024", "2024-06-12")]
    [InlineData("12 تموز 2024", "2024-07-12")]
    [InlineData("12 آب 2024", "2024-08-12")]
    [InlineData("12 أيلول 2024", "2024-09-12")]
    [InlineData("12 جانفي 2024", "2024-01-12")]
    [InlineData("12 فيفري 2024", "2024-02-12")]
    [InlineData("12 أفريل 2024", "2024-04-12")]
    [InlineData("12 ماي 2024", "2024-05-12")]
    [InlineData("12 جوان 2024", "2024-06-12")]
    [InlineData("12 جويلية 2024", "2024-07-12")]
    [InlineData("12 أوت 2024", "2024-08-12")]
    [InlineData("12 يوليوز 2024", "2024-07-12")]
    [InlineData("12 غشت 2024", "2024-08-12")]
    [InlineData("12 شتنبر 2024", "2024-09-12")]
    [InlineData("12 نونبر 2024", "2024-11-12")]
    [InlineData("12 دجنبر 2024", "2024-12-12")]
    [InlineData("5 أيلول/سبتمبر 2024", "2024-09-05")]
    [InlineData("9 (سبتمبر) 2024", "2024-09-09")]
    [InlineData("5 أيلول (سبتمبر) 2024", "2024-09-05")]
    [InlineData("5/سبتمبر/2024", "2024-09-05")]
    [InlineData("5-سبتمبر-2024", "2024-09-05")]
    [InlineData("5 من سبتمبر 2024", "2024-09-05")]
    [InlineData("2024م 5 سبتمبر 2024م", "2024-09-05")]
    [InlineData("September 5, 2024", "2024-09-05")]
    [InlineData("Sept. 5th, 2024", "2024-09-05")]
    [InlineData("5 September 2024", "2024-09-05")]
    [InlineData("5. September 2024", "2024-09-05")]
    [InlineData("5 de septiembre de 2024", "2024-09-05")]
    [InlineData("le 5 août 2024", "2024-08-05")]
    [InlineData("19. Okt. 2014", "2014-10-19")]
    [InlineData("2014年7月19日", "2014-07-19")]
    [InlineData("2020년 6월 3일", "2020-06-03")]
    [InlineData("19 июля 2014", "2014-07-19")]
    public void Reads_day_month_year_in_every_regional_month_name(string text, string expected)
    {
        var match = ArabicDates.FindFirst(text);
        Assert.NotNull(match);
        Assert.Equal(expected, match.Value.Date.ToIso());
        Assert.Equal(DatePrecision.Day, match.Value.Precision);
    }

    [Theory]
    [InlineData("05/09/2024", "2024-09-05")]
    [InlineData("5/9/2024", "2024-09-05")]
    [InlineData("٠٥/٠٩/٢٠٢٤", "2024-09-05")]
    [InlineData("2024-09-05", "2024-09-05")]
    [InlineData("2024/09/05", "2024-09-05")]
    [InlineData("05-09-2024", "2024-09-05")]
    [InlineData("05.09.2024", "2024-09-05")]
    [InlineData("25/09/2024", "2024-09-25")]
    [InlineData("09/25/2024", "2024-09-25")]
    [InlineData("19.07.14", "2014-07-19")]
    [InlineData("5/9/24", "2024-09-05")]
    public void Reads_numeric_dates_day_first_unless_impossible(string text, string expected)
    {
        Assert.Equal(expected, ArabicDates.Parse(text)?.ToIso());
    }

    [Fact]
    public void Month_first_option_reads_ambiguous_numeric_dates_the_US_way()
    {
        Assert.Equal("2024-05-09", ArabicDates.Parse("05/09/2024", new DateScanOptions { MonthFirst = true })?.ToIso());
    }

    [Fact]
    public void Weekday_settles_an_ambiguous_numeric_date()
    {
        // 2024-05-09 was a Thursday, 2024-09-05 also a Thursday; 2024-03-04 a Monday, 2024-04-03 a Wednesday.
        Assert.Equal("2024-04-03", ArabicDates.Parse("الأربعاء 04/03/2024")?.ToIso());
        Assert.Equal("2024-03-04", ArabicDates.Parse("الاثنين 04/03/2024")?.ToIso());
    }

    [Theory]
    [InlineData("6 ذو الحجة 1445 هـ", "2024-06-12")]
    [InlineData("6 ذي الحجة 1445هـ", "2024-06-12")]
    [InlineData("1445/12/6هـ", "2024-06-12")]
    [InlineData("1 رمضان 1445 هـ", "2024-03-11")]
    [InlineData("2 ربيع الأول 1446 هـ", "2024-09-05")]
    public void Converts_hijri_dates_with_um_al_qura(string text, string expected)
    {
        var match = ArabicDates.FindFirst(text);
        Assert.NotNull(match);
        Assert.Equal(DateMatchKind.Hijri, match.Value.Kind);
        Assert.Equal(expected, match.Value.Date.ToIso());
    }

    [Theory]
    [InlineData("الأربعاء 12 ربيع الآخر 1446 هـ - 16 أكتوبر 2024 م", "2024-10-16")]
    [InlineData("6 ذو الحجة 1445 هـ الموافق 12 يونيو 2024", "2024-06-12")]
    [InlineData("14 جمادى الأولى 1448 هـ، 24 أكتوبر 2026 م", "2026-10-24")]
    public void A_hijri_date_given_with_its_gregorian_day_is_one_date_on_the_gregorian_day(string text, string expected)
    {
        var all = ArabicDates.FindAll(text);
        var match = Assert.Single(all);
        Assert.Equal(expected, match.Date.ToIso()[..10]);
        Assert.Equal(expected, ArabicDates.Parse(text)!.Value.ToIso()[..10]);
        Assert.True(match.End >= text.IndexOf("20", 12, StringComparison.Ordinal));
    }

    [Fact]
    public void A_hijri_date_and_an_unrelated_later_date_stay_two() =>
        Assert.Equal(2, ArabicDates.FindAll("صدر في 6 ذو الحجة 1445 هـ، وعدّل النظام لاحقا في 5 سبتمبر 2024").Count);

    [Theory]
    [InlineData("الخميس 5/سبتمبر/2024 - 11:40 م", "2024-09-05T23:40:00")]
    [InlineData("الخميس 5/سبتمبر/2024 - 11:40 ص", "2024-09-05T11:40:00")]
    [InlineData("5 سبتمبر 2024 الساعة 11:40 مساءً", "2024-09-05T23:40:00")]
    [InlineData("5 سبتمبر 2024 الساعة 12:15 صباحا", "2024-09-05T00:15:00")]
    [InlineData("نشر في 12 جوان 2024 على الساعة 14:30", "2024-06-12T14:30:00")]
    [InlineData("11:40 ص - الخميس 5 سبتمبر 2024", "2024-09-05T11:40:00")]
    [InlineData("نُشر: 18:20-12 يونيو 2025 م", "2025-06-12T18:20:00")]
    [InlineData("نشر في: 03 سبتمبر 2025 - 14:22 (بتوقيت غرينتش)", "2025-09-03T14:22:00Z")]
    [InlineData("نشر في: 12/01/2025 - 18:20 (توقيت مكة)", "2025-01-12T18:20:00+03:00")]
    [InlineData("13 يناير 2025 - 11:05 (مكة المكرمة)", "2025-01-13T11:05:00+03:00")]
    [InlineData("نُشر: 09:05-3 مارس 2025 م ـ 3 رمضان 1446 هـ", "2025-03-03T09:05:00")]
    [InlineData("2024-09-05T11:40:00+03:00", "2024-09-05T11:40:00+03:00")]
    [InlineData("2024-09-05 11:40:00Z", "2024-09-05T11:40:00Z")]
    [InlineData("Sun Nov 23 16:00:00 EDT 2014", "2014-11-23T16:00:00")]
    [InlineData("September 5, 2024 at 3:05 PM", "2024-09-05T15:05:00")]
    public void Attaches_the_time_of_day(string text, string expected)
    {
        var match = ArabicDates.FindFirst(text);
        Assert.NotNull(match);
        Assert.Equal(expected, match.Value.Date.ToIso());
        Assert.Equal(DatePrecision.Minute, match.Value.Precision);
    }

    [Fact]
    public void Span_covers_weekday_date_and_time()
    {
        const string text = "نشر: الخميس 5/سبتمبر/2024 - 11:40 م | طباعة";
        var match = ArabicDates.FindFirst(text)!.Value;
        Assert.Equal("الخميس 5/سبتمبر/2024 - 11:40 م", text.Substring(match.Start, match.Length));
        Assert.True(match.HasWeekday);
    }

    [Theory]
    [InlineData("منذ 3 ساعات", "2024-09-05T11:30:00")]
    [InlineData("منذ ساعتين", "2024-09-05T12:30:00")]
    [InlineData("قبل ساعة", "2024-09-05T13:30:00")]
    [InlineData("منذ ثلاث ساعات", "2024-09-05T11:30:00")]
    [InlineData("منذ 20 دقيقة", "2024-09-05T14:10:00")]
    [InlineData("منذ يومين", "2024-09-03")]
    [InlineData("منذ 4 أيام", "2024-09-01")]
    [InlineData("أمس", "2024-09-04")]
    [InlineData("اليوم", "2024-09-05")]
    [InlineData("أول أمس", "2024-09-03")]
    [InlineData("أمس الساعة 10:15 م", "2024-09-04T22:15:00")]
    [InlineData("3 hours ago", "2024-09-05T11:30:00")]
    [InlineData("yesterday", "2024-09-04")]
    public void Resolves_relative_dates_against_the_reference_time(string text, string expected)
    {
        var match = ArabicDates.FindFirst(text, new DateScanOptions { ReferenceTime = Now });
        Assert.NotNull(match);
        Assert.Equal(DateMatchKind.Relative, match.Value.Kind);
        Assert.Equal(expected, match.Value.Date.ToIso());
    }

    [Theory]
    [InlineData("منذ 3 ساعات")]
    [InlineData("أمس")]
    [InlineData("اليوم")]
    public void Relative_dates_without_a_reference_are_not_dates(string text)
    {
        Assert.Null(ArabicDates.FindFirst(text));
    }

    [Theory]
    [InlineData("5 سبتمبر")]
    [InlineData("سبتمبر 2024")]
    [InlineData("31 فبراير 2024")]
    [InlineData("32/01/2024")]
    [InlineData("13/13/2024")]
    [InlineData("الإصدار 1.2.3.2024")]
    [InlineData("192.168.1.2024")]
    [InlineData("كتب الصحفي مقالا عن الاقتصاد")]
    [InlineData("5 صفر")]
    [InlineData("في عام 2024 ارتفعت الأسعار 5 في المئة")]
    public void Never_invents_a_date(string text)
    {
        Assert.Null(ArabicDates.FindFirst(text));
    }

    [Fact]
    public void Finds_every_date_in_running_text_with_offsets()
    {
        const string text = "وقال إن الاجتماع الذي عقد في 3 أيلول/سبتمبر 2024 سيتبعه آخر في 10/10/2024 وفق ما أعلن يوم 1 آب 2024.";
        var all = ArabicDates.FindAll(text);
        Assert.Equal(["2024-09-03", "2024-10-10", "2024-08-01"], all.Select(m => m.Date.ToIso()));
        Assert.Equal("3 أيلول/سبتمبر 2024", text.Substring(all[0].Start, all[0].Length));
        Assert.Equal("10/10/2024", text.Substring(all[1].Start, all[1].Length));
    }

    [Fact]
    public void Weekdays_resolve_against_the_publication_day()
    {
        var published = NewsDate.DayOnly(2024, 9, 5); // a Thursday
        Assert.Equal("2024-09-04", RelativeDates.Resolve("الأربعاء الماضي", published)?.ToIso());
        Assert.Equal("2024-08-29", RelativeDates.Resolve("الخميس الماضي", published)?.ToIso());
        Assert.Equal("2024-09-06", RelativeDates.Resolve("الجمعة المقبلة", published)?.ToIso());
        Assert.Equal("2024-09-01", RelativeDates.Resolve("يوم الأحد", published)?.ToIso());
        Assert.Equal("2024-09-04", RelativeDates.Resolve("أمس", published)?.ToIso());
    }

    [Fact]
    public void Hour_offsets_need_a_time_of_day_in_the_anchor()
    {
        Assert.Null(RelativeDates.Resolve("منذ 3 ساعات", NewsDate.DayOnly(2024, 9, 5)));
    }

    [Property(MaxTest = 300)]
    public Property Written_gregorian_dates_round_trip(DateTime day, bool arabicDigits)
    {
        var year = 1990 + (Math.Abs(day.Year) % 100);
        // 29 February of the generated year may not exist in the mapped one.
        var d = new DateTime(year, day.Month, Math.Min(day.Day, DateTime.DaysInMonth(year, day.Month)));
        string[] months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
        var text = $"{d.Day} {months[d.Month - 1]} {d.Year}";
        if (arabicDigits)
        {
            text = new string(text.Select(c => c is >= '0' and <= '9' ? (char)('\u0660' + (c - '0')) : c).ToArray());
        }

        return (ArabicDates.Parse(text)?.Day == DateOnly.FromDateTime(d)).ToProperty();
    }

    [Property(MaxTest = 300)]
    public Property Arbitrary_text_never_throws_and_spans_stay_inside(string text)
    {
        text ??= string.Empty;
        var all = ArabicDates.FindAll(text, new DateScanOptions { ReferenceTime = Now, ResolveWeekdays = true });
        return all.All(m => m.Start >= 0 && m.End <= text.Length && m.Length > 0).ToProperty();
    }
}
