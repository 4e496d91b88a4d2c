-- Driven by neovim.test.mjs: Neovim's built-in LSP client (0.7 API, Debian's package) opens a .ccw file with
-- `ccw lsp`, then records what a user would see: the CCW0202 diagnostic, a hover, a definition, and the
-- diagnostics after applying the code action's edit. The result goes to $CCW_RESULT as JSON.
local out = {}
local path = os.getenv('CCW_FILE')
local cmd = vim.fn.json_decode(os.getenv('CCW_CMD'))
vim.cmd('edit ' .. vim.fn.fnameescape(path))
local buf = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(buf)
local id = vim.lsp.start_client({ name = 'ccw', cmd = cmd, root_dir = vim.fn.fnamemodify(path, ':h') })
vim.lsp.buf_attach_client(buf, id)

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function hazards()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if code_of(d) == 'CCW0202' then table.insert(found, d) end
  end
  return found
end

local function first_result(method, params)
  local responses = vim.lsp.buf_request_sync(buf, method, params, 20000) or {}
  for _, response in pairs(responses) do
    if response.result then return response.result end
  end
  return nil
end

out.published = vim.wait(30000, function() return #hazards() > 0 end, 10)
local hazard = hazards()[1]
if hazard then
  out.hazard = { lnum = hazard.lnum, col = hazard.col, end_lnum = hazard.end_lnum, end_col = hazard.end_col, severity = hazard.severity }
end

local hover = first_result('textDocument/hover', { textDocument = { uri = uri }, position = { line = 15, character = 6 } })
out.hover = hover and hover.contents and hover.contents.value or vim.NIL

local definition = first_result('textDocument/definition', { textDocument = { uri = uri }, position = { line = 16, character = 10 } })
out.definition = definition and definition[1] and definition[1].range or vim.NIL

local actions = first_result('textDocument/codeAction', {
  textDocument = { uri = uri },
  range = { start = { line = 15, character = 4 }, ['end'] = { line = 15, character = 37 } },
  context = { diagnostics = {} },
}) or {}
for _, action in ipairs(actions) do
  if action.title:find('split', 1, true) then
    out.action = action.title
    vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
  end
end
out.line17 = vim.api.nvim_buf_get_lines(buf, 16, 17, false)[1]
out.cleared = vim.wait(30000, function() return #hazards() == 0 end, 10)
out.remaining = #vim.diagnostic.get(buf)

local file = io.open(os.getenv('CCW_RESULT'), 'w')
file:write(vim.fn.json_encode(out))
file:close()
vim.lsp.stop_client(id)
vim.cmd('qa!')
