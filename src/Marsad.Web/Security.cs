using System.Security.Cryptography;
using System.Text;
using Marsad.Core;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Marsad.Web;

/// <summary>Headers, limits and the write check every response and request goes through.</summary>
internal static class Security
{
    /// <summary>Scripts and styles only from this server, nothing inline, no plugins, never framed.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static async Task HeadersAndLimits(HttpContext context, RequestDelegate next, WebOptions options)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = options.MaxBodyBytes;
        }

        if (context.Request.ContentLength > options.MaxBodyBytes)
        {
            await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large",
                detail: $"the limit is {options.MaxBodyBytes} bytes").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>Null when the request may write; else the problem to answer with.</summary>
    public static IResult? CheckWrite(HttpRequest request, WebOptions options)
    {
        if (!options.WritesEnabled)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Writes are disabled",
                detail: options.ReadOnly ? "the server is read-only" : "no write token is configured (MARSAD_TOKEN or --token)");
        }

        var header = request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        var given = header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) ? header[bearer.Length..].Trim() : string.Empty;
        // Constant-time: the comparison must not tell an attacker how many leading characters were right.
        if (given.Length == 0 || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.Token!)))
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or wrong token",
                detail: "send the write token as 'Authorization: Bearer TOKEN'");
        }

        return null;
    }
}

/// <summary>Mistakes of the caller (bad query syntax, bad cursor, oversize body) become 4xx problems, not 500s.</summary>
internal sealed class InputProblemHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "Bad request"),
            MarsadInputException => (StatusCodes.Status400BadRequest, "Bad request"),
            _ => (0, string.Empty),
        };
        if (status == 0)
        {
            return false;
        }

        await Results.Problem(statusCode: status, title: title, detail: exception.Message).ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }
}
