// The crawled sources: schedule, last runs, list items against their baseline, block pages, problems.
// Problems quote URLs and page text from the sites: text nodes only.
'use strict';

const STATUSES = {healthy: '正常', unhealthy: '异常', blocked: '被拦截', 'never-run': '尚未抓取'};

function when(instant) {
  return instant ? instant.substring(0, 16).replace('T', ' ') : '—';
}

function listItems(health) {
  const lists = Object.keys(health.last_items_per_page || {}).sort();
  if (!lists.length) return '—';
  return lists.map(list => {
    const baseline = (health.baseline_items_per_page || {})[list];
    return el('div', {}, `${list}: ${health.last_items_per_page[list]}`,
      baseline === undefined ? '' : el('span', {class: 'count'}, ` (通常 ${Number(baseline).toFixed(1)})`));
  });
}

/** The recent runs as a strip of marks, newest on the left; the tooltip gives each run's counts. */
function recentRuns(health) {
  const runs = health.recent_runs || [];
  if (!runs.length) return '—';
  return el('span', {class: 'runs'}, runs.map(run => el('span', {
    class: 'run ' + (run.blocked ? 'blocked' : run.healthy ? 'ok' : 'bad'),
    title: `${when(run.ended)} · 列表页 ${run.list_pages} · 详情 ${run.details} · 缺字段 ${run.details_missing_fields}`
      + (run.blocked ? ' · 被拦截' : '')}, run.blocked ? '■' : run.healthy ? '●' : '▲')));
}

function row(source) {
  const h = source.health;
  return el('tr', {class: 'source ' + source.status, 'data-id': source.id},
    el('td', {}, el('code', {}, source.id), el('div', {class: 'count'}, source.name)),
    el('td', {}, source.family, el('div', {class: 'count'}, source.kind)),
    el('td', {}, el('span', {class: 'badge status-' + source.status}, STATUSES[source.status] || source.status)),
    el('td', {class: 'num'}, String(source.documents)),
    el('td', {}, source.scheduled ? el('code', {}, source.cron) : '未排程'),
    el('td', {}, h ? when(h.last_run) : '—', h ? el('div', {}, recentRuns(h)) : ''),
    el('td', {}, h ? when(h.last_success) : '—'),
    el('td', {class: 'num'}, h ? String(h.consecutive_failures) : '—'),
    el('td', {}, h ? listItems(h) : '—'),
    el('td', {class: 'num'}, h ? `${h.last_details_missing_fields} / ${h.last_details}` : '—'),
    el('td', {}, h && h.last_blocked ? when(h.last_blocked) : '—'),
    el('td', {class: 'problems'}, h && h.problems.length ? el('ul', {}, h.problems.map(p => el('li', {}, p))) : ''));
}

async function load() {
  const answer = await api('/api/sources');
  document.getElementById('invalid').replaceChildren(...(answer.invalid_definitions.length ? [
    el('div', {class: 'error'}, el('strong', {}, '无效的来源定义（未加载）：'),
      el('ul', {}, answer.invalid_definitions.map(message => el('li', {}, message))))] : []));
  document.getElementById('sources').replaceChildren(el('table', {class: 'fields sources'},
    el('tr', {}, ['来源', '系统', '状态', '文件数', '排程', '上次运行', '上次成功', '连续失败', '列表首页条目', '详情缺字段', '上次被拦截', '问题']
      .map(label => el('th', {}, label))),
    answer.sources.map(row)));
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('nav').replaceWith(nav('/sources.html'));
  load().then(() => document.body.setAttribute('data-loaded', 'true'))
    .catch(error => showError(document.getElementById('sources'), error));
});
