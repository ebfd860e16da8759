using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using System.Runtime.CompilerServices;

namespace Mesh.Sdk.Analyzers.Core;

/// <summary>
/// Reads what an object initializer tree shows: the value assigned to a property, the elements of a
/// collection, the entries of a dictionary, constants and durations built from constants, and the
/// object creation a nested object hangs from. Everything here tolerates half-typed code: a missing
/// or invalid operation reads as "not visible" (null / false), never as an exception.
/// </summary>
/// <remarks>
/// Only the same initializer tree is read: a value that comes from a variable, a method call or a
/// conditional is "not visible", and the rules then stay silent (the build engine judges the
/// evaluated object).
/// </remarks>
internal static class InitializerReader
{
    /// <summary>The location of the <c>new</c> keyword of a creation (the line the model records as its Origin).</summary>
    public static Location NewKeywordLocation(IOperation creation) => creation.Syntax switch
    {
        BaseObjectCreationExpressionSyntax c => c.NewKeyword.GetLocation(),
        _ => creation.Syntax.GetLocation(),
    };

    /// <summary>Strips implicit and built-in conversions (nullable wrapping, boxing, interface) and parentheses.</summary>
    [MethodImpl(Jit.Optimized)]
    public static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation { OperatorMethod: null } conversion)
            operation = conversion.Operand;
        return operation;
    }

    /// <summary>
    /// The value assigned to <paramref name="property"/> in the creation's initializer (the last
    /// assignment wins), or the <see cref="IMemberInitializerOperation"/> of a nested initializer
    /// (<c>Labels = { ... }</c>). Null when the initializer does not mention the property.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static IOperation? Member(IObjectCreationOperation? creation, string property)
    {
        if (creation?.Initializer is not { } initializer) return null;
        IOperation? found = null;
        foreach (var init in initializer.Initializers)
        {
            switch (init)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    when target.Property.Name == property && target.Arguments.IsEmpty:
                    found = assignment.Value;
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation member } nested
                    when member.Property.Name == property:
                    found = nested;
                    break;
            }
        }
        return found;
    }

    /// <summary>True when the initializer assigns <paramref name="property"/> (whatever the value).</summary>
    public static bool HasMember(IObjectCreationOperation? creation, string property) => Member(creation, property) is not null;

    /// <summary>
    /// The model object creation a value is, seen through conversions and the fluent metadata
    /// extensions (<c>new TemplateMetadata { }.InjectSidecar(true)</c> is the TemplateMetadata).
    /// Null for anything else (a variable, a method call, <c>null</c>).
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static IObjectCreationOperation? Creation(IOperation? value, MeshSymbols symbols)
    {
        value = Unwrap(value);
        while (value is IInvocationOperation invocation && symbols.IsMetadataExtension(invocation.TargetMethod) && invocation.Arguments.Length > 0)
            value = Unwrap(invocation.Arguments[0].Value);
        return value as IObjectCreationOperation;
    }

    /// <summary>
    /// The model object creation whose initializer holds <paramref name="operation"/>, seen through
    /// conversions, collections, dictionary entries and the fluent metadata extensions; with the
    /// property it hangs from and the extension it was passed to (<c>SetProxyConfig</c>), if any.
    /// Null when the path leaves the initializer tree (a variable, a method call, a conditional).
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static IObjectCreationOperation? Owner(IOperation operation, MeshSymbols symbols, out string? property, out string? extension)
    {
        property = null;
        extension = null;
        var current = operation;
        for (var parent = operation.Parent; parent is not null; current = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IConversionOperation:
                case ICollectionExpressionOperation:
                case IArrayInitializerOperation:
                case IArrayCreationOperation:
                case IArgumentOperation:
                case IObjectOrCollectionInitializerOperation:
                    continue;
                case IInvocationOperation invocation:
                    if (symbols.IsMetadataExtension(invocation.TargetMethod))
                    {
                        if (current is IArgumentOperation { Parameter.Ordinal: > 0 }) extension = invocation.TargetMethod.Name;
                        continue;
                    }
                    // Add(...) of a collection initializer.
                    if (invocation.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }) continue;
                    return null;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } } target } assignment
                    when assignment.Value == current:
                    if (target.Arguments.IsEmpty) property = target.Property.Name;
                    continue;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation member }:
                    property = member.Property.Name;
                    continue;
                case IObjectCreationOperation owner when owner.Initializer == current:
                    if (symbols.IsModel(owner.Type)) return owner;
                    continue; // a collection or dictionary created in place
                default:
                    return null;
            }
        }
        return null;
    }

    /// <summary><see cref="Owner(IOperation, MeshSymbols, out string?, out string?)"/> without the path.</summary>
    public static IObjectCreationOperation? Owner(IOperation operation, MeshSymbols symbols) => Owner(operation, symbols, out _, out _);

    /// <summary>The fluent metadata extension calls on a value, innermost first (the order they run in).</summary>
    public static List<IInvocationOperation> MetadataCalls(IOperation? value, MeshSymbols symbols)
    {
        var calls = new List<IInvocationOperation>();
        value = Unwrap(value);
        while (value is IInvocationOperation invocation && symbols.IsMetadataExtension(invocation.TargetMethod) && invocation.Arguments.Length > 0)
        {
            calls.Add(invocation);
            value = Unwrap(invocation.Arguments[0].Value);
        }
        calls.Reverse();
        return calls;
    }

    /// <summary>The argument passed for <paramref name="parameter"/>, or null.</summary>
    public static IOperation? Argument(IInvocationOperation invocation, string parameter)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameter) return argument.Value;
        }
        return null;
    }

    /// <summary>
    /// The elements of a collection value: a collection expression, an array, a collection
    /// initializer (<c>Containers = { ... }</c> or <c>new List&lt;T&gt; { ... }</c>). <paramref name="complete"/>
    /// is false when some element is not visible (a spread, a variable list, constructor arguments).
    /// </summary>
    public static List<IOperation> Elements(IOperation? value, out bool complete)
    {
        var elements = new List<IOperation>();
        complete = true;
        value = Unwrap(value);
        switch (value)
        {
            case null:
                complete = false;
                break;
            case ICollectionExpressionOperation collection:
                foreach (var element in collection.Elements)
                {
                    if (element is ISpreadOperation) complete = false;
                    else elements.Add(element);
                }
                break;
            case IArrayCreationOperation array:
                if (array.Initializer is { } arrayInit)
                {
                    foreach (var element in arrayInit.ElementValues) elements.Add(element);
                }
                else complete = false;
                break;
            case IMemberInitializerOperation member:
                // Adds to the existing (empty by default) collection.
                AddCalls(member.Initializer, elements, ref complete);
                break;
            case IObjectCreationOperation creation:
                if (!creation.Arguments.IsEmpty) complete = false;
                AddCalls(creation.Initializer, elements, ref complete);
                break;
            default:
                complete = false;
                break;
        }
        return elements;

        static void AddCalls(IObjectOrCollectionInitializerOperation? initializer, List<IOperation> elements, ref bool complete)
        {
            if (initializer is null) return;
            foreach (var init in initializer.Initializers)
            {
                if (init is IInvocationOperation { Arguments.Length: 1 } add) elements.Add(add.Arguments[0].Value);
                else complete = false;
            }
        }
    }

    /// <summary>
    /// The entries of a string-keyed dictionary value (<c>Labels = { ["app"] = "web" }</c>,
    /// <c>new Dictionary&lt;string, string&gt; { ... }</c>, <c>{ { "k", "v" } }</c>). Keys that are not
    /// constant make <paramref name="complete"/> false, as does a value that is not an initializer.
    /// </summary>
    public static List<KeyValuePair<string, IOperation>> Entries(IOperation? value, out bool complete)
    {
        var entries = new List<KeyValuePair<string, IOperation>>();
        complete = true;
        value = Unwrap(value);
        IObjectOrCollectionInitializerOperation? initializer;
        switch (value)
        {
            case IMemberInitializerOperation member:
                initializer = member.Initializer;
                break;
            case IObjectCreationOperation creation:
                if (!creation.Arguments.IsEmpty) complete = false;
                initializer = creation.Initializer;
                break;
            case ICollectionExpressionOperation { Elements.IsEmpty: true }:
                return entries;
            default:
                complete = false;
                return entries;
        }
        if (initializer is null) return entries;
        foreach (var init in initializer.Initializers)
        {
            switch (init)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment
                    when String(indexer.Arguments[0].Value) is { } key:
                    entries.Add(new(key, assignment.Value));
                    break;
                case IInvocationOperation { Arguments.Length: 2 } add when String(add.Arguments[0].Value) is { } key:
                    entries.Add(new(key, add.Arguments[1].Value));
                    break;
                default:
                    complete = false;
                    break;
            }
        }
        return entries;
    }

    /// <summary>The last value given for <paramref name="key"/>, or null.</summary>
    public static IOperation? Entry(List<KeyValuePair<string, IOperation>> entries, string key)
    {
        IOperation? found = null;
        foreach (var entry in entries)
        {
            if (entry.Key == key) found = entry.Value;
        }
        return found;
    }

    /// <summary>A constant string, or null.</summary>
    [MethodImpl(Jit.Optimized)]
    public static string? String(IOperation? value)
    {
        value = Unwrap(value);
        return value is { ConstantValue: { HasValue: true, Value: string s } } ? s : null;
    }

    /// <summary>A constant integer (any integral type), or null.</summary>
    public static long? Integer(IOperation? value)
    {
        value = Unwrap(value);
        if (value is not { ConstantValue.HasValue: true } || value.Type?.TypeKind == TypeKind.Enum) return null;
        return value.ConstantValue.Value switch
        {
            int i => i,
            long l => l,
            short s => s,
            byte b => b,
            sbyte sb => sb,
            ushort us => us,
            uint ui => ui,
            ulong ul when ul <= long.MaxValue => (long)ul,
            _ => null,
        };
    }

    /// <summary>A constant number (integral or floating), or null.</summary>
    public static double? Number(IOperation? value)
    {
        if (Integer(value) is { } i) return i;
        value = Unwrap(value);
        return value is { ConstantValue: { HasValue: true } constant } && value.Type?.TypeKind != TypeKind.Enum
            ? constant.Value switch
            {
                double d => d,
                float f => f,
                decimal m => (double)m,
                _ => null,
            }
            : null;
    }

    /// <summary>A constant bool, or null.</summary>
    public static bool? Boolean(IOperation? value)
    {
        value = Unwrap(value);
        return value is { ConstantValue: { HasValue: true, Value: bool b } } ? b : null;
    }

    /// <summary>The member name of a constant enum value (<c>MetricSourceType.Resource</c> gives "Resource"), or null.</summary>
    public static string? EnumMember(IOperation? value)
    {
        value = Unwrap(value);
        if (value is not { ConstantValue.HasValue: true, Type: INamedTypeSymbol { TypeKind: TypeKind.Enum } type }) return null;
        if (value is IFieldReferenceOperation field) return field.Field.Name;
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } f && Equals(f.ConstantValue, value.ConstantValue.Value)) return f.Name;
        }
        return null;
    }

    /// <summary>True when the value is the <c>null</c> literal.</summary>
    public static bool IsNull(IOperation? value)
    {
        value = Unwrap(value);
        return value is { ConstantValue: { HasValue: true, Value: null } } || value is IDefaultValueOperation { Type.IsReferenceType: true };
    }

    /// <summary>
    /// A duration built from constants: <c>Duration.FromSeconds(30)</c>, <c>FromMilliseconds</c>,
    /// <c>FromMinutes</c>, <c>Duration.Parse("1m30s")</c>, <c>TimeSpan.FromSeconds(30)</c> (through the
    /// implicit conversion), <c>TimeSpan.Zero</c>, <c>default</c>; a duration string (<c>"50s"</c>) for
    /// untyped values such as overlay patches. Null when not visible.
    /// </summary>
    public static TimeSpan? Duration(IOperation? value)
    {
        value = Unwrap(value);
        switch (value)
        {
            case IConversionOperation { OperatorMethod: not null } userConversion:
                return Duration(userConversion.Operand);
            case IDefaultValueOperation { Type.IsValueType: true }:
                return TimeSpan.Zero;
            case IObjectCreationOperation { Arguments.IsEmpty: true, Type: { IsValueType: true, Name: "Duration" or "TimeSpan" } }:
                return TimeSpan.Zero;
            case IFieldReferenceOperation { Field: { Name: "Zero", IsStatic: true, ContainingType.Name: "TimeSpan" } }:
                return TimeSpan.Zero;
            case IInvocationOperation { TargetMethod: { IsStatic: true } method, Arguments.Length: >= 1 } call
                when method.ContainingType?.Name is "Duration" or "TimeSpan":
                {
                    var argument = call.Arguments[0].Value;
                    if (method.Name == "Parse") return String(argument) is { } text ? ParseGoDuration(text) : null;
                    if (call.Arguments.Length != 1) return null;
                    var n = Number(argument);
                    if (n is null || double.IsNaN(n.Value) || Math.Abs(n.Value) > 1e9) return null;
                    var ticks = method.Name switch
                    {
                        "FromSeconds" => n.Value * TimeSpan.TicksPerSecond,
                        "FromMilliseconds" => n.Value * TimeSpan.TicksPerMillisecond,
                        "FromMinutes" => n.Value * TimeSpan.TicksPerMinute,
                        "FromHours" => n.Value * TimeSpan.TicksPerHour,
                        _ => double.NaN,
                    };
                    return double.IsNaN(ticks) ? null : TimeSpan.FromTicks((long)ticks);
                }
            default:
                return String(value) is { } s ? ParseGoDuration(s) : null;
        }
    }

    /// <summary>Go/protobuf duration text (<c>1m30s</c>, <c>1.5s</c>, <c>500ms</c>), as Mesh.Sdk's Duration.TryParse reads it.</summary>
    public static TimeSpan? ParseGoDuration(string text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (text == "0") return TimeSpan.Zero;
        decimal nanos = 0;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && (IsDigit(text[i]) || text[i] == '.')) i++;
            if (i == start) return null;
            if (!decimal.TryParse(text.Substring(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)) return null;
            var unitStart = i;
            while (i < text.Length && !IsDigit(text[i]) && text[i] != '.') i++;
            decimal perUnit = text.Substring(unitStart, i - unitStart) switch
            {
                "h" => 3_600_000_000_000m,
                "m" => 60_000_000_000m,
                "s" => 1_000_000_000m,
                "ms" => 1_000_000m,
                "us" or "µs" => 1_000m,
                "ns" => 1m,
                _ => -1m,
            };
            if (perUnit < 0) return null;
            nanos += number * perUnit;
            if (nanos > 1_000_000_000m * 1_000_000_000m) return null;
        }
        return TimeSpan.FromTicks((long)(nanos / 100m));

        static bool IsDigit(char c) => c >= '0' && c <= '9';
    }

    /// <summary>Whole seconds, rounded up (<c>1.5s</c> gives 2), as the model's expander rounds.</summary>
    public static long CeilSeconds(TimeSpan duration) => (long)Math.Ceiling(duration.TotalSeconds);

    /// <summary>Protobuf text of a duration: <c>30s</c>, <c>1.500s</c>.</summary>
    public static string Text(TimeSpan duration)
    {
        var seconds = duration.Ticks / TimeSpan.TicksPerSecond;
        var fraction = duration.Ticks % TimeSpan.TicksPerSecond;
        if (fraction == 0) return seconds.ToString(CultureInfo.InvariantCulture) + "s";
        var millis = (double)duration.Ticks / TimeSpan.TicksPerSecond;
        return millis.ToString("0.###", CultureInfo.InvariantCulture) + "s";
    }
}
