using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;

namespace S390Ccw.Cli.Lsp.JsonRpc;

/// <summary>Writes LSP base-protocol messages; one at a time, since responses and notifications come from several threads.</summary>
internal sealed class MessageWriter
{
    private readonly Stream _output;
    private readonly Lock _gate = new();

    public MessageWriter(Stream output)
    {
        _output = output;
    }

    public void Write(JsonObject message)
    {
        byte[] body = JsonSerializer.SerializeToUtf8Bytes(message, LspJson.Info<JsonObject>());
        byte[] header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        lock (_gate)
        {
            try
            {
                _output.Write(header, 0, header.Length);
                _output.Write(body, 0, body.Length);
                _output.Flush();
            }
            catch (IOException)
            {
                // The client has gone; the read loop sees the end of input and stops the server.
            }
            catch (System.ObjectDisposedException)
            {
            }
        }
    }
}
