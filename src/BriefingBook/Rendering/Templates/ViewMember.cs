using System.Reflection;

namespace BriefingBook.Rendering.Templates;

/// <summary>One value of a view record as templates see it: its snake_case name, its type and a fast getter.</summary>
internal sealed record ViewMember(string Name, PropertyInfo Property, Lazy<Func<object, object?>> Getter)
{
    /// <summary>Reads the value from a record (the getter is compiled on first use: the checker never reads values).</summary>
    public object? Get(object view) => Getter.Value(view);

    /// <summary>The declared type, without <c>?</c>: what the value is when it is there.</summary>
    public Type Type => Nullable.GetUnderlyingType(Property.PropertyType) ?? Property.PropertyType;
}
