using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static Mesh.Sdk.Analyzers.Core.InitializerReader;
using System.Runtime.CompilerServices;

namespace Mesh.Sdk.Analyzers.Core;

/// <summary>A workload an HPA's scaleTargetRef names, found in the same method body.</summary>
internal sealed class WorkloadMatch
{
    public WorkloadMatch(IObjectCreationOperation creation, PodFacts? pod)
    {
        Creation = creation;
        Pod = pod;
    }

    /// <summary>The workload's creation (a Deployment, StatefulSet... or a MeshedService).</summary>
    public IObjectCreationOperation Creation { get; }

    /// <summary>Its pod template's facts; null for a MeshedService.</summary>
    public PodFacts? Pod { get; }
}

/// <summary>
/// The model object creations of one method body (the definition's Build method, a helper, a
/// lambda), found in one walk of its operation tree and kept per compilation
/// (<see cref="MeshSymbols.Body"/>): every HPA of a Build method with a thousand workloads looks
/// its scale target up here instead of walking the whole body again.
/// </summary>
/// <remarks>
/// Every method body of the compilation gets here, so the walk is kept cheap: a body whose source
/// text has no <c>new</c> is not walked at all (every creation the rules read is a <c>new</c>
/// expression: <c>new Container { }</c>, <c>new() { }</c>, also inside a collection expression, a
/// lambda or a local function); otherwise an explicit stack visits the operations in tree order
/// without descending into what cannot hold a creation (literals, references to locals,
/// parameters and the implicit receiver, the target of an initializer's <c>Name = ...</c>).
/// </remarks>
internal sealed class BodyIndex
{
    private readonly Dictionary<string, List<Workload>> _workloads = new(System.StringComparer.Ordinal);

    [MethodImpl(Jit.Optimized)]
    public BodyIndex(IOperation root, MeshSymbols symbols)
    {
        if (!MayHoldCreation(root.Syntax)) return;
        var pending = new Stack<IOperation>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            switch (operation.Kind)
            {
                case OperationKind.ObjectCreation:
                    Visit((IObjectCreationOperation)operation, symbols);
                    break;
                case OperationKind.SimpleAssignment:
                    // Name = value in an initializer: only the value can hold a creation.
                    var assignment = (ISimpleAssignmentOperation)operation;
                    if (assignment.Target is IPropertyReferenceOperation { Instance: IInstanceReferenceOperation, Arguments.IsEmpty: true })
                    {
                        PushIfMayHold(pending, assignment.Value);
                        continue;
                    }
                    break;
            }
            foreach (var child in operation.ChildOperations.Reverse()) PushIfMayHold(pending, child);
        }
    }

    /// <summary>Model object creations written in source (not implicit), in tree order.</summary>
    public List<IObjectCreationOperation> Creations { get; } = [];

    /// <summary>The creations some mesh rule checks (<see cref="MeshSymbols.IsRuleSubject"/>), in tree order.</summary>
    public List<IObjectCreationOperation> Subjects { get; } = [];

    [MethodImpl(Jit.Optimized)]
    private void Visit(IObjectCreationOperation creation, MeshSymbols symbols)
    {
        if (creation.IsImplicit || creation.Type is not INamedTypeSymbol type || !symbols.IsModel(type)) return;
        Creations.Add(creation);
        if (symbols.IsRuleSubject(type)) Subjects.Add(creation);
        if (MeshSymbols.Is(type, symbols.MeshedService))
        {
            if (String(Member(creation, "Name")) is { } serviceName)
                Add("Deployment", serviceName, new Workload(creation, String(Member(creation, "Namespace")), meshed: true));
        }
        else if (symbols.IsKubernetesObject(type))
        {
            var metadata = Creation(Member(creation, "Metadata"), symbols);
            if (String(Member(metadata, "Name")) is { } name)
                Add(symbols.KindOf(type), name, new Workload(creation, String(Member(metadata, "Namespace")), meshed: false));
        }
    }

    /// <summary>Leaves never hold an object creation (a kind test: asking for ConstantValue would box or build the constant).</summary>
    [MethodImpl(Jit.Optimized)]
    private static void PushIfMayHold(Stack<IOperation> pending, IOperation? operation)
    {
        if (operation is null) return;
        switch (operation.Kind)
        {
            case OperationKind.Literal:
            case OperationKind.LocalReference:
            case OperationKind.ParameterReference:
            case OperationKind.InstanceReference:
            case OperationKind.DefaultValue:
            case OperationKind.TypeOf:
                return;
            default:
                pending.Push(operation);
                return;
        }
    }

    /// <summary>
    /// False when the text of <paramref name="syntax"/> has no <c>new</c>, so no object creation can
    /// be in it (a <c>new</c> in a comment or a string only costs the walk).
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    internal static bool MayHoldCreation(SyntaxNode syntax)
    {
        var span = syntax.Span;
        var text = syntax.SyntaxTree.GetText();
        var buffer = Buffer ??= new char[4096];
        // Chunks overlap by two characters so that a "new" across a chunk boundary is seen.
        for (var start = span.Start; start < span.End; start += buffer.Length - 2)
        {
            var count = System.Math.Min(buffer.Length, span.End - start);
            text.CopyTo(start, buffer, 0, count);
            for (var i = 0; i + 2 < count; i++)
            {
                if (buffer[i] == 'n' && buffer[i + 1] == 'e' && buffer[i + 2] == 'w') return true;
            }
            if (start + count >= span.End) break;
        }
        return false;
    }

    [System.ThreadStatic] private static char[]? Buffer;

    /// <summary>Creations of Kubernetes objects (and MeshedServices, as kind Deployment) with this constant name.</summary>
    public IReadOnlyList<Workload> Named(string kind, string name) =>
        _workloads.TryGetValue(Key(kind, name), out var list) ? list : [];

    private void Add(string kind, string name, Workload workload)
    {
        var key = Key(kind, name);
        if (!_workloads.TryGetValue(key, out var list)) _workloads[key] = list = [];
        list.Add(workload);
    }

    private static string Key(string kind, string name) => kind + "\n" + name;

    /// <summary>A named object creation and its constant namespace, if any.</summary>
    internal readonly struct Workload
    {
        public Workload(IObjectCreationOperation creation, string? ns, bool meshed)
        {
            Creation = creation;
            Namespace = ns;
            Meshed = meshed;
        }

        public IObjectCreationOperation Creation { get; }

        public string? Namespace { get; }

        /// <summary>A MeshedService (it expands into a Deployment of its Name).</summary>
        public bool Meshed { get; }
    }
}

