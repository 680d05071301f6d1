using BriefingBook.Content.Dates;

namespace BriefingBook.Content.Model;

public sealed record Role(string Title, IdRef? Of, PartialDate? From, PartialDate? To, IdRef? Source);
