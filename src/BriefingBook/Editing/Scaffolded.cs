namespace BriefingBook.Editing;

/// <summary>What <c>briefingbook new</c> did: the files it wrote (relative to the book), or why it wrote nothing.</summary>
public sealed record Scaffolded(IReadOnlyList<string> Written, string? Refusal)
{
    public static Scaffolded Refused(string why) => new([], why);
}
