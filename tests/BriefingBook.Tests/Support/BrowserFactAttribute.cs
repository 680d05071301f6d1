namespace BriefingBook.Tests.Support;

/// <summary>
/// A test that needs a real browser: Chromium at <see cref="Chromium.Path"/>. On a machine without it the test is
/// skipped with the reason; under CI (the <c>CI</c> variable set) it always runs, so a CI machine without Chromium
/// fails instead of passing quietly (<c>.ci/run</c> installs it).
/// </summary>
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.SkipReason is { } reason) Skip = reason;
    }
}
