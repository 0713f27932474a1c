using System.Globalization;

namespace Marsad.Core;

/// <summary>How much of a date-time the source actually stated.</summary>
public enum DatePrecision
{
    /// <summary>A calendar day only (no time of day given).</summary>
    Day,

    /// <summary>A day and a time of day (minutes or seconds).</summary>
    Minute,
}

/// <summary>
/// A date as a news page states it: a day, or a day and time, with a UTC offset only when the source gave one.
/// Serialized as ISO 8601 (<c>2024-09-05</c>, <c>2024-09-05T23:40:00</c>, <c>2024-09-05T23:40:00+03:00</c>).
/// Never a guess: when the source says nothing, there is no <see cref="NewsDate"/> at all.
/// </summary>
public readonly record struct NewsDate(DateTime Value, DatePrecision Precision, TimeSpan? Offset = null)
{
    public static NewsDate DayOnly(int year, int month, int day) => new(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified), DatePrecision.Day);

    public DateOnly Day => DateOnly.FromDateTime(Value);

    public string ToIso()
    {
        if (Precision == DatePrecision.Day)
        {
            return Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var local = Value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        if (Offset is not { } offset)
        {
            return local;
        }

        if (offset == TimeSpan.Zero)
        {
            return local + "Z";
        }

        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{local}{sign}{abs.Hours:00}:{abs.Minutes:00}");
    }

    /// <summary>Parses the ISO forms that <see cref="ToIso"/> writes (and common ISO 8601 variants).</summary>
    public static bool TryParseIso(string? text, out NewsDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (text.Length == 10 && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = new NewsDate(day, DatePrecision.Day);
            return true;
        }

        var hasZone = text.EndsWith('Z') || HasOffsetSuffix(text);
        if (hasZone && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto))
        {
            date = new NewsDate(DateTime.SpecifyKind(dto.DateTime, DateTimeKind.Unspecified), DatePrecision.Minute, dto.Offset);
            return true;
        }

        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            date = new NewsDate(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), DatePrecision.Minute);
            return true;
        }

        return false;
    }

    private static bool HasOffsetSuffix(string text)
    {
        // ...T12:00:00+03:00 / -0500
        var t = text.IndexOf('T', StringComparison.Ordinal);
        if (t < 0)
        {
            t = text.IndexOf(' ', StringComparison.Ordinal);
        }

        if (t < 0)
        {
            return false;
        }

        var tail = text.AsSpan(t);
        return tail.LastIndexOfAny('+', '-') > 0;
    }

    public override string ToString() => ToIso();
}
