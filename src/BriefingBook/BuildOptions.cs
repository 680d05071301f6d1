namespace BriefingBook;

/// <summary>
/// What to build: the book's root folder (with <c>content/</c>, <c>seeds/</c>, <c>themes/</c>) and where to.
/// <paramref name="StageStarted"/> is told the name of each stage as it starts (load, validate, analyse,
/// templates, render, publish), for progress lines and for tests that interrupt a build at a given point.
/// <paramref name="EditorsPages"/> adds the editors' coverage page (<c>/editors/coverage/</c>): off by default,
/// because finding what no quote covers costs seconds on a large book and readers never see the page.
/// <paramref name="Progress"/>, when set, hears how far each stage has got (a live line on a terminal, plain
/// lines under CI); reports come from worker threads, a few per stage, never per file.
/// <paramref name="WarningsAsErrors"/> records every warning as an error (<c>--warnings-as-errors</c>), so it fails
/// the check and stops the build before anything is written.
/// <paramref name="Pdf"/> also prints <c>/book/</c> to <c>book.pdf</c> with headless Chromium, where one is installed
/// (<see cref="Publishing.ChromiumPrinter.Find"/>); off by default, as starting a browser costs seconds per build.
/// <paramref name="BaseUrl"/>, when set, is the site's public address in place of <c>base_url</c> in
/// <c>content/book.yml</c>: a host that knows where it publishes (Netlify's <c>URL</c>) passes it with <c>--base-url</c>,
/// so canonical links, feeds and the sitemap name the address the site is really at.
/// </summary>
public sealed record BuildOptions(
    string Root,
    string Output,
    bool PrettyUrls = false,
    Action<string>? StageStarted = null,
    bool EditorsPages = false,
    IProgress<Engine.BuildProgress>? Progress = null,
    bool WarningsAsErrors = false,
    bool Pdf = false,
    string? BaseUrl = null);
