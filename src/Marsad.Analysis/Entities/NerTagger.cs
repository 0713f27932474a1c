namespace Marsad.Analysis.Entities;

/// <summary>The shipped tagger with its lexicons, loaded once from models/.</summary>
internal sealed class NerTagger
{
    private NerTagger(NerModel model) => Model = model;

    public NerModel Model { get; }

    public static NerTagger Load(string modelsDir)
    {
        var gazetteer = NerTraining.LoadGazetteer(modelsDir);
        using var file = File.OpenRead(Path.Combine(modelsDir, "ner", "ner.bin.gz"));
        return new NerTagger(NerModel.Load(file, gazetteer));
    }

    /// <summary>
    /// Where models/ is: MARSAD_HOME/models, else beside the assembly (copied at build), else the nearest ancestor
    /// of the working directory that has one.
    /// </summary>
    public static string ModelsDirectory()
    {
        if (Environment.GetEnvironmentVariable("MARSAD_HOME") is { Length: > 0 } home && File.Exists(Path.Combine(home, "models", "ner", "ner.bin.gz")))
        {
            return Path.Combine(home, "models");
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "models");
        if (File.Exists(Path.Combine(beside, "ner", "ner.bin.gz")))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "models", "ner", "ner.bin.gz")))
            {
                return Path.Combine(dir.FullName, "models");
            }
        }

        throw new FileNotFoundException("models/ner/ner.bin.gz not found (set MARSAD_HOME to the repository root)");
    }
}
