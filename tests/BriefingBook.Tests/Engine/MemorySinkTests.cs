using System.Text;
using BriefingBook.Publishing;

namespace BriefingBook.Tests.Engine;

public sealed class MemorySinkTests
{
    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void A_commit_replaces_the_site_and_lists_what_changed()
    {
        var sink = new MemorySink();
        sink.Begin(default);
        sink.Write("a.html", Bytes("a"));
        sink.Write("b.html", Bytes("b"));
        Assert.Equal(2, sink.Commit(default));
        Assert.Equal(["a.html", "b.html"], sink.LastChanged);

        sink.Begin(default);
        Assert.True(sink.Keep("a.html"));
        Assert.False(sink.Keep("missing.html"));
        sink.Write("c.html", Bytes("c"));
        Assert.Equal("b", Encoding.UTF8.GetString(sink.Files["b.html"])); // still live until the commit
        Assert.Equal(2, sink.Commit(default));
        Assert.Equal(["b.html", "c.html"], sink.LastChanged); // b removed, c added, a kept
        Assert.Equal(["a.html", "c.html"], sink.Files.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rewriting_the_same_bytes_is_not_a_change()
    {
        var sink = new MemorySink();
        sink.Begin(default);
        sink.Write("a.html", Bytes("a"));
        sink.Commit(default);
        sink.Begin(default);
        sink.Write("a.html", Bytes("a"));
        sink.Commit(default);
        Assert.Empty(sink.LastChanged);
    }

    [Fact]
    public void A_deferred_file_renders_once_on_first_read_and_is_renewed_not_kept()
    {
        var sink = new MemorySink();
        var renders = 0;
        sink.Begin(default);
        sink.Defer("a.html", () => { renders++; return Bytes("a"); }, unchanged: false);
        sink.Commit(default);
        Assert.Equal(0, renders);
        Assert.Equal(["a.html"], sink.LastChanged);

        // Unread, it cannot be kept (its promise would hold the old build), so it is promised again as unchanged.
        sink.Begin(default);
        Assert.False(sink.Keep("a.html"));
        sink.Defer("a.html", () => { renders++; return Bytes("a"); }, unchanged: true);
        sink.Commit(default);
        Assert.Empty(sink.LastChanged);

        Assert.Equal("a", Encoding.UTF8.GetString(sink.Files["a.html"]));
        Assert.Equal("a", Encoding.UTF8.GetString(sink.Files["a.html"]));
        Assert.Equal(1, renders);
        sink.Begin(default);
        Assert.True(sink.Keep("a.html"));
        sink.Commit(default);
    }

    [Fact]
    public void An_aborted_build_leaves_the_site_as_it_was()
    {
        var sink = new MemorySink();
        sink.Begin(default);
        sink.Write("a.html", Bytes("a"));
        sink.Commit(default);
        sink.Begin(default);
        sink.Write("a.html", Bytes("changed"));
        sink.Abort();
        Assert.Equal("a", Encoding.UTF8.GetString(sink.Files["a.html"]));
        Assert.Throws<InvalidOperationException>(() => sink.Write("b.html", Bytes("b")));
    }
}
