namespace S390Ccw.Cli.Lsp.JsonRpc;

/// <summary>Error codes of JSON-RPC 2.0 and of the Language Server Protocol specification (3.17, "ErrorCodes").</summary>
internal static class RpcErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
    public const int RequestCancelled = -32800;
}
