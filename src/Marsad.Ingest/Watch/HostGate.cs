namespace Marsad.Ingest.Watch;

/// <summary>Per-host politeness: at most N requests in flight and at least a delay between the starts of two requests.</summary>
internal sealed class HostGate(int concurrency)
{
    private readonly SemaphoreSlim _slots = new(concurrency, concurrency);

    // Starts are taken one at a time and measured when they happen, not when they were planned, so a timer that
    // fires late never lets the next request start early.
    private readonly SemaphoreSlim _start = new(1, 1);
    private DateTime _lastStart = DateTime.MinValue;

    /// <summary>Waits for a free slot and for this request's start time; dispose the result when the response is read.</summary>
    public async Task<IDisposable> EnterAsync(TimeSpan delay, CancellationToken ct)
    {
        await _slots.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await _start.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                var wait = _lastStart + delay - DateTime.UtcNow;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, ct).ConfigureAwait(false);
                }

                _lastStart = DateTime.UtcNow;
            }
            finally
            {
                _start.Release();
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
