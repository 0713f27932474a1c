using Marsad.Core;

namespace Marsad.Arabic.Dates;

/// <summary>
/// Dates of expressions relative to an article's publication date: «أمس», «اليوم», «أول أمس», «الأربعاء الماضي»,
/// «يوم الخميس», «الجمعة المقبلة», «منذ يومين», plus every absolute date in the text. For dating events in a story.
/// </summary>
public static class RelativeDates
{
    /// <summary>All dates in <paramref name="text"/>, relative ones resolved against <paramref name="published"/>.</summary>
    public static IReadOnlyList<DateMatch> FindAll(string text, NewsDate published)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ArabicDates.FindAll(text, Options(published));
    }

    /// <summary>The day an expression such as «الأربعاء الماضي» names, seen from <paramref name="published"/>; null when it names none.</summary>
    public static NewsDate? Resolve(string expression, NewsDate published)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return ArabicDates.FindFirst(expression, Options(published))?.Date;
    }

    private static DateScanOptions Options(NewsDate published) => new()
    {
        ReferenceTime = published.Value,
        ReferenceHasTime = published.Precision == DatePrecision.Minute,
        ResolveWeekdays = true,
    };
}
