namespace BriefingBook.Analysis.Mentions;

/// <summary>An actor often found with another: in how many sentences both are named, and in how many events both take part.</summary>
public sealed record RelatedActor(string ActorId, int Sentences, int Events)
{
    public int Score => Sentences + Events;
}
