namespace BriefingBook.Content.Articles;

/// <summary>
/// The only HTTP handler SmartReader gets: it refuses every request and counts them, so extracting a seed
/// never reaches the network (a seed's images and links are someone else's servers), and a test can prove it.
/// </summary>
internal sealed class OfflineHttpHandler : HttpMessageHandler
{
    private int _refused;

    public int Refused => _refused;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _refused);
        return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.Forbidden) { RequestMessage = request });
    }
}
