// The client half of the .ccw language support: it starts `ccw lsp --stdio` (cli/S390Ccw.Cli/Lsp) and lets
// vscode-languageclient carry diagnostics, hover, navigation, outline, completion, code actions and semantic
// tokens between VS Code and the server. Colours come first from the TextMate grammar (syntaxes/).
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const settings = vscode.workspace.getConfiguration('ccw');
  const command = settings.get<string>('server.command', 'ccw');
  const args = settings.get<string[]>('server.args', ['lsp', '--stdio']);
  // No transport kind: the client then talks over the process's stdio without appending another '--stdio'.
  const serverOptions: ServerOptions = { run: { command, args }, debug: { command, args } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'ccw' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.editorconfig') },
  };
  client = new LanguageClient('ccw', 'S390Ccw language server', serverOptions, clientOptions);
  context.subscriptions.push(client);
  try {
    await client.start();
  } catch (error) {
    void vscode.window.showErrorMessage(
      `Could not start '${command} ${args.join(' ')}': ${String(error)}. Install the ccw tool or set ccw.server.command.`);
  }
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
}
