using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis.Operations;
using static Mesh.Sdk.Analyzers.Core.InitializerReader;

namespace Mesh.Sdk.Analyzers.Core;

/// <summary>How a container's preStop hook delays shutdown, as far as the source shows.</summary>
internal enum PreStopKind
{
    /// <summary>No preStop hook (no Lifecycle, or no PreStop in it).</summary>
    None,

    /// <summary><c>PreStop.Sleep.Seconds</c>.</summary>
    Sleep,

    /// <summary><c>PreStop.Exec</c> running <c>sleep N</c> (directly or as <c>sh -c "sleep N"</c>).</summary>
    ExecSleep,

    /// <summary>Another hook (httpGet, another command): it may delay, by an unknown time.</summary>
    Other,

    /// <summary>Not visible (a variable, a method call).</summary>
    Unknown,
}

/// <summary>A container's preStop delay: the kind and, when constant, the seconds.</summary>
internal readonly struct PreStopDelay
{
    public PreStopDelay(PreStopKind kind, long? seconds, IObjectCreationOperation? sleep = null)
    {
        Kind = kind;
        Seconds = seconds;
        SleepCreation = sleep;
    }

    public PreStopKind Kind { get; }

    /// <summary>Seconds of delay: 0 for <see cref="PreStopKind.None"/>, null when not constant or unknown.</summary>
    public long? Seconds { get; }

    /// <summary>The SleepAction creation for <see cref="PreStopKind.Sleep"/>.</summary>
    public IObjectCreationOperation? SleepCreation { get; }

    /// <summary>True when the hook visibly gives no delay: none at all, or a sleep of 0 seconds.</summary>
    public bool IsVisiblyZero => Kind == PreStopKind.None || (Kind is PreStopKind.Sleep or PreStopKind.ExecSleep && Seconds == 0);
}

/// <summary>Reads containers' lifecycle hooks from their initializers.</summary>
internal static class ContainerFacts
{
    /// <summary>The preStop delay of a Container creation (domain.md preStopDelay(c)).</summary>
    public static PreStopDelay PreStop(IObjectCreationOperation container, MeshSymbols symbols)
    {
        var lifecycleValue = Member(container, "Lifecycle");
        if (lifecycleValue is null || IsNull(lifecycleValue)) return new(PreStopKind.None, 0);
        return PreStopOfLifecycle(Creation(lifecycleValue, symbols), symbols);
    }

    /// <summary>The preStop delay of a Lifecycle creation (null: not visible).</summary>
    public static PreStopDelay PreStopOfLifecycle(IObjectCreationOperation? lifecycle, MeshSymbols symbols)
    {
        if (lifecycle is null) return new(PreStopKind.Unknown, null);
        var handlerValue = Member(lifecycle, "PreStop");
        if (handlerValue is null || IsNull(handlerValue)) return new(PreStopKind.None, 0);
        var handler = Creation(handlerValue, symbols);
        if (handler is null) return new(PreStopKind.Unknown, null);

        if (Member(handler, "Sleep") is { } sleepValue && !IsNull(sleepValue))
        {
            var sleep = Creation(sleepValue, symbols);
            return sleep is null ? new(PreStopKind.Unknown, null) : new(PreStopKind.Sleep, Integer(Member(sleep, "Seconds")), sleep);
        }
        if (Member(handler, "Exec") is { } execValue && !IsNull(execValue))
        {
            var command = Command(Creation(execValue, symbols), out _);
            return SleepSeconds(command) is { } n ? new(PreStopKind.ExecSleep, n) : new(PreStopKind.Other, null);
        }
        return new(PreStopKind.Other, null);
    }

    /// <summary>The constant strings of an ExecAction's command (non-constant elements are null).</summary>
    public static List<string?> Command(IObjectCreationOperation? exec, out bool complete)
    {
        var command = new List<string?>();
        complete = false;
        if (exec is null) return command;
        foreach (var element in Elements(Member(exec, "Command"), out complete)) command.Add(String(element));
        return command;
    }

    /// <summary>N from <c>["sleep", "N"]</c> or <c>["sh", "-c", "sleep N"]</c>; null otherwise.</summary>
    public static long? SleepSeconds(List<string?> command)
    {
        if (command.Count == 2 && BaseName(command[0]) == "sleep") return Parse(command[1]);
        if (command.Count == 3 && IsShell(command[0]) && command[1] == "-c" && command[2] is { } script)
        {
            var parts = script.Trim().Split(' ');
            if (parts.Length == 2 && BaseName(parts[0]) == "sleep") return Parse(parts[1]);
        }
        return null;

        static long? Parse(string? text) =>
            text is not null && long.TryParse(text.TrimEnd('s'), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>True for sh, bash, ash, dash, zsh (any path).</summary>
    public static bool IsShell(string? executable) => BaseName(executable) is "sh" or "bash" or "ash" or "dash" or "zsh";

    /// <summary>The last path segment.</summary>
    public static string? BaseName(string? path) => path is null ? null : path.Substring(path.LastIndexOf('/') + 1);
}
