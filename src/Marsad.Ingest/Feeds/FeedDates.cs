using System.Globalization;
using Marsad.Core;

namespace Marsad.Ingest.Feeds;

/// <summary>
/// Dates as feeds write them: RFC 822/1123 (RSS pubDate, with the usual sloppiness) and ISO 8601 (Atom, Dublin Core,
/// sitemaps). Arabic-Indic digits are read as digits; Arabic month names are left to the Arabic date component.
/// </summary>
internal static class FeedDates
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static NewsDate? Parse(string? text, TimeZoneInfo? sourceZone = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = AsciiDigits(text.Trim());
        NewsDate date;
        if (char.IsAsciiDigit(s[0]) && s.Length >= 10 && s[4] == '-' && NewsDate.TryParseIso(s, out date))
        {
            return WithZone(date, sourceZone);
        }

        if (TryParseRfc822(s, out date))
        {
            return WithZone(date, sourceZone);
        }

        return NewsDate.TryParseIso(s, out date) ? WithZone(date, sourceZone) : null;
    }

    /// <summary>A time without an offset is local time of the source: attach the source's offset when it is known.</summary>
    private static NewsDate WithZone(NewsDate date, TimeZoneInfo? zone)
    {
        if (zone is null || date.Offset is not null || date.Precision == DatePrecision.Day)
        {
            return date;
        }

        return date with { Offset = zone.GetUtcOffset(date.Value) };
    }

    private static string AsciiDigits(string s)
    {
        if (!s.AsSpan().ContainsAnyInRange('\u0660', '\u06F9'))
        {
            return s;
        }

        return string.Create(s.Length, s, static (dst, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                var c = src[i];
                dst[i] = c switch
                {
                    >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                    >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                    _ => c,
                };
            }
        });
    }

    /// <summary>"Tue, 05 Sep 2024 23:40:00 +0300", also without weekday, seconds or zone, with zone names, 2-digit years.</summary>
    internal static bool TryParseRfc822(string s, out NewsDate date)
    {
        date = default;
        var parts = s.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        if (parts.Length > 0 && !char.IsAsciiDigit(parts[0][0]))
        {
            i++; // weekday, whatever language or spelling
        }

        if (parts.Length - i < 3)
        {
            return false;
        }

        if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return false;
        }

        var monthText = parts[i + 1].TrimEnd('.');
        var month = monthText.Length >= 3 ? Array.IndexOf(Months, monthText[..3].ToLowerInvariant()) + 1 : 0;
        if (month == 0 || !int.TryParse(parts[i + 2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        if (parts[i + 2].Length == 2)
        {
            year += year < 50 ? 2000 : 1900;
        }

        if (day is < 1 or > 31 || year is < 1900 or > 2200 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        if (parts.Length - i < 4)
        {
            date = NewsDate.DayOnly(year, month, day);
            return true;
        }

        var time = parts[i + 3].Split(':');
        if (time.Length < 2
            || !int.TryParse(time[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || !int.TryParse(time[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minute))
        {
            return false;
        }

        var second = 0;
        if (time.Length > 2 && !int.TryParse(time[2].Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out second))
        {
            return false;
        }

        if (hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        var value = new DateTime(year, month, day, hour, minute, Math.Min(second, 59), DateTimeKind.Unspecified);
        TimeSpan? offset = parts.Length - i >= 5 ? ZoneOffset(parts[i + 4]) : null;
        date = new NewsDate(value, DatePrecision.Minute, offset);
        return true;
    }

    private static TimeSpan? ZoneOffset(string zone)
    {
        var z = zone.ToUpperInvariant();
        if (z.Length >= 5 && (z[0] == '+' || z[0] == '-'))
        {
            var digits = z[1..].Replace(":", "", StringComparison.Ordinal);
            if (digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var hhmm))
            {
                var offset = new TimeSpan(hhmm / 100, hhmm % 100, 0);
                return z[0] == '-' ? -offset : offset;
            }

            return null;
        }

        return z switch
        {
            "GMT" or "UT" or "UTC" or "Z" => TimeSpan.Zero,
            "EST" => TimeSpan.FromHours(-5),
            "EDT" => TimeSpan.FromHours(-4),
            "CST" => TimeSpan.FromHours(-6),
            "CDT" => TimeSpan.FromHours(-5),
            "MST" => TimeSpan.FromHours(-7),
            "MDT" => TimeSpan.FromHours(-6),
            "PST" => TimeSpan.FromHours(-8),
            "PDT" => TimeSpan.FromHours(-7),
            _ => null,
        };
    }
}
