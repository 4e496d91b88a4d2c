// How the end-to-end tests start `ccw lsp`: CCW_LSP_COMMAND (a command line) when set, otherwise the ccw.dll
// that `dotnet build -c Release` (scripts/test.sh) leaves in cli/S390Ccw.Cli, run with dotnet.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repository = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

export function serverCommand() {
  if (process.env.CCW_LSP_COMMAND) {
    const [command, ...args] = process.env.CCW_LSP_COMMAND.split(' ').filter((s) => s.length > 0);
    return { command, args };
  }
  const dll = join(repository, 'cli', 'S390Ccw.Cli', 'bin', 'Release', 'net10.0', 'ccw.dll');
  return { command: 'dotnet', args: [dll, 'lsp', '--stdio'], dll };
}

/** Why the server cannot be started here, or false when it can. */
export function serverMissing() {
  const server = serverCommand();
  if (server.dll && !existsSync(server.dll)) return `no ${server.dll} (build cli/S390Ccw.Cli -c Release first)`;
  if (spawnSync(server.command, ['--version'], { encoding: 'utf8' }).error) return `${server.command} is not installed`;
  return false;
}
