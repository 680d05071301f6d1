namespace BriefingBook;

/// <summary>An unexpected failure inside a stage, named so that a report says where the build broke.</summary>
public sealed class BuildStageException(string stage, Exception inner)
    : Exception($"internal error in the {stage} stage: {inner.Message}", inner)
{
    public string Stage { get; } = stage;
}
