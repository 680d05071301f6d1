using System.Globalization;
using System.Text;

namespace BriefingBook.Rendering.Graphics;

/// <summary>
/// Writes inline SVG for an HTML page, escaping every text and attribute value (names, titles and dates come from
/// front matter). Only the elements the graphics draw are written, never script, event handlers or
/// <c>foreignObject</c>; the page is still checked by <see cref="ScriptFreeHtml"/>. Numbers are written with at
/// most one decimal in the invariant culture, so two builds give the same bytes.
/// </summary>
internal sealed class SvgMarkup
{
    private readonly StringBuilder _out = new();
    private readonly Stack<string> _open = new();

    /// <summary>Opens an element; attributes are name/value pairs, a null value leaves the attribute out.</summary>
    public SvgMarkup Open(string element, params (string Name, string? Value)[] attributes)
    {
        StartTag(element, attributes);
        _out.Append('>');
        _open.Push(element);
        return this;
    }

    public SvgMarkup Close()
    {
        _out.Append("</").Append(_open.Pop()).Append('>');
        return this;
    }

    /// <summary>An element with no content.</summary>
    public SvgMarkup Empty(string element, params (string Name, string? Value)[] attributes)
    {
        StartTag(element, attributes);
        _out.Append("/>");
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public SvgMarkup Text(string element, string text, params (string Name, string? Value)[] attributes)
    {
        StartTag(element, attributes);
        _out.Append('>');
        Escape(text, attribute: false);
        _out.Append("</").Append(element).Append('>');
        return this;
    }

    public override string ToString()
    {
        if (_open.Count > 0) throw new InvalidOperationException($"<{_open.Peek()}> was not closed");
        return _out.ToString();
    }

    /// <summary>A coordinate or length: at most one decimal, no exponent, "-0" written as "0".</summary>
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0;
        return rounded.ToString("0.#", CultureInfo.InvariantCulture);
    }

    private void StartTag(string element, (string Name, string? Value)[] attributes)
    {
        _out.Append('<').Append(element);
        foreach (var (name, value) in attributes)
        {
            if (value is null) continue;
            _out.Append(' ').Append(name).Append("=\"");
            Escape(value, attribute: true);
            _out.Append('"');
        }
    }

    private void Escape(string text, bool attribute)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': _out.Append("&amp;"); break;
                case '<': _out.Append("&lt;"); break;
                case '>': _out.Append("&gt;"); break;
                case '"' when attribute: _out.Append("&quot;"); break;
                // Characters XML forbids (front matter could hold them) would make the SVG unparseable: drop them.
                case < ' ' when c is not '\t' and not '\n' and not '\r': break;
                case '\uFFFE' or '\uFFFF': break;
                default: _out.Append(c); break;
            }
        }
    }
}
