namespace BriefingBook.Tests.Support;

/// <summary>A theory that needs a real browser; skipped without one only outside CI, as <see cref="BrowserFactAttribute"/>.</summary>
internal sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (Chromium.SkipReason is { } reason) Skip = reason;
    }
}
