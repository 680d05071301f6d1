namespace BriefingBook.Content.Model;

/// <summary>How far the editors trust a source's publication date: printed (high), inferred from the text (medium), or resting on an outside anchor or a vague phrase (low).</summary>
public enum DatingConfidence
{
    High,
    Medium,
    Low,
}
