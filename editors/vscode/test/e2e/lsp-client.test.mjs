// A real LSP client (vscode-languageserver-protocol, the protocol library under vscode-languageclient) drives
// `ccw lsp` over stdio: diagnostics with their ranges, hover, definition and the CCW0202 code action's edit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serverCommand, serverMissing, repository } from './server.mjs';

let protocol;
try {
  protocol = await import('vscode-languageserver-protocol/node');
} catch {
  protocol = undefined;
}
const skip = !protocol ? 'vscode-languageserver-protocol is not installed (npm ci)' : serverMissing();
const ziplPath = join(repository, 'samples', 'ZiplStyle', 'zipl.ccw');
const zipl = pathToFileURL(ziplPath).href;
let server;
let connection;
const published = [];

function diagnosticsFor(uri, version) {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 20000;
    const poll = () => {
      const found = published.find((p) => p.uri === uri && p.version === version);
      if (found) resolve(found.diagnostics);
      else if (Date.now() > deadline) reject(new Error(`no diagnostics for ${uri} version ${version}`));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

before(async () => {
  if (skip) return;
  const { command, args } = serverCommand();
  server = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  connection = protocol.createProtocolConnection(
    new protocol.StreamMessageReader(server.stdout), new protocol.StreamMessageWriter(server.stdin));
  connection.onNotification(protocol.PublishDiagnosticsNotification.type, (p) => published.push(p));
  connection.listen();
  const result = await connection.sendRequest(protocol.InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
  assert.equal(result.capabilities.hoverProvider, true);
  await connection.sendNotification(protocol.InitializedNotification.type, {});
  await connection.sendNotification(protocol.DidOpenTextDocumentNotification.type,
    { textDocument: { uri: zipl, languageId: 'ccw', version: 1, text: readFileSync(ziplPath, 'utf8') } });
});

after(async () => {
  if (!connection) return;
  await connection.sendRequest(protocol.ShutdownRequest.type);
  await connection.sendNotification(protocol.ExitNotification.type);
  await new Promise((resolve) => server.on('exit', resolve));
  connection.dispose();
});

test('zipl.ccw: CCW0202 at the READ of stage1 (line 16, columns 5-38 as `ccw check` reports)', { skip }, async () => {
  const diagnostics = await diagnosticsFor(zipl, 1);
  const hazard = diagnostics.find((d) => d.code === 'CCW0202');
  assert.ok(hazard, JSON.stringify(diagnostics));
  assert.deepEqual(hazard.range, { start: { line: 15, character: 4 }, end: { line: 15, character: 37 } });
  assert.equal(hazard.severity, 2);
  assert.match(hazard.message, /mark the TIC at 0x00002020 with 'split'/);
});

test('hover on the READ shows its four CCWs and their bytes', { skip }, async () => {
  const hover = await connection.sendRequest(protocol.HoverRequest.type, { textDocument: { uri: zipl }, position: { line: 15, character: 6 } });
  const text = hover.contents.value;
  // stage1 at 0x2000: SEEK, SEARCH_ID_EQ, TIC *-8, READ_DATA of record (0,0,4) to stage2 (0x3000), CC.
  assert.match(text, /4 CCWs, format 0, program `stage1`, record \(0,0,4\)/);
  assert.match(text, /00002000  07002028 40000006  SEEK/);
  assert.match(text, /00002010  08002008 00000000  TIC/);
  assert.match(text, /00002018  06003000 40000066  READ_DATA/);
});

test('definition of the TIC\'s label lands on the program name', { skip }, async () => {
  const locations = await connection.sendRequest(protocol.DefinitionRequest.type, { textDocument: { uri: zipl }, position: { line: 16, character: 10 } });
  assert.deepEqual(locations, [{ uri: zipl, range: { start: { line: 18, character: 8 }, end: { line: 18, character: 14 } } }]);
});

test('the code action inserts split before the TIC and the warning goes', { skip }, async () => {
  const diagnostics = await diagnosticsFor(zipl, 1);
  const hazard = diagnostics.find((d) => d.code === 'CCW0202');
  const actions = await connection.sendRequest(protocol.CodeActionRequest.type,
    { textDocument: { uri: zipl }, range: hazard.range, context: { diagnostics: [hazard] } });
  const split = actions.find((a) => a.title.includes('split'));
  const [edit] = split.edit.changes[zipl];
  assert.deepEqual(edit, { range: { start: { line: 16, character: 0 }, end: { line: 16, character: 0 } }, newText: '    split\n' });
  await connection.sendNotification(protocol.DidChangeTextDocumentNotification.type,
    { textDocument: { uri: zipl, version: 2 }, contentChanges: [{ range: edit.range, text: edit.newText }] });
  const after = await diagnosticsFor(zipl, 2);
  assert.equal(after.filter((d) => d.code === 'CCW0202').length, 0, JSON.stringify(after));
});
