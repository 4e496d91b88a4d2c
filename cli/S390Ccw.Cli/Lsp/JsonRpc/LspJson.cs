using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace S390Ccw.Cli.Lsp.JsonRpc;

/// <summary>
/// The JSON conventions of the Language Server Protocol: camelCase names, absent rather than null members;
/// the types come from the source-generated <see cref="LspJsonContext"/>, never from reflection.
/// </summary>
internal static class LspJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 64,
        TypeInfoResolver = LspJsonContext.Default,
    };

    /// <summary>The metadata of <typeparamref name="T"/>.</summary>
    public static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
}
