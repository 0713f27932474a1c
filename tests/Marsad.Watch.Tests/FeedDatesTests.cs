using Marsad.Core;
using Marsad.Ingest.Feeds;

namespace Marsad.Watch.Tests;

public class FeedDatesTests
{
    [Theory]
    [InlineData("Sat, 28 Nov 2026 08:30:00 +0300", 2026, 11, 28, 8, 30, 180)]
    [InlineData("28 Nov 2026 08:30:00 GMT", 2026, 11, 28, 8, 30, 0)]
    [InlineData("Sat, 28 Nov 26 08:30 EST", 2026, 11, 28, 8, 30, -300)]
    [InlineData("Saturday, 28 November 2026 08:30:00 +03:00", 2026, 11, 28, 8, 30, 180)]
    [InlineData("2026-11-28T08:30:00+03:00", 2026, 11, 28, 8, 30, 180)]
    [InlineData("2026-11-28T05:30:00Z", 2026, 11, 28, 5, 30, 0)]
    [InlineData("السبت، ٢٨ Nov ٢٠٢٦ ٠٨:٣٠:٠٠ +0300", 2026, 11, 28, 8, 30, 180)]
    public void Parses_feed_dates_with_their_offset(string text, int y, int mo, int d, int h, int mi, int offsetMinutes)
    {
        var date = FeedDates.Parse(text);
        Assert.NotNull(date);
        Assert.Equal(new DateTime(y, mo, d, h, mi, 0), date.Value.Value);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), date.Value.Offset);
    }

    [Fact]
    public void A_day_alone_stays_a_day()
    {
        var date = FeedDates.Parse("2026-11-28");
        Assert.Equal(DatePrecision.Day, date!.Value.Precision);
    }

    [Fact]
    public void Source_time_zone_fills_a_missing_offset()
    {
        var riyadh = TimeZoneInfo.FindSystemTimeZoneById("Asia/Riyadh");
        Assert.Null(FeedDates.Parse("2026-11-28T08:30:00")!.Value.Offset);
        Assert.Equal(TimeSpan.FromHours(3), FeedDates.Parse("2026-11-28T08:30:00", riyadh)!.Value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("31 Feb 2026 10:00")]
    [InlineData("Sat, 28 Foo 2026 08:30:00 GMT")]
    public void Garbage_is_no_date(string text) => Assert.Null(FeedDates.Parse(text));
}
