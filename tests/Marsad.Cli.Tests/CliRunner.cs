using System.Diagnostics;
using System.Text;

namespace Marsad.Cli.Tests;

/// <summary>Runs the real marsad CLI (the built marsad.dll next to the tests) as a separate process.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string? stdin, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "marsad.dll");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(stdin);
            p.StandardInput.BaseStream.Write(bytes);
        }

        p.StandardInput.Close();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("marsad did not finish in 120 s");
        }

        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "marsad-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
