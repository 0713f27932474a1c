using System.Diagnostics;
using System.Text;

namespace Marsad.Watch.Tests;

/// <summary>The real marsad CLI (marsad.dll built next to the tests) as a child process.</summary>
internal static class MarsadProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Process Start(string workDir, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = workDir,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "marsad.dll"));
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        return Process.Start(psi)!;
    }

    public static Result Run(string workDir, params string[] args)
    {
        using var p = Start(workDir, args);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        // A hang guard, not a speed check: a loaded CI machine can take minutes to start marsad and analyze a feed.
        if (!p.WaitForExit(600_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("marsad did not finish in 600 s");
        }

        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
