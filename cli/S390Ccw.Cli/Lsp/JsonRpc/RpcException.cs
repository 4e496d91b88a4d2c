using System;

namespace S390Ccw.Cli.Lsp.JsonRpc;

/// <summary>A request that cannot be answered with a result: sent back as a JSON-RPC error with this code.</summary>
internal sealed class RpcException : Exception
{
    public RpcException(int code, string message)
        : base(message)
    {
        Code = code;
    }

    public int Code { get; }
}
