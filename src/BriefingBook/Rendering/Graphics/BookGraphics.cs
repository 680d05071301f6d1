using System.Globalization;
using BriefingBook.Analysis;
using BriefingBook.Content.Model;

namespace BriefingBook.Rendering.Graphics;

/// <summary>The pictures the pages show, as HTML for their view models (built here, escaped here): the timeline and the actor maps.</summary>
internal static class BookGraphics
{
    /// <summary>The whole book's timeline; null when the book has no events.</summary>
    public static string? Timeline(AnalysedBook book, Links links) => TimelineSvg.Render(book, links);

    /// <summary>What the home page's actor map shows, in words: all the actors, or which of them.</summary>
    public static string? HomeMapCaption(AnalysedBook book)
    {
        var count = book.Actors.Count;
        if (count == 0) return null;
        var shown = Math.Min(count, ActorGraph.HomeLimit);
        var which = shown == count
            ? $"All {Pages.Views.Count(count, "actor")} in the book"
            : string.Create(CultureInfo.InvariantCulture, $"The {shown} actors most present in the book (of {count:N0}), by events and sources naming them");
        return which + ". A line joins actors named in the same sentences or taking part in the same events; each actor keeps its "
            + ActorGraph.LinesPerActor.ToString(CultureInfo.InvariantCulture) + " strongest lines.";
    }

    /// <summary>The home page's actor map; null when the book has no actors.</summary>
    public static string? HomeMap(AnalysedBook book, Links links) =>
        HomeMapCaption(book) is { } caption ? ActorMapSvg.Render(ActorMapLayout.Of(ActorGraph.WholeBook(book)), links, "Actor map. " + caption) : null;

    /// <summary>The actor and the actors most often found with it; null when it is found with none.</summary>
    public static string? EgoMap(AnalysedBook book, Actor actor, Links links)
    {
        var graph = ActorGraph.Ego(book, actor.Id);
        if (graph.Nodes.Count < 2) return null;
        var summary = $"Actor map: {actor.Name} and the {Pages.Views.Count(graph.Nodes.Count - 1, "actor")} most often named with them or taking part in the same events.";
        return ActorMapSvg.Render(ActorMapLayout.Of(graph), links, summary);
    }
}
