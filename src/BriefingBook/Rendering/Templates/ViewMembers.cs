using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using BriefingBook.Rendering.Views;

namespace BriefingBook.Rendering.Templates;

/// <summary>
/// The values a view record offers templates. A record's properties are named in C# style (<c>SummaryHtml</c>);
/// templates, <c>book.json</c>-style snapshots and the theming guide all use the snake_case name
/// (<c>summary_html</c>). One convention, decided here, for the renderer, the template checker and the docs.
/// </summary>
internal static class ViewMembers
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, ViewMember>?> Cache = new();

    /// <summary>The naming convention between a record's properties and template names.</summary>
    public static JsonNamingPolicy Naming => JsonNamingPolicy.SnakeCaseLower;

    /// <summary>
    /// Whether a value is HTML the renderer built (and escaped) itself, which templates write as it is: names
    /// ending in <c>_html</c> or <c>_svg</c>, and the page's <c>content</c> in <c>base</c>. Decided by name so
    /// a theme author can see it, and so a plain text value can never become markup by a template's choice.
    /// </summary>
    public static bool IsMarkup(string name) =>
        name == "content" || name.EndsWith("_html", StringComparison.Ordinal) || name.EndsWith("_svg", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="type"/> is a view record: a record in <c>Rendering.Views</c>, not a list.</summary>
    public static bool IsView(Type type) =>
        type.Namespace == typeof(PageView).Namespace && type.Assembly == typeof(PageView).Assembly && !type.IsAbstract && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type);

    /// <summary>The members of a view record by template name (declaration order), or null for any other type.</summary>
    public static IReadOnlyDictionary<string, ViewMember>? Of(Type type) => Cache.GetOrAdd(type, Build);

    private static IReadOnlyDictionary<string, ViewMember>? Build(Type type)
    {
        if (!IsView(type)) return null;
        var members = new Dictionary<string, ViewMember>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.MetadataToken))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null) continue;
            var name = Naming.ConvertName(property.Name);
            members[name] = new ViewMember(name, property, new Lazy<Func<object, object?>>(() => Getter(type, property)));
        }

        return members;
    }

    /// <summary>A compiled getter: pages read thousands of values, reflection's Invoke would be the slow part of rendering.</summary>
    private static Func<object, object?> Getter(Type type, PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "view");
        var body = Expression.Convert(Expression.Property(Expression.Convert(instance, type), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }

    /// <summary>The element type of a list value (<c>IReadOnlyList&lt;T&gt;</c>, <c>T[]</c>), or null when the type is not a list.</summary>
    public static Type? ElementOf(Type type)
    {
        if (type == typeof(string)) return null;
        if (type.IsArray) return type.GetElementType();
        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }
}
