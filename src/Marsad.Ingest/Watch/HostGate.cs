namespace Marsad.Ingest.Watch;

/// <summary>
/// Per-host politeness: at most N requests in flight, and at least a delay between two requests as they leave for
/// the host. Spacing is measured from when a request's bytes were actually written to the connection (reported by
/// <see cref="MarkSent"/>), not from when it was scheduled: on a busy machine a connect or a cold start can hold a
/// request back long enough that, spaced by schedule alone, two would reach the server together.
/// </summary>
internal sealed class HostGate(int concurrency)
{
    private readonly SemaphoreSlim _slots = new(concurrency, concurrency);

    // Held from a request's turn until its bytes are out, so the next one is spaced from the real send.
    private readonly SemaphoreSlim _start = new(1, 1);
    private DateTime _lastSent = DateTime.MinValue;
    private int _sendPending;

    /// <summary>Waits for a free slot and for this request's turn; dispose the ticket when the response is read.</summary>
    public async Task<Ticket> EnterAsync(TimeSpan delay, CancellationToken ct)
    {
        await _slots.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await _start.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                var wait = _lastSent + delay - DateTime.UtcNow;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, ct).ConfigureAwait(false);
                }
            }
            catch
            {
                _start.Release();
                throw;
            }

            _lastSent = DateTime.UtcNow;
            Volatile.Write(ref _sendPending, 1);
            return new Ticket(this);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>Request bytes reached a connection to this host: the request holding the turn is out.</summary>
    public void MarkSent()
    {
        if (Interlocked.Exchange(ref _sendPending, 0) == 1)
        {
            _lastSent = DateTime.UtcNow;
            _start.Release();
        }
    }

    /// <summary>A request's place at a host: marks it sent when the answer comes (if the write went unseen) and frees the slot.</summary>
    internal sealed class Ticket(HostGate gate) : IDisposable
    {
        private int _released;

        public void Sent() => gate.MarkSent();

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.MarkSent();
                gate._slots.Release();
            }
        }
    }
}
