namespace System.Runtime.CompilerServices;

/// <summary>Enables <c>init</c> and records on netstandard2.0.</summary>
internal static class IsExternalInit;
