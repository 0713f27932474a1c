namespace Marsad.Testing;

/// <summary>Keeps a test that compares a day it reads with a day the store stamps off a UTC midnight.</summary>
internal static class UtcDays
{
    /// <summary>Now, once at least two minutes before the next UTC midnight (waiting past it when closer).</summary>
    public static DateTimeOffset NotNearMidnight()
    {
        var now = DateTimeOffset.UtcNow;
        var untilMidnight = now.UtcDateTime.Date.AddDays(1) - now.UtcDateTime;
        if (untilMidnight < TimeSpan.FromMinutes(2))
        {
            Thread.Sleep(untilMidnight + TimeSpan.FromSeconds(1));
        }

        return DateTimeOffset.UtcNow;
    }
}