/// <summary>
/// Finds objects referenced by name in the same method body (the definition's Build method, a
/// helper, a lambda): an HPA's scale target. Only that one operation block is read, once
/// (<see cref="BodyIndex"/>).
/// </summary>
internal static class Workloads
{
    /// <summary>
    /// The one workload created in the same method body with this kind and name (and namespace
    /// when both are constants), or null when there is none or more than one.
    /// </summary>
    public static WorkloadMatch? FindScaleTarget(IOperation from, MeshSymbols symbols, string kind, string name, string? ns)
    {
        BodyIndex.Workload? match = null;
        foreach (var candidate in symbols.Body(from).Named(kind, name))
        {
            if (!SameNamespace(ns, candidate.Namespace)) continue;
            if (match is not null) return null;
            match = candidate;
        }
        if (match is not { } found) return null;
        if (found.Meshed) return new WorkloadMatch(found.Creation, null);
        var spec = Creation(Member(found.Creation, "Spec"), symbols);
        var template = Creation(Member(spec, "Template"), symbols);
        return new WorkloadMatch(found.Creation, MeshSymbols.Is(template?.Type, symbols.PodTemplateSpec) ? PodFacts.FromHolder(template!, symbols) : null);
    }

    /// <summary>The root of the operation tree (the method body).</summary>
    public static IOperation Root(IOperation operation)
    {
        while (operation.Parent is { } parent) operation = parent;
        return operation;
    }

    /// <summary>Names of the containers that a MeshedService or a pod template shows, with completeness.</summary>
    public static List<string> ContainerNames(WorkloadMatch workload, bool withNativeSidecars, out bool complete)
    {
        var names = new List<string>();
        if (workload.Pod is not { } pod)
        {
            var serviceName = String(Member(workload.Creation, "Name"));
            complete = serviceName is not null;
            if (serviceName is not null) names.Add(serviceName);
            return names;
        }
        complete = pod.ContainersComplete;
        foreach (var container in pod.Containers)
        {
            if (String(Member(container, "Name")) is { } n) names.Add(n);
            else complete = false;
        }
        if (withNativeSidecars)
        {
            complete &= pod.InitContainersComplete;
            foreach (var init in pod.InitContainers)
            {
                if (!HasMember(init, "RestartPolicy")) continue;
                if (EnumMember(Member(init, "RestartPolicy")) != "Always" || String(Member(init, "Name")) is not { } n)
                {
                    complete = false;
                    continue;
                }
                names.Add(n);
            }
        }
        return names;
    }

    private static bool SameNamespace(string? a, string? b) => a is null || b is null || a == b;
}
