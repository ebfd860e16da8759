using System.Collections;
using System.Reflection;
using Mesh.Sdk.Generators.Common;
using Mesh.Sdk.Generators.Registry;
using Microsoft.CodeAnalysis;

namespace Mesh.Sdk.Generators.Tests;

/// <summary>
/// Pipeline models must be plain, structurally equal data: no symbols, compilations, syntax or
/// locations, which would keep compilations alive and defeat caching (STYLE.md example 2).
/// </summary>
public sealed class ModelTests
{
    private static readonly Type[] Forbidden =
    [
        typeof(ISymbol), typeof(Compilation), typeof(SemanticModel), typeof(SyntaxNode), typeof(SyntaxTree),
        typeof(SyntaxToken), typeof(SyntaxReference), typeof(Location), typeof(AttributeData), typeof(TypedConstant),
    ];

    [TestCase(typeof(DefinitionSpec))]
    [TestCase(typeof(EquatableArray<DefinitionSpec>))]
    [TestCase(typeof(DefinitionList))]
    [TestCase(typeof(MeshSdkReference))]
    public void ModelHoldsOnlyPlainData(Type model)
    {
        var problems = new List<string>();
        Walk(model, model.Name, new HashSet<Type>(), problems);

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void DefinitionSpecIsASealedRecord()
    {
        Assert.Multiple(() =>
        {
            Assert.That(typeof(DefinitionSpec).IsSealed, Is.True);
            Assert.That(typeof(DefinitionSpec).GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance), Is.Not.Null, "a record");
        });
    }

    [Test]
    public void EqualModelsFromSeparateRunsAreEqual()
    {
        var a = new EquatableArray<DefinitionSpec>([new DefinitionSpec("web", "Web", "global::Web", "/src/Web.cs", 3)]);
        var b = new EquatableArray<DefinitionSpec>([new DefinitionSpec("web", "Web", "global::Web", "/src/Web.cs", 3)]);
        var c = new EquatableArray<DefinitionSpec>([new DefinitionSpec("web", "Web", "global::Web", "/src/Web.cs", 4)]);

        Assert.Multiple(() =>
        {
            Assert.That(a, Is.EqualTo(b));
            Assert.That(a.GetHashCode(), Is.EqualTo(b.GetHashCode()));
            Assert.That(a, Is.Not.EqualTo(c));
            Assert.That(default(EquatableArray<DefinitionSpec>), Is.EqualTo(new EquatableArray<DefinitionSpec>([])));
        });
    }

    private static void Walk(Type type, string path, HashSet<Type> seen, List<string> problems)
    {
        if (Forbidden.Any(f => f.IsAssignableFrom(type)))
        {
            problems.Add($"{path}: {type.Name} is a compiler object");
            return;
        }
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)) return;
        if (!seen.Add(type)) return;

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            Walk(type.GetGenericArguments()[0], path + "[]", seen, problems);
            return;
        }
        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            problems.Add($"{path}: {type.Name} is a collection without structural equality; use EquatableArray<T>");
            return;
        }
        if (type.IsClass && type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is null)
        {
            problems.Add($"{path}: {type.Name} is a class but not a record");
        }
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            if (field.Name.Contains("EqualityContract", StringComparison.Ordinal)) continue;
            Walk(field.FieldType, $"{path}.{field.Name}", seen, problems);
        }
    }
}
