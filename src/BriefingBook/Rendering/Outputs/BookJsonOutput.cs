using System.Text;
using BriefingBook.Engine;

namespace BriefingBook.Rendering.Outputs;

/// <summary><c>data/book.json</c>: the whole analysed book as data, for other tools.</summary>
public sealed class BookJsonOutput : IBookOutput
{
    public string Name => "data";

    public IEnumerable<OutputItem> Plan(OutputContext context)
    {
        var book = context.Book;
        yield return new OutputItem(SiteUrls.Data, new PageDependencies(context).WholeBook, () => Encoding.UTF8.GetBytes(BookJson.Write(book)));
    }
}
