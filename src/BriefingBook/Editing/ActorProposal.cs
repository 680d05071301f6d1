using BriefingBook.Content.Model;

namespace BriefingBook.Editing;

/// <summary>
/// A name the article uses: a known actor's (<see cref="ActorId"/> its id), a near miss of a known actor's name
/// (<see cref="ActorId"/> the actor it is close to, <see cref="CloseTo"/> the name it is close to), or a new
/// actor (<see cref="ActorId"/> null, <see cref="NewId"/> the file name proposed, kind guessed).
/// </summary>
public sealed record ActorProposal(
    ActorMatch Match,
    string? ActorId,
    string NewId,
    string Name,
    ActorKind Kind,
    string? CloseTo,
    BodySentence Sentence);
