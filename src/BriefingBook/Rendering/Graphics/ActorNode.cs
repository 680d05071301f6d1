using BriefingBook.Content.Model;

namespace BriefingBook.Rendering.Graphics;

/// <summary>An actor on the map; <see cref="Weight"/> is its events plus the sources that name it, and sets its size.</summary>
public sealed record ActorNode(Actor Actor, int Events, int Sources)
{
    public int Weight => Events + Sources;
}
