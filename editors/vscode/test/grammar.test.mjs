// Runs each TextMate grammar test file (test/grammar/*.test.ccw) with vscode-tmgrammar-test, one node test
// a file, so scripts/test.sh counts them with the other tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runner = join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
const folder = join(root, 'test', 'grammar');

for (const file of readdirSync(folder).filter((f) => f.endsWith('.test.ccw')).sort()) {
  test(`grammar ${file}`, { skip: existsSync(runner) ? false : 'vscode-tmgrammar-test is not installed (npm ci)' }, () => {
    const run = spawnSync(process.execPath, [runner, '--grammar', join(root, 'syntaxes', 'ccw.tmLanguage.json'), join(folder, file)],
      { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });
}
