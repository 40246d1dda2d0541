// One document: its fields, body, project timeline and the alerts it triggered.
'use strict';

function row(label, ...value) {
  return el('tr', {}, el('th', {}, label), el('td', {}, value));
}

function render(page, data) {
  const d = data.document;
  document.title = d.title + ' · Catalyst Tracker';
  const winners = (d.winners || []).map(w => el('div', {class: 'winner'},
    w.name, w.listed ? `（${w.listed.name} ${w.listed.code}）` : '', w.amount_yuan ? ' ' + formatYuan(w.amount_yuan) : ''));
  const fields = el('table', {class: 'fields'},
    row('进展', el('span', {class: stageClass(d.doc_type)}, data.display.stage), ' ', DOC_TYPES[d.doc_type] || d.doc_type),
    row('发布日期', d.published || ''),
    row('发布机关/采购人', d.issuer || '', d.issuer_level ? `（${ISSUER_LEVELS[d.issuer_level] || d.issuer_level}）` : ''),
    row('地区', data.display.region || ''),
    d.doc_number ? row('文号', d.doc_number) : null,
    d.project_code ? row('项目编号', d.project_code) : null,
    d.project_name ? row('项目名称', d.project_name) : null,
    d.budget_yuan ? row('预算金额', formatYuan(d.budget_yuan)) : null,
    d.amount_yuan ? row('中标金额', el('span', {class: 'money'}, formatYuan(d.amount_yuan))) : null,
    winners.length ? row('中标人', winners) : null,
    d.agency ? row('代理机构', d.agency) : null,
    row('主题', (d.themes || []).map(t => el('span', {class: 'tag'}, THEMES[t] || t))),
    row('来源', d.source, ' · ', el('a', {href: d.url, target: '_blank', rel: 'noopener noreferrer', id: 'original'}, d.url)));
  const timeline = el('ol', {class: 'timeline'}, data.timeline.map(step =>
    el('li', {class: step.id === d.id ? 'current' : null},
      `${step.published || ''} `, el('span', {class: stageClass(step.doc_type)}, step.stage), ' ',
      el('a', {href: '/document.html?id=' + encodeURIComponent(step.id)}, step.title),
      step.money ? ' · ' + step.money : '')));
  const alerts = data.alerts.map(a => el('div', {class: 'alert ' + a.severity},
    el('span', {}, `${(a.created_at || '').substring(0, 16).replace('T', ' ')} [${THEMES[a.theme] || a.theme}] `, a.message || '')));
  page.replaceChildren(
    el('h1', {id: 'doc-title'}, d.title),
    fields,
    el('h2', {}, '项目进程'),
    data.timeline.length > 0 ? timeline : el('p', {class: 'empty'}, '没有项目编号，无法关联同一项目的其他公告。'),
    el('h2', {}, '相关预警'),
    alerts.length > 0 ? el('div', {}, alerts) : el('p', {class: 'empty'}, '没有预警。'),
    el('h2', {}, '正文'),
    el('div', {class: 'body', id: 'doc-body'}, d.text || ''));
}

document.addEventListener('DOMContentLoaded', async () => {
  document.getElementById('nav').replaceWith(nav(''));
  const page = document.getElementById('page');
  const id = new URLSearchParams(location.search).get('id');
  if (!id) { showError(page, new Error('地址缺少 id 参数')); return; }
  try {
    render(page, await api('/api/documents/' + encodeURIComponent(id)));
    document.body.setAttribute('data-loaded', 'true');
  } catch (error) {
    showError(page, error);
  }
});
