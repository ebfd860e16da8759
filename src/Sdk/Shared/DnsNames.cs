// Shared source: compiled into Mesh.Sdk (name validation) and Mesh.Sdk.Tasks (MeshEnvironments), so the
// character rule of a DNS name is written once.
#nullable enable

namespace Mesh.Sdk.Validation
{
    /// <summary>The characters of the API server's lower-case DNS names (RFC 1123 labels and subdomains).</summary>
    internal static class DnsNames
    {
        /// <summary>Non-empty, only a-z, 0-9, '-' (and '.' when allowed), starting and ending with a-z or 0-9.</summary>
        public static bool IsLowerDnsName(string name, bool allowDots)
        {
            if (name.Length == 0 || !IsLowerAlphanumeric(name[0]) || !IsLowerAlphanumeric(name[name.Length - 1])) return false;
            foreach (var c in name)
            {
                if (!IsLowerAlphanumeric(c) && c != '-' && !(allowDots && c == '.')) return false;
            }
            return true;
        }

        public static bool IsLowerAlphanumeric(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
