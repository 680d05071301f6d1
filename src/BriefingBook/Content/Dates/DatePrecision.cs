namespace BriefingBook.Content.Dates;

/// <summary>How much of a date is known. Ordered from coarse to fine: the chronology sorts coarse first.</summary>
public enum DatePrecision
{
    Century,
    Decade,
    Year,
    Month,
    Day,
}
