namespace Mesh.Sdk.Model;

/// <summary>The API server's rule for an object's <c>metadata.name</c>.</summary>
public enum NameRule
{
    /// <summary>RFC 1123 subdomain: lower-case alphanumerics, '-' and '.', at most 253 characters.</summary>
    Dns1123Subdomain,

    /// <summary>RFC 1123 label: lower-case alphanumerics and '-', at most 63 characters.</summary>
    Dns1123Label,

    /// <summary>RFC 1035 label: like a 1123 label but starting with a letter (Services).</summary>
    Dns1035Label,
}
