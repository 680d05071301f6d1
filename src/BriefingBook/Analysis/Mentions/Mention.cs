namespace BriefingBook.Analysis.Mentions;

/// <summary>A name of an actor found in a text: the character range in the original (unfolded) text.</summary>
public sealed record Mention(string ActorId, int Start, int Length)
{
    public int End => Start + Length;
}
