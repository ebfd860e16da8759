using System.Runtime.CompilerServices;
using Mesh.Sdk.Model;

namespace Mesh.Sdk.Kubernetes.Core.V1;

/// <summary><c>exec</c>: a command run in the container, not in a shell (wrap in <c>sh -c</c> for one).</summary>
public sealed class ExecAction : ModelObject
{
    public ExecAction([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary><c>command</c>: the executable and its arguments.</summary>
    public IList<string> Command { get; init; } = [];
}
