using System.Text.Json;
using System.Text.Json.Serialization;

namespace S390Ccw.Cli.Lsp.JsonRpc;

/// <summary>The JSON conventions of the Language Server Protocol: camelCase names, absent rather than null members.</summary>
internal static class LspJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 64,
    };
}
