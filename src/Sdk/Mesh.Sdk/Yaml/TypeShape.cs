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
        var chain = new List<Type>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType) chain.Add(t);
        chain.Reverse();

        var list = new List<PropertyShape>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in chain)
        {
            var declared = t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
                .OrderBy(p => p.MetadataToken);
            foreach (var p in declared)
            {
                if (p.GetCustomAttribute<WireIgnoreAttribute>(inherit: true) is not null) continue;
                // An override (apiVersion, kind) keeps the position of the base declaration.
                var name = p.GetCustomAttribute<WireNameAttribute>(inherit: true)?.Name ?? CamelCase(p.Name);
                if (!seen.Add(name))
                {
                    var i = list.FindIndex(x => x.WireName == name);
                    list[i] = new PropertyShape(name, CompileGetter(type, p));
                    continue;
                }
                list.Add(new PropertyShape(name, CompileGetter(type, p)));
            }
        }
        return new TypeShape(list.ToArray());
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
    private static Func<object, object?> CompileGetter(Type owner, PropertyInfo p)
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
    /// <summary>The key as written (quoted when needed), computed once per type instead of once per value.</summary>
    public string KeyText { get; } = YamlEmitter.FormatKey(WireName);

    /// <summary><see cref="KeyText"/> as the UTF-8 bytes the emitter writes.</summary>
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
