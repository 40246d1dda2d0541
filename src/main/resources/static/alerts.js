// Alerts, newest first: filter by theme and severity, acknowledge. Filters live in the URL.
'use strict';

const SEVERITIES = {high: '高', medium: '中', low: '低'};

function renderAlert(alert) {
  const acknowledged = Boolean(alert.acknowledged_at);
  const documents = (alert.document_ids || []).map((id, i) =>
    el('a', {href: '/document.html?id=' + encodeURIComponent(id)}, '文档' + (i + 1)));
  const button = acknowledged
    ? el('span', {class: 'count'}, '已确认 ' + alert.acknowledged_at.substring(0, 16).replace('T', ' '))
    : el('button', {type: 'button', class: 'ack', onclick: async event => {
        event.target.disabled = true;
        try {
          await api('/api/alerts/' + encodeURIComponent(alert.id) + '/acknowledge', {method: 'POST'});
          load();
        } catch (error) { showError(document.getElementById('alerts'), error); }
      }}, '确认');
  const follows = (alert.follows || []).map(id => el('a', {href: '#alert-' + id, class: 'follows'}, '跟进预警 ' + id.substring(0, 8)));
  return el('div', {class: 'alert ' + alert.severity + (acknowledged ? ' acknowledged' : ''), 'data-id': alert.id, id: 'alert-' + alert.id},
    el('div', {},
      el('div', {class: 'meta'},
        el('span', {class: 'badge'}, SEVERITIES[alert.severity] || alert.severity),
        el('span', {class: 'tag'}, THEMES[alert.theme] || alert.theme),
        el('span', {}, (alert.created_at || '').substring(0, 16).replace('T', ' ')),
        alert.rule ? el('span', {}, alert.rule) : ''),
      el('div', {class: 'message'}, alert.message || ''),
      el('div', {class: 'meta'}, documents, follows),
      explanation(alert.explanation)),
    button);
}

/** Why the alert fired, as the rule engine recorded it: the analyst checks it without reading rules. */
function explanation(why) {
  if (!why) return '';
  const rows = [];
  if (why.file) rows.push(el('li', {}, '规则：', el('code', {}, why.file + (why.line ? ':' + why.line : ''))));
  if ((why.matched_terms || []).length) rows.push(el('li', {}, '命中词：' + why.matched_terms.join('、')));
  (why.thresholds || []).forEach(t => rows.push(el('li', {}, '阈值：' + t)));
  (why.evidence || []).forEach(e => rows.push(el('li', {class: 'evidence'},
    el('code', {}, e.field), ' ', e.value, e.snippet ? el('q', {}, e.snippet) : '')));
  if (!rows.length) return '';
  return el('details', {class: 'why'}, el('summary', {}, '为什么触发'), el('ul', {}, rows));
}

async function load() {
  const params = new URLSearchParams(location.search);
  document.getElementById('theme').value = params.get('theme') || '';
  document.getElementById('severity').value = params.get('severity') || '';
  document.getElementById('unacknowledged').checked = params.get('unacknowledged') === 'true';
  const container = document.getElementById('alerts');
  try {
    const result = await api('/api/alerts?' + params.toString());
    container.replaceChildren(...(result.alerts.length
      ? result.alerts.map(renderAlert) : [el('p', {class: 'empty'}, '没有预警。')]));
    document.body.setAttribute('data-loaded', 'true');
  } catch (error) {
    showError(container, error);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('nav').replaceWith(nav('/alerts.html'));
  document.getElementById('alert-form').addEventListener('submit', event => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const name of ['theme', 'severity']) {
      const value = document.getElementById(name).value;
      if (value) params.set(name, value);
    }
    if (document.getElementById('unacknowledged').checked) params.set('unacknowledged', 'true');
    history.pushState(null, '', params.toString() ? '?' + params : location.pathname);
    load();
  });
  window.addEventListener('popstate', load);
  load();
});
