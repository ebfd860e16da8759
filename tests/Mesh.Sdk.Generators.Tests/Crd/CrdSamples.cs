namespace Mesh.Sdk.Generators.Tests.Crd;

/// <summary>Hand-written CRDs for the tests: one representative of every schema construct the import maps.</summary>
internal static class CrdSamples
{
    /// <summary>
    /// <c>widgets.shop.example.com</c>: two served versions and one that is not, a required spec,
    /// nested objects and lists, enums with non-identifier values, int-or-string, durations,
    /// free-form and typed maps, keywords and invalid identifiers as field names, oneOf/anyOf, and
    /// descriptions that need escaping.
    /// </summary>
    public const string Widget = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: widgets.shop.example.com
        spec:
          group: shop.example.com
          scope: Namespaced
          names:
            kind: Widget
            plural: widgets
            singular: widget
          versions:
            - name: v1
              served: true
              storage: true
              schema:
                openAPIV3Schema:
                  description: A Widget is sold in the shop. Prices are in <cents> & never negative.
                  type: object
                  required: [spec]
                  properties:
                    apiVersion: {type: string}
                    kind: {type: string}
                    metadata: {type: object}
                    spec:
                      description: |
                        What the widget is.
                        Two lines of description.
                      type: object
                      required: [size, mode]
                      properties:
                        size:
                          description: Size in millimetres.
                          type: integer
                          format: int32
                        weight:
                          type: integer
                          format: int64
                        count:
                          type: integer
                        ratio:
                          type: number
                        enabled:
                          type: boolean
                        mode:
                          type: string
                          enum: [Fast, slow, "best-effort", "2x", ""]
                        port:
                          x-kubernetes-int-or-string: true
                          anyOf:
                            - type: integer
                            - type: string
                        timeout:
                          type: string
                          format: duration
                        createdAt:
                          type: string
                          format: date-time
                        class:
                          type: string
                        namespace:
                          type: string
                        x-request-id:
                          type: string
                        IPAddress:
                          type: string
                        $schema:
                          type: string
                        origin:
                          description: Collides with ModelObject.Origin.
                          type: string
                        labels:
                          type: object
                          additionalProperties:
                            type: string
                        limits:
                          type: object
                          additionalProperties:
                            type: object
                            properties:
                              max: {type: integer, format: int32}
                        config:
                          type: object
                          x-kubernetes-preserve-unknown-fields: true
                        raw:
                          x-kubernetes-preserve-unknown-fields: true
                        tags:
                          type: array
                          items: {type: string}
                        matrix:
                          type: array
                          items:
                            type: array
                            items: {type: integer, format: int32}
                        parts:
                          type: array
                          items:
                            type: object
                            required: [name]
                            properties:
                              name: {type: string}
                              quantity: {type: integer, format: int32}
                              finish:
                                type: string
                                enum: [matte, gloss]
                        template:
                          type: object
                          properties:
                            spec:
                              type: object
                              properties:
                                replicas: {type: integer, format: int32}
                        delivery:
                          description: Exactly one of pickup or shipping.
                          type: object
                          oneOf:
                            - required: [pickup]
                            - required: [shipping]
                          properties:
                            pickup:
                              type: object
                              properties:
                                store: {type: string}
                          anyOf:
                            - properties:
                                shipping:
                                  type: object
                                  required: [address]
                                  properties:
                                    address: {type: string}
                    status:
                      type: object
                      properties:
                        ready: {type: boolean}
            - name: v1beta1
              served: true
              storage: false
              schema:
                openAPIV3Schema:
                  type: object
                  properties:
                    spec:
                      type: object
                      properties:
                        size: {type: integer}
            - name: v1alpha1
              served: false
              storage: false
              schema:
                openAPIV3Schema:
                  type: object
        """;

    /// <summary>A cluster-scoped kind in another group, no required spec.</summary>
    public const string Gadget = """
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: gadgets.tools.example.com
        spec:
          group: tools.example.com
          scope: Cluster
          names: {kind: Gadget, plural: gadgets}
          versions:
            - name: v2
              served: true
              storage: true
              schema:
                openAPIV3Schema:
                  type: object
                  properties:
                    spec:
                      type: object
                      properties:
                        color: {type: string}
        """;

    /// <summary>A CRD with its kind renamed, for edits.</summary>
    public static string GadgetWithColorDescription(string description) =>
        Gadget.Replace("color: {type: string}", "color: {type: string, description: \"" + description + "\"}", StringComparison.Ordinal);
}
