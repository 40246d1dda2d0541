// The dashboard: monthly awards per theme, top provinces and winners, latest high alerts.
// Charts are plain elements sized from the API's aggregations: no chart library to ship.
'use strict';

const AWARDS = 'doc_type=award_result&doc_type=contract';

function range() {
  const params = new URLSearchParams();
  for (const name of ['from', 'to']) {
    const value = document.getElementById(name).value;
    if (value) params.set(name, value);
  }
  return params;
}

function monthChart(months) {
  const max = Math.max(1, ...months.map(m => Number(m.amount_yuan) || 0));
  const columns = months.map(m => el('div', {class: 'col', title: `${m.key}: ${m.count} 条 · ${formatYuan(m.amount_yuan)}`},
    el('span', {class: 'value'}, formatYuan(m.amount_yuan).replace('元', '')),
    el('div', {class: 'bar', style: `height:${Math.max(2, Math.round(100 * (Number(m.amount_yuan) || 0) / max))}px`}),
    el('span', {class: 'value'}, m.count + '条')));
  return [el('div', {class: 'chart'}, columns), el('div', {class: 'chart-labels'}, months.map(m => el('span', {}, m.key)))];
}

function ranking(buckets, label) {
  const top = buckets.slice().sort((a, b) => Number(b.amount_yuan) - Number(a.amount_yuan)).slice(0, 10);
  const max = Math.max(1, ...top.map(b => Number(b.amount_yuan) || 0));
  return el('table', {class: 'ranking'}, top.map(b => el('tr', {},
    el('td', {}, label(b.key)),
    el('td', {style: 'width:40%'}, el('div', {class: 'meter', style: `width:${Math.round(100 * (Number(b.amount_yuan) || 0) / max)}%`})),
    el('td', {class: 'num'}, formatYuan(b.amount_yuan)),
    el('td', {class: 'num'}, b.count + '条'))));
}

async function load() {
  const base = range();
  const all = await api(`/api/documents?size=0&aggs=true&theme_months=true&${AWARDS}&${base}`);
  const themesPanel = document.getElementById('themes');
  themesPanel.replaceChildren(themesPanel.firstElementChild);
  // Each theme bucket carries its own months, so the whole dashboard is one search.
  for (const theme of all.aggregations.themes) {
    themesPanel.append(el('div', {class: 'theme-chart', 'data-theme': theme.key},
      el('h3', {}, `${THEMES[theme.key] || theme.key} · ${theme.count} 条 · ${formatYuan(theme.amount_yuan)}`),
      monthChart(theme.months || [])));
  }
  if (all.aggregations.themes.length === 0) themesPanel.append(el('p', {class: 'empty'}, '这段时间没有中标或合同公告。'));
  const provinces = document.getElementById('provinces');
  provinces.replaceChildren(provinces.firstElementChild, ranking(all.aggregations.provinces, k => k));
  const winners = document.getElementById('winners');
  winners.replaceChildren(winners.firstElementChild, ranking(all.aggregations.winners, k => k));
  const alerts = await api('/api/alerts?severity=high&size=10');
  const alertsPanel = document.getElementById('high-alerts');
  alertsPanel.replaceChildren(alertsPanel.firstElementChild, ...(alerts.alerts.length ? alerts.alerts.map(a =>
    el('div', {class: 'alert high'}, el('span', {},
      `${(a.created_at || '').substring(0, 10)} [${THEMES[a.theme] || a.theme}] `, a.message || '',
      ' ', (a.document_ids || []).slice(0, 1).map(id => el('a', {href: '/document.html?id=' + encodeURIComponent(id)}, '查看'))))) :
    [el('p', {class: 'empty'}, '没有高级别预警。')]));
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('nav').replaceWith(nav('/dashboard.html'));
  const params = new URLSearchParams(location.search);
  document.getElementById('from').value = params.get('from') || '';
  document.getElementById('to').value = params.get('to') || '';
  const refresh = () => load().then(() => document.body.setAttribute('data-loaded', 'true'))
    .catch(error => showError(document.getElementById('themes'), error));
  document.getElementById('dashboard-form').addEventListener('submit', event => {
    event.preventDefault();
    const query = range().toString();
    history.pushState(null, '', query ? '?' + query : location.pathname);
    document.body.removeAttribute('data-loaded');
    refresh();
  });
  refresh();
});
