using BriefingBook.Publishing;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Reliability;

/// <summary>Never lose an editor's files: the output folder is refused whenever replacing it could delete something that is not a site BriefingBook wrote.</summary>
public sealed class OutputSafetyTests
{
    [Theory]
    [InlineData("content", "it is the book's `content/` folder, one of its inputs")]
    [InlineData("seeds", "it is the book's `seeds/` folder, one of its inputs")]
    [InlineData("themes", "it is the book's `themes/` folder, one of its inputs")]
    [InlineData("themes/default/site", "it is inside or around the book's `themes/` folder, one of its inputs")]
    [InlineData("content/actors", "it is inside or around the book's `content/` folder, one of its inputs")]
    [InlineData("layouts", "it is the book's `layouts/` folder, one of its inputs")]
    [InlineData(".", "it is the book's own folder")]
    [InlineData("..", "it contains the book")]
    [InlineData("/", "it is the root of the file system")]
    public void An_output_that_is_or_holds_the_books_inputs_is_refused(string output, string reason)
    {
        using var site = Hostile.BuiltBook();
        var target = Path.IsPathRooted(output) ? output : Path.GetFullPath(Path.Combine(site.Root, output));

        var outcome = Hostile.Fails(site, 2, "refusing to write the site into", "build", "--output", target);

        Assert.Contains(reason, outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_inside_a_version_control_folder_is_refused()
    {
        using var site = Hostile.BuiltBook();
        site.Write(".git/HEAD", "ref: refs/heads/main\n");

        Hostile.Fails(site, 2, "it is inside a version-control folder", "build", "--output", Path.Combine(site.Root, ".git", "site"));
    }

    [Fact]
    public void A_folder_holding_a_repository_is_refused()
    {
        using var site = Hostile.BuiltBook();
        site.Write("elsewhere/.git/HEAD", "ref: refs/heads/main\n");

        Hostile.Fails(site, 2, "it holds a version-control folder", "build", "--output", Path.Combine(site.Root, "elsewhere"));
    }

    [Fact]
    public void A_folder_that_BriefingBook_did_not_write_is_refused()
    {
        using var site = Hostile.BuiltBook();
        site.Write("notes-of-mine/todo.txt", "my own file\n");

        Hostile.Fails(site, 2, "is not empty and was not written by BriefingBook (it has no `.briefingbook-site` file)", "build", "--output", Path.Combine(site.Root, "notes-of-mine"));
    }

    [Fact]
    public void A_symlinked_output_is_refused_and_the_link_and_its_target_are_left_alone()
    {
        using var site = Hostile.BuiltBook();
        using var webRoot = new TestSite(withTheme: false);
        webRoot.Write("index.html", "the web root's own page\n");
        var link = Path.Combine(site.Root, "public");
        File.CreateSymbolicLink(link, webRoot.Root);
        var webBefore = TreeSnapshot.Of(webRoot.Root);

        Hostile.Fails(site, 2, "is a symbolic link (to `", "build", "--output", link);

        webBefore.AssertSame(TreeSnapshot.Of(webRoot.Root));
    }

    [Fact]
    public void An_output_that_is_a_file_is_refused()
    {
        using var site = Hostile.BuiltBook();
        site.Write("site.txt", "not a folder\n");

        Hostile.Fails(site, 2, "it exists and is not a folder", "build", "--output", Path.Combine(site.Root, "site.txt"));
    }

    [Fact]
    public void The_published_site_carries_the_marker_so_the_next_build_may_replace_it()
    {
        using var site = Hostile.BuiltBook();

        Assert.True(File.Exists(Path.Combine(site.Output, OutputFolder.Marker)));
        site.Write("content/book.yml", "title: Second build\n");
        var outcome = Executable.Run("build", "--root", site.Root);

        Assert.Equal(0, outcome.Exit);
        Assert.Contains("Second build", site.Read("_site/index.html"), StringComparison.Ordinal);
        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Count();
        Assert.Contains($"built {files} files into", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_built_before_the_marker_existed_is_still_recognised()
    {
        using var site = Hostile.BuiltBook();
        File.Delete(Path.Combine(site.Output, OutputFolder.Marker));

        Assert.Equal(0, Executable.Run("build", "--root", site.Root).Exit);
        Assert.True(File.Exists(Path.Combine(site.Output, OutputFolder.Marker)));
    }

    [Fact]
    public void A_second_build_while_one_holds_the_lock_is_refused_plainly()
    {
        using var site = Hostile.BuiltBook();
        using var held = BuildLock.Acquire(site.Output);

        Hostile.Fails(site, 2, $"another build is writing `{site.Output}`", "build");
    }

    [Fact]
    public void Staging_folders_left_by_killed_builds_are_swept_by_the_next_build()
    {
        using var site = Hostile.BuiltBook();
        site.Write("._site.new-0123456789abcdef/index.html", "half a site\n");
        site.Write("._site.old-0123456789abcdef/index.html", "an old site\n");

        Assert.True(site.Build().Succeeded);

        Assert.Empty(site.LeftoverFolders());
        Assert.Contains("Test book", site.Read("_site/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_killed_between_the_two_renames_is_repaired_before_anything_else()
    {
        // The two-step swap (where the OS has no atomic exchange) moves the old site aside first; a kill
        // right then leaves no _site at all. The next build puts it back even if that build then fails.
        using var site = Hostile.BuiltBook();
        var before = TreeSnapshot.Of(site.Output);
        Directory.Move(site.Output, Path.Combine(site.Root, "._site.old-0123456789abcdef"));
        site.WriteEvent(actors: "[nobody]");

        var result = site.Build();

        Assert.False(result.Succeeded);
        before.AssertSame(TreeSnapshot.Of(site.Output));
        Assert.Empty(site.LeftoverFolders());
    }

    [Theory]
    [InlineData("load")]
    [InlineData("render")]
    [InlineData("publish")]
    public void A_build_cancelled_at_any_stage_leaves_the_previous_site_and_no_staging_folder(string stage)
    {
        using var site = Hostile.BuiltBook();
        site.Write("content/book.yml", "title: Never published\n");
        var before = TreeSnapshot.Of(site.Output);
        using var cancel = new CancellationTokenSource();
        var options = new BuildOptions(site.Root, site.Output, StageStarted: s => { if (s == stage) cancel.Cancel(); });

        Assert.ThrowsAny<OperationCanceledException>(() => BookBuilder.Build(options, cancel.Token));

        before.AssertSame(TreeSnapshot.Of(site.Output));
        Assert.Empty(site.LeftoverFolders());
    }
}
