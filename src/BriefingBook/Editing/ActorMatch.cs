namespace BriefingBook.Editing;

/// <summary>How a name the article uses relates to the book's actors.</summary>
public enum ActorMatch
{
    /// <summary>The name or an alias of an actor, as the build's mention matcher finds it.</summary>
    Known,

    /// <summary>Not a name of any actor, but close to one (spacing, one or two letters): probably an alias to add.</summary>
    NearMiss,

    /// <summary>No actor: a new one is proposed.</summary>
    New,
}
