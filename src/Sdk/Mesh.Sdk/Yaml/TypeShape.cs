using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Yaml;

/// <summary>
/// What the writer knows about a model type: its wire fields in order, each with a compiled
/// getter. Built once per type and cached, so writing thousands of objects reflects nothing.
/// Order: fields of base classes first (so apiVersion, kind, metadata lead), then each
/// class's properties in declaration order.
/// </summary>
internal sealed class TypeShape
{
    private static readonly ConcurrentDictionary<Type, TypeShape> Cache = new();

    private TypeShape(PropertyShape[] properties) => Properties = properties;

    public PropertyShape[] Properties { get; }

    public static TypeShape For(Type type) => Cache.GetOrAdd(type, Build);

    private static TypeShape Build(Type type)
    {
        var list = new List<PropertyShape>();
        foreach (var (name, p) in WireProperties(type)) list.Add(new PropertyShape(name, CompileGetter(type, p)));
        return new TypeShape(list.ToArray());
    }

    /// <summary>
    /// The wire fields of <paramref name="type"/> with their wire names, in wire order: fields of base classes first,
    /// then each class's properties in declaration order; an override (apiVersion, kind) keeps the position of the
    /// base declaration. The one definition of a type's wire fields (the writer and <c>AnnotationSites</c> read it).
    /// </summary>
    internal static List<(string WireName, PropertyInfo Property)> WireProperties(Type type)
    {
        var chain = new List<Type>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType) chain.Add(t);
        chain.Reverse();

        var list = new List<(string WireName, PropertyInfo Property)>();
        foreach (var t in chain)
        {
            var declared = t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
            Array.Sort(declared, static (a, b) => a.MetadataToken.CompareTo(b.MetadataToken));
            foreach (var p in declared)
            {
                if (p.GetMethod is not { IsPublic: true } get || p.GetIndexParameters().Length != 0) continue;
                // Attributes are inherited only from the property an override overrides: the inheriting lookup
                // (slow, it reads AttributeUsage every time) is needed only then.
                var inherits = get.GetBaseDefinition() != get;
                if (p.IsDefined(typeof(WireIgnoreAttribute), inherit: false)
                    || (inherits && Attribute.IsDefined(p, typeof(WireIgnoreAttribute), inherit: true))) continue;
                var wire = p.GetCustomAttribute<WireNameAttribute>(inherit: false) ?? (inherits ? p.GetCustomAttribute<WireNameAttribute>(inherit: true) : null);
                var name = wire?.Name ?? CamelCase(p.Name);
                var at = list.FindIndex(x => x.WireName == name);
                if (at >= 0)
                {
                    list[at] = (name, p);
                    continue;
                }
                list.Add((name, p));
            }
        }
        return list;
    }

    internal static string CamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static readonly MethodInfo MakeGetterMethod =
        typeof(TypeShape).GetMethod(nameof(MakeGetter), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>
    /// A getter as an open-instance delegate over the property's get method (virtual calls stay
    /// virtual), wrapped once. Much cheaper to create than a compiled expression tree, which
    /// matters because the emit process is short-lived: every getter is created cold.
    /// </summary>
    internal static Func<object, object?> CompileGetter(Type owner, PropertyInfo p)
    {
        if (p.DeclaringType is { IsValueType: false, ContainsGenericParameters: false } declaring && p.GetMethod is { } get)
            return (Func<object, object?>)MakeGetterMethod.MakeGenericMethod(declaring, p.PropertyType).Invoke(null, [get])!;
        return CompileExpressionGetter(owner, p);
    }

    private static Func<object, object?> MakeGetter<TOwner, TValue>(MethodInfo get)
    {
        var f = get.CreateDelegate<Func<TOwner, TValue>>();
        return o => f((TOwner)o);
    }

    private static Func<object, object?> CompileExpressionGetter(Type owner, PropertyInfo p)
    {
        var target = Expression.Parameter(typeof(object), "o");
        var body = Expression.Convert(Expression.Property(Expression.Convert(target, owner), p.Name), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, target).Compile();
    }
}

internal sealed record PropertyShape(string WireName, Func<object, object?> Get)
{
    /// <summary>The key as written (quoted when needed), as the UTF-8 bytes the emitter writes; computed once per type instead of once per value.</summary>
    public byte[] KeyUtf8 { get; } = YamlEmitter.KeyBytes(YamlEmitter.FormatKey(WireName));
}

/// <summary>Wire strings of an enum's values, cached per enum type.</summary>
internal static class EnumWireNames
{
    private static readonly ConcurrentDictionary<Type, Dictionary<object, string>> Cache = new();

    public static string Get(Enum value)
    {
        var map = Cache.GetOrAdd(value.GetType(), static t =>
            t.GetFields(BindingFlags.Public | BindingFlags.Static).ToDictionary(
                f => f.GetValue(null)!,
                f => f.GetCustomAttribute<WireNameAttribute>()?.Name ?? f.Name));
        return map.TryGetValue(value, out var s) ? s : value.ToString();
    }
}
