using System.Collections.Concurrent;
using HandlebarsDotNet;
using HandlebarsDotNet.Iterators;
using HandlebarsDotNet.MemberAccessors;
using HandlebarsDotNet.ObjectDescriptors;
using HandlebarsDotNet.PathStructure;

namespace BriefingBook.Rendering.Templates;

/// <summary>
/// Shows view records to Handlebars.Net under their template names (<see cref="ViewMembers"/>), and makes a
/// name the record does not have an error while rendering rather than an empty string. Only unknown names
/// fail: a value that is there and null (an event with no <c>previous</c>) renders as nothing, as before, and
/// so does a path through it (<c>{{previous.title}}</c>). Handlebars.Net's own
/// <c>ThrowOnUnresolvedBindingExpression</c> would fail on those too, so it stays off. The template checker
/// finds unknown names before any page renders; this is the net under it.
/// </summary>
internal sealed class ViewDescriptors : IObjectDescriptorProvider
{
    private readonly ConcurrentDictionary<Type, ObjectDescriptor?> _descriptors = new();

    public bool TryGetDescriptor(Type type, out ObjectDescriptor value)
    {
        value = _descriptors.GetOrAdd(type, Describe)!;
        return value is not null;
    }

    private static ObjectDescriptor? Describe(Type type)
    {
        if (ViewMembers.Of(type) is not { } members) return null;
        var names = members.Keys.Select(ChainSegment.Create).ToArray();
        return new ObjectDescriptor(type, new Accessor(type, members), (_, _) => names, descriptor => new ObjectIterator(descriptor));
    }

    private sealed class Accessor(Type type, IReadOnlyDictionary<string, ViewMember> members) : IMemberAccessor
    {
        public bool TryGetValue(object instance, ChainSegment memberName, out object? value)
        {
            if (members.TryGetValue(memberName.TrimmedValue, out var member))
            {
                value = member.Get(instance);
                return true;
            }

            throw new HandlebarsRuntimeException(
                $"unknown value `{memberName.TrimmedValue}` in {type.Name}{Diagnostics.Suggestions.DidYouMean(memberName.TrimmedValue, members.Keys)}");
        }
    }
}
