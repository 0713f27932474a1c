namespace Marsad.Ingest.Watch;

/// <summary>Per-host politeness: at most N requests in flight and at least a delay between the starts of two requests.</summary>
internal sealed class HostGate(int concurrency)
{
    private readonly SemaphoreSlim _slots = new(concurrency, concurrency);
    private readonly Lock _lock = new();
    private DateTime _nextStart = DateTime.MinValue;

    /// <summary>Waits for a free slot and for this request's start time; dispose the result when the response is read.</summary>
    public async Task<IDisposable> EnterAsync(TimeSpan delay, CancellationToken ct)
    {
        await _slots.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = DateTime.UtcNow;
                var start = _nextStart > now ? _nextStart : now;
                _nextStart = start + delay;
                wait = start - now;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct).ConfigureAwait(false);
            }

            return new Slot(_slots);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
