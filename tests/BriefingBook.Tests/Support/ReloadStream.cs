namespace BriefingBook.Tests.Support;

/// <summary>A tab's reload event stream (server-sent events), read line by line with generous patience.</summary>
internal sealed class ReloadStream(HttpResponseMessage response, StreamReader reader) : IDisposable
{
    public async Task<string?> ReadLine()
    {
        using var timeout = new CancellationTokenSource(PreviewHost.Patience);
        return await reader.ReadLineAsync(timeout.Token);
    }

    /// <summary>Reads until the next event's name line, returning it.</summary>
    public async Task<string> NextEvent()
    {
        while (await ReadLine() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) return line["event: ".Length..];
        }

        Assert.Fail("the event stream ended");
        return "";
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
    }
}
