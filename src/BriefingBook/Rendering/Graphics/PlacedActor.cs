namespace BriefingBook.Rendering.Graphics;

/// <summary>A node of the actor map where the layout put it: its centre, its radius and the label drawn to its right.</summary>
public sealed record PlacedActor(ActorNode Node, double X, double Y, double Radius, string Label, double LabelWidth);
