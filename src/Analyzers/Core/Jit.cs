using System.Runtime.CompilerServices;

namespace Mesh.Sdk.Analyzers.Core;

/// <summary>JIT hints for the few loops every method body of a build goes through.</summary>
internal static class Jit
{
    /// <summary>
    /// <c>Jit.Optimized</c> (512), which netstandard2.0 does not name; the
    /// .NET runtime hosting the compiler honours it: the method is compiled optimised on first call
    /// instead of starting unoptimised (tier 0). A compiler started cold keeps JIT-compiling analyzers
    /// and generators, which holds back tier-up, so a tier-0 hot loop could stay slow for most of a build.
    /// </summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
