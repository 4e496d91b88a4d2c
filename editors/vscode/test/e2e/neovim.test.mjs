// Headless Neovim (Debian's package) as a second real LSP client: its built-in client talks to `ccw lsp`
// (neovim-client.lua) on a copy of samples/ZiplStyle/zipl.ccw; this test checks what it recorded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverCommand, serverMissing, repository } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const nvimMissing = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).error ? 'nvim is not installed (apt-get install neovim)' : false;
const skip = nvimMissing || serverMissing();

test('Neovim: CCW0202 range, hover, definition, and the split fix clears the warning', { skip }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'ccw-nvim-'));
  try {
    const file = join(folder, 'zipl.ccw');
    copyFileSync(join(repository, 'samples', 'ZiplStyle', 'zipl.ccw'), file);
    const resultFile = join(folder, 'result.json');
    const { command, args } = serverCommand();
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(here, 'neovim-client.lua')}`], {
      env: { ...process.env, CCW_FILE: file, CCW_RESULT: resultFile, CCW_CMD: JSON.stringify([command, ...args]) },
      encoding: 'utf8',
      timeout: 90000,
    });
    let result;
    try {
      result = JSON.parse(readFileSync(resultFile, 'utf8'));
    } catch (error) {
      assert.fail(`Neovim wrote no result (status ${run.status}, signal ${run.signal}): ${run.stdout}${run.stderr}`);
    }
    assert.equal(result.published, true);
    // Neovim counts lines and columns from 0: `ccw check` says (16,5) to column 38 exclusive.
    assert.deepEqual(result.hazard, { lnum: 15, col: 4, end_lnum: 15, end_col: 37, severity: 2 });
    assert.match(result.hover, /00002018  06003000 40000066  READ_DATA/);
    assert.deepEqual(result.definition, { start: { line: 18, character: 8 }, end: { line: 18, character: 14 } });
    assert.match(result.action, /split/);
    assert.equal(result.line17, '    split');
    assert.equal(result.cleared, true);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
