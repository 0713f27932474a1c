using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marsad.Watch.Tests;

/// <summary>One request as the server saw it: which host, which path, when it started and ended, what it answered.</summary>
public sealed record ServedRequest(string Host, string Path, DateTime Start, DateTime End, int Status, bool Conditional, string? UserAgent);

/// <summary>
/// A real Kestrel server on loopback serving fixture feeds and pages (and faults). It can listen on several loopback
/// addresses (127.0.0.1, 127.0.0.2, …) so that each plays a separate host. Every request is logged with its timing,
/// which is how tests measure politeness (concurrency and spacing per host) rather than trusting the client.
/// </summary>
public sealed class NewsServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);

    private readonly ByteCounter _counter;

    private NewsServer(WebApplication app, IReadOnlyList<Uri> baseUris, ByteCounter counter)
    {
        _app = app;
        BaseUris = baseUris;
        _counter = counter;
    }

    /// <summary>Bytes handed to the sockets (all connections): what really left the server, unlike app-level writes,
    /// which Kestrel turns into silent no-ops once a client has hung up.</summary>
    public long BytesSent => Interlocked.Read(ref _counter.Bytes);

    public IReadOnlyList<Uri> BaseUris { get; }

    public Uri BaseUri => BaseUris[0];

    public ConcurrentQueue<ServedRequest> Log { get; } = new();

    public static async Task<NewsServer> StartAsync(int hosts = 1)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var counter = new ByteCounter();
        builder.WebHost.UseKestrel(k =>
        {
            for (var i = 1; i <= hosts; i++)
            {
                k.Listen(IPAddress.Parse($"127.0.0.{i}"), 0, listen => listen.Use(next => connection =>
                {
                    connection.Transport = new CountingTransport(connection.Transport, counter);
                    return next(connection);
                }));
            }
        });
        var app = builder.Build();
        NewsServer? server = null;
        app.Run(async ctx =>
        {
            var start = DateTime.UtcNow;
            var path = ctx.Request.Path.Value + ctx.Request.QueryString.Value;
            var conditional = ctx.Request.Headers.IfNoneMatch.Count > 0 || ctx.Request.Headers.IfModifiedSince.Count > 0;
            try
            {
                var key = ctx.Request.Host.Host + ctx.Request.Path.Value;
                if (server!._routes.TryGetValue(key, out var handler) || server._routes.TryGetValue("*" + ctx.Request.Path.Value, out handler))
                {
                    await handler(ctx);
                }
                else
                {
                    ctx.Response.StatusCode = 404;
                }
            }
            finally
            {
                server!.Log.Enqueue(new ServedRequest(ctx.Request.Host.Host, path, start, DateTime.UtcNow, ctx.Response.StatusCode, conditional, ctx.Request.Headers.UserAgent.ToString()));
            }
        });
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a)).OrderBy(u => u.Host, StringComparer.Ordinal).ToList();
        server = new NewsServer(app, addresses, counter);
        return server;
    }

    /// <summary>Serves <paramref name="handler"/> at <paramref name="path"/> on every host, or on one host when given.</summary>
    public void Map(string path, Func<HttpContext, Task> handler, Uri? host = null) => _routes[(host?.Host ?? "*") + path] = handler;

    /// <summary>Serves fixed bytes with an ETag and Last-Modified, answering 304 to a matching conditional GET.</summary>
    public void MapBytes(string path, string contentType, Func<byte[]> body, Uri? host = null) => Map(path, async ctx =>
    {
        var bytes = body();
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes)[..8]) + "\"";
        ctx.Response.Headers.ETag = etag;
        ctx.Response.Headers.LastModified = "Sun, 01 Nov 2026 10:00:00 GMT";
        if (ctx.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            ctx.Response.StatusCode = 304;
            return;
        }

        ctx.Response.ContentType = contentType;
        await ctx.Response.Body.WriteAsync(bytes);
    }, host);

    public void MapText(string path, string contentType, string text, Uri? host = null)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        MapBytes(path, contentType, () => bytes, host);
    }

    public Uri Url(string path, int host = 0) => new(BaseUris[host], path);

    public IReadOnlyList<ServedRequest> Requests(string path) => Log.Where(r => r.Path == path).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class ByteCounter
    {
        public long Bytes;
    }

    private sealed class CountingTransport(IDuplexPipe inner, ByteCounter counter) : IDuplexPipe
    {
        public PipeReader Input => inner.Input;

        public PipeWriter Output { get; } = new CountingWriter(inner.Output, counter);
    }

    private sealed class CountingWriter(PipeWriter inner, ByteCounter counter) : PipeWriter
    {
        public override void Advance(int bytes)
        {
            Interlocked.Add(ref counter.Bytes, bytes);
            inner.Advance(bytes);
        }

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

        public override Memory<byte> GetMemory(int sizeHint = 0) => inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => inner.GetSpan(sizeHint);
    }
}
