using System.Diagnostics;
using System.Text;
using BriefingBook.Tests.Support;

namespace BriefingBook.Tests.Reliability;

/// <summary>Never publish what is not the book: inputs are regular UTF-8 files inside the book, within their size limits.</summary>
public sealed class InputSafetyTests
{
    [Fact]
    public void A_seed_linked_to_a_file_outside_the_book_is_an_error_and_is_not_published()
    {
        using var site = Hostile.BuiltBook();
        File.CreateSymbolicLink(Path.Combine(site.Root, "seeds", "passwd.txt"), "/etc/passwd");

        Hostile.BuildReports(site, "seeds/passwd.txt:1: error: `seeds/passwd.txt` is a symbolic link to `/etc/passwd`, outside the book; BriefingBook reads only files inside the book");
    }

    [Fact]
    public void A_seed_linked_to_a_device_is_an_error_not_an_endless_read()
    {
        using var site = Hostile.BuiltBook();
        File.CreateSymbolicLink(Path.Combine(site.Root, "seeds", "zero.txt"), "/dev/zero");

        Hostile.BuildReports(site, "seeds/zero.txt:1: error: `seeds/zero.txt` is a symbolic link to `/dev/zero`, outside the book");
    }

    [Fact]
    public void A_named_pipe_among_the_seeds_is_an_error_not_a_hang()
    {
        using var site = Hostile.BuiltBook();
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(site.Root, "seeds", "pipe.txt")])) mkfifo.WaitForExit();

        Hostile.BuildReports(site, "seeds/pipe.txt:1: error: `seeds/pipe.txt` is a named pipe, not a regular file; BriefingBook reads only regular files");
    }

    [Fact]
    public void A_seed_linked_to_another_file_inside_the_book_is_read()
    {
        using var site = TestSite.Minimal();
        site.Write("archive/envoy-original.txt", TestSite.SeedText);
        File.Delete(Path.Combine(site.Root, "seeds", "envoy.txt"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "seeds", "envoy.txt"), Path.Combine(site.Root, "archive", "envoy-original.txt"));

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void A_theme_asset_linked_outside_the_book_is_an_error_and_nothing_is_copied()
    {
        using var site = Hostile.BuiltBook();
        using var outside = new TestSite(withTheme: false);
        outside.Write(".ssh/id_rsa", "PRIVATE KEY\n");
        File.CreateSymbolicLink(Path.Combine(site.Root, "themes", "default", "assets", "keys"), Path.Combine(outside.Root, ".ssh"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "themes", "default", "assets", "key.txt"), Path.Combine(outside.Root, ".ssh", "id_rsa"));

        var outcome = Hostile.BuildReports(site, "themes/default/assets/key.txt:1: error: `themes/default/assets/key.txt` is a symbolic link to `");

        Assert.Contains("themes/default/assets/keys:1: error: `themes/default/assets/keys` is a symbolic link to `", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_partial_linked_outside_the_book_is_an_error()
    {
        using var site = Hostile.BuiltBook();
        using var outside = new TestSite(withTheme: false);
        outside.Write("secret.sbn", "{{ title }} secret\n");
        Directory.CreateDirectory(Path.Combine(site.Root, "layouts", "partials"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "layouts", "partials", "footer.sbn"), Path.Combine(outside.Root, "secret.sbn"));

        Hostile.BuildReports(site, "layouts/partials/footer.sbn:1: error: `layouts/partials/footer.sbn` is a symbolic link to `");
    }

    [Fact]
    public void A_seed_over_the_size_limit_is_an_error_that_names_the_setting()
    {
        using var site = Hostile.BuiltBook();
        site.Write("content/book.yml", "title: Test book\nlimits:\n  seed: 1 KB\n");
        site.Write("seeds/long.txt", string.Concat(Enumerable.Repeat("A sentence of an article that goes on and on. ", 40)));

        Hostile.BuildReports(site, "seeds/long.txt:1: error: `seeds/long.txt` is 1.8 KB, over the 1 KB limit for a seed (raise `limits: seed:` in content/book.yml if it is really needed)");
    }

    [Fact]
    public void A_limit_that_is_not_a_size_is_an_error_at_its_line()
    {
        using var site = Hostile.BuiltBook();
        site.Write("content/book.yml", "title: Test book\nlimits:\n  seed: lots\n");

        Hostile.BuildReports(site, "content/book.yml:3: error: `limits: seed` must be a size such as `20 MB`, `512 KB` or a number of bytes, not `lots`");
    }

    [Fact]
    public void A_latin1_seed_is_one_error_naming_the_byte_not_a_cascade_of_missing_quotes()
    {
        using var site = Hostile.BuiltBook();
        var latin1 = Encoding.Latin1.GetBytes(TestSite.SeedText.Replace("officials", "officiels à Kabul", StringComparison.Ordinal));
        File.WriteAllBytes(Path.Combine(site.Root, "seeds", "envoy.txt"), latin1);

        var outcome = Hostile.BuildReports(site, "seeds/envoy.txt:5: error: `seeds/envoy.txt` is not UTF-8: byte 0xE0 at offset 137 is not valid UTF-8 (Latin-1 or Windows-1252?); save the file as UTF-8");

        Assert.Single(outcome.Stderr.Split('\n'), l => l.Contains(": error: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_content_file_in_utf16_is_an_error()
    {
        using var site = Hostile.BuiltBook();
        File.WriteAllText(Path.Combine(site.Root, "content", "actors", "special-envoy.md"), "---\nname: Special Envoy\nkind: person\n---\n", Encoding.Unicode);

        Hostile.BuildReports(site, "content/actors/special-envoy.md:1: error: `content/actors/special-envoy.md` is UTF-16 text; save it as UTF-8");
    }

    [Fact]
    public void A_binary_file_among_the_seeds_is_an_error()
    {
        using var site = Hostile.BuiltBook();
        File.WriteAllBytes(Path.Combine(site.Root, "seeds", "photo.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]);

        Hostile.BuildReports(site, "seeds/photo.jpg:1: error: `seeds/photo.jpg` holds a NUL byte at offset 4: it is not a text file");
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        using var site = TestSite.Minimal();
        var bom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        File.WriteAllText(Path.Combine(site.Root, "content", "book.yml"), "title: Test book\n", bom);
        File.WriteAllText(Path.Combine(site.Root, "seeds", "envoy.txt"), TestSite.SeedText, bom);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain('\uFEFF', site.Read("_site/index.html"));
    }
}
