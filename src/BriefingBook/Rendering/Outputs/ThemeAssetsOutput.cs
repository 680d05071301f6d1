using BriefingBook.Content.Inputs;
using BriefingBook.Engine;

namespace BriefingBook.Rendering.Outputs;

/// <summary>The theme's static files (stylesheet, fonts), copied to <c>assets/</c>.</summary>
public sealed class ThemeAssetsOutput : IBookOutput
{
    public string Name => "assets";

    public IEnumerable<OutputItem> Plan(OutputContext context)
    {
        // A copied file depends on nothing but itself: its path, size and time, with no entry to look up.
        var noEntries = new FactVersions();
        foreach (var asset in context.Theme.Assets)
        {
            var signature = FileSignature.Of(asset.SourceFile);
            var dependsOn = new DependencyHasher(noEntries).Add(asset.SourceFile).Add(signature?.Length ?? -1).Add(signature?.LastWriteTicks ?? -1).Result();
            yield return new OutputItem("assets/" + asset.SitePath, () => dependsOn, null, asset.SourceFile);
        }
    }
}
