// The rules folder, read-only: what is running, the last rejected edit with file:line:col, every file.
// Rule text is code an analyst typed (<, &, quotes): it is only ever inserted as text nodes.
'use strict';

const KINDS = {drl: '规则', vocab: '词表', properties: '阈值', json: '规则测试'};

function time(instant) {
  return instant ? instant.substring(0, 19).replace('T', ' ') + ' UTC' : '';
}

function fileId(path) {
  return 'file-' + path;
}

/** Opens the file and brings its line into view: the jump from an error to where it is. */
function reveal(path, line) {
  const section = document.getElementById(fileId(path));
  if (!section) return;
  section.open = true;
  const target = section.querySelector(`.line[data-line="${Number(line)}"]`) || section;
  target.scrollIntoView({block: 'center'});
}

function problemItem(problem) {
  const location = problem.file
    ? el('a', {href: '#', class: 'location', onclick: event => { event.preventDefault(); reveal(problem.file, problem.line); }},
        problem.location)
    : el('span', {class: 'location'}, problem.location);
  return el('li', {class: 'problem'}, location, ': ', problem.message);
}

function renderStatus(rules) {
  const panel = document.getElementById('rule-status');
  const running = el('p', {},
    `运行中的规则编译于 ${time(rules.compiled_at)} · ${rules.rule_count} 条规则 · 主题：`,
    rules.themes.map(t => el('span', {class: 'tag'}, THEMES[t] || t)));
  if (!rules.rejected_at) {
    panel.className = 'panel ok';
    panel.replaceChildren(el('h2', {}, '规则编译通过'), running);
    return;
  }
  panel.className = 'panel rejected';
  // Started on the saved copy: the folder was already broken when the service started.
  const fromCopy = rules.started_from_copy
    ? el('p', {class: 'from-copy'}, `服务启动时规则文件夹未通过编译，运行的是 ${time(rules.copy_saved_at)} 最后一次通过编译时保存的副本（${rules.started_from_copy}）；修正并保存后自动重新编译。`)
    : null;
  panel.replaceChildren(...[
    el('h2', {}, `最近一次修改未通过编译（${time(rules.rejected_at)}），原规则继续运行`),
    fromCopy,
    el('ul', {class: 'problems'}, rules.problems.map(problemItem)),
    running].filter(Boolean));
}

function renderFile(file) {
  const byLine = new Map();
  for (const problem of file.problems) {
    if (!byLine.has(problem.line)) byLine.set(problem.line, []);
    byLine.get(problem.line).push(problem);
  }
  let body;
  if (file.content === null) {
    body = el('p', {class: 'error'}, file.note || '无法显示');
  } else {
    const lines = file.content.replace(/\r?\n$/, '').split(/\r?\n/);
    body = el('div', {class: 'source'}, lines.map((text, i) => {
      const number = i + 1;
      const problems = byLine.get(number) || [];
      return [
        el('div', {class: 'line' + (problems.length ? ' has-problem' : ''), 'data-line': number},
          el('span', {class: 'ln'}, String(number)), el('code', {}, text)),
        problems.map(p => el('div', {class: 'problem-note'}, `第 ${p.line} 行第 ${p.column} 列：`, p.message))];
    }));
    // A problem at line 0 (or past the end) is about the whole file: show it above the text.
    const loose = file.problems.filter(p => p.line < 1 || p.line > lines.length);
    if (loose.length) body.prepend(...loose.map(p => el('div', {class: 'problem-note'}, p.message)));
  }
  return el('details', {class: 'rule-file', id: fileId(file.path), 'data-path': file.path, open: file.problems.length > 0},
    el('summary', {},
      el('span', {class: 'path'}, file.path), ' ',
      el('span', {class: 'badge'}, KINDS[file.kind] || file.kind), ' ',
      file.theme ? el('span', {class: 'tag'}, THEMES[file.theme] || file.theme) : '', ' ',
      file.problems.length ? el('span', {class: 'badge problems-count'}, `${file.problems.length} 个错误`) : '',
      el('span', {class: 'count'}, ` 修改于 ${time(file.modified)}`)),
    body);
}

/** Runs tests/*.json against the running rules and lists what failed, by file. */
async function runTests(event) {
  const panel = document.getElementById('rule-tests');
  panel.hidden = false;
  event.target.disabled = true;
  try {
    const result = await api('/api/rules/tests');
    const summary = `${result.tests} 个规则测试，${result.failures.length} 个失败`;
    panel.className = 'panel ' + (result.failures.length ? 'rejected' : 'ok');
    panel.replaceChildren(el('h2', {}, summary),
      result.failures.length ? el('ul', {class: 'problems'}, result.failures.map(f =>
        el('li', {class: 'problem'}, el('a', {href: '#' + fileId(f.file)}, f.file), '：', f.message))) : '');
    panel.setAttribute('data-tested', 'true');
  } catch (error) {
    showError(panel, error);
  } finally {
    event.target.disabled = false;
  }
}

async function load() {
  const rules = await api('/api/rules');
  document.getElementById('rules-dir').textContent = rules.dir;
  renderStatus(rules);
  document.getElementById('rule-files').replaceChildren(...rules.files.map(renderFile));
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('nav').replaceWith(nav('/rules.html'));
  document.getElementById('run-tests').addEventListener('click', runTests);
  load().then(() => document.body.setAttribute('data-loaded', 'true'))
    .catch(error => showError(document.getElementById('rule-status'), error));
});
