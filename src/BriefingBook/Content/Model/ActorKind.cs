namespace BriefingBook.Content.Model;

public enum ActorKind
{
    Person,
    State,
    Organisation,
    Group,
}
