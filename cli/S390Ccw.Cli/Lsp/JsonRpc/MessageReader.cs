using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace S390Ccw.Cli.Lsp.JsonRpc;

/// <summary>
/// Reads the base protocol of the Language Server Protocol: header lines (<c>Content-Length: N</c>, other
/// headers ignored) ended by an empty line, then N bytes of UTF-8 JSON. A header block that cannot be
/// understood is skipped up to the next empty line and reported, so one bad message does not end the session.
/// </summary>
internal sealed class MessageReader
{
    /// <summary>Larger bodies are refused (read and dropped), so a wrong length cannot exhaust memory.</summary>
    public const int MaximumBodyLength = 64 * 1024 * 1024;

    private readonly Stream _input;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    public MessageReader(Stream input)
    {
        _input = input;
    }

    /// <summary>The next body; null at the end of the input. Throws <see cref="InvalidDataException"/> for a bad header block.</summary>
    public async Task<byte[]?> ReadAsync(CancellationToken cancellationToken)
    {
        int length = -1;
        string? problem = null;
        while (true)
        {
            string? line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null) return null;
            if (line.Length == 0)
            {
                if (problem is null && length < 0) continue; // blank lines between messages are harmless
                break;
            }
            int colon = line.IndexOf(':');
            if (colon < 0)
            {
                problem ??= $"header line without ':' ({Shorten(line)})";
                continue;
            }
            if (line.Substring(0, colon).Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (!int.TryParse(line.Substring(colon + 1).Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out length) || length > MaximumBodyLength)
                {
                    problem ??= $"invalid Content-Length ({Shorten(line)})";
                    length = -1;
                }
            }
        }
        if (problem is not null) throw new InvalidDataException(problem);
        if (length < 0) throw new InvalidDataException("message without Content-Length");
        var body = new byte[length];
        int filled = 0;
        while (filled < length)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false)) return null;
            int n = Math.Min(length - filled, _end - _start);
            Buffer.BlockCopy(_buffer, _start, body, filled, n);
            _start += n;
            filled += n;
        }
        return body;
    }

    private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        while (true)
        {
            if (_start == _end && !await FillAsync(cancellationToken).ConfigureAwait(false)) return line.Length == 0 ? null : line.ToString();
            byte b = _buffer[_start++];
            if (b == (byte)'\n')
            {
                if (line.Length > 0 && line[line.Length - 1] == '\r') line.Length--;
                return line.ToString();
            }
            // Header lines are ASCII; a runaway line is cut off rather than kept growing.
            if (line.Length < 4096) line.Append((char)b);
        }
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        _start = 0;
        _end = await _input.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
        return _end > 0;
    }

    private static string Shorten(string line) => line.Length <= 60 ? line : line.Substring(0, 60) + "…";
}
