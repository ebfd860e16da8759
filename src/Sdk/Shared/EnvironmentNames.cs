// Shared source: compiled into Mesh.Sdk (the emit host) and Mesh.Sdk.Tasks (MeshEmit checks the
// MeshEnvironments property before starting the emit process). One definition of a valid list.
#nullable enable
using System;
using System.Collections.Generic;

namespace Mesh.Sdk.Emit
{
    /// <summary>
    /// The <c>MeshEnvironments</c> setting: environment names separated by ';'. Each name is an
    /// RFC 1123 DNS label (lower-case letters, digits and '-', starting and ending with a letter or
    /// digit, at most 63 characters), the rule Kubernetes applies to namespace names, because it
    /// becomes a folder name and is often used in object names.
    /// </summary>
    internal static class EnvironmentNames
    {
        /// <summary>The longest name (a DNS label).</summary>
        public const int MaxLength = 63;

        /// <summary>The names in <paramref name="value"/>, in order; blanks around and between ';' are ignored.</summary>
        public static IReadOnlyList<string> Split(string? value)
        {
            var names = new List<string>();
            if (value is null) return names;
            foreach (var part in value.Split(';'))
            {
                var name = part.Trim();
                if (name.Length > 0) names.Add(name);
            }
            return names;
        }

        /// <summary>True when <paramref name="name"/> is a valid environment name.</summary>
        public static bool IsValid(string name) =>
            !string.IsNullOrEmpty(name) && name.Length <= MaxLength && Validation.DnsNames.IsLowerDnsName(name, allowDots: false);

        /// <summary>
        /// What is wrong with the list: one (problem, fix) pair per invalid or repeated name, the two
        /// arguments of MESH2009's message. Empty when the list is valid.
        /// </summary>
        public static IReadOnlyList<KeyValuePair<string, string>> Problems(IReadOnlyList<string> names)
        {
            var problems = new List<KeyValuePair<string, string>>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                if (!IsValid(name))
                {
                    var suggestion = Suggest(name);
                    problems.Add(new KeyValuePair<string, string>(
                        "has '" + name + "', which is not a valid environment name (lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters)",
                        suggestion is null ? "rename it, for example 'prod'" : "write it as '" + suggestion + "'"));
                }
                else if (!seen.Add(name) && reported.Add(name))
                {
                    problems.Add(new KeyValuePair<string, string>(
                        "lists '" + name + "' more than once",
                        "list each environment once"));
                }
            }
            return problems;
        }

        /// <summary>A valid name close to <paramref name="name"/> ("Prod" → "prod", "eu_west" → "eu-west"), or null.</summary>
        private static string? Suggest(string name)
        {
            var chars = name.ToLowerInvariant().Replace('_', '-').Replace('.', '-').Replace(' ', '-').Trim('-');
            if (chars.Length > MaxLength) chars = chars.Substring(0, MaxLength).TrimEnd('-');
            return IsValid(chars) ? chars : null;
        }
    }
}
