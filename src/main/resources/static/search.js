// The search page. Its state lives in the URL, so a search can be bookmarked and shared.
'use strict';

const FACETS = [
  ['themes', 'theme', '主题', k => THEMES[k] || k],
  ['doc_types', 'doc_type', '类型', k => DOC_TYPES[k] || k],
  ['provinces', 'province', '省份', k => k],
  ['issuer_levels', 'issuer_level', '发布层级', k => ISSUER_LEVELS[k] || k],
  ['listed', 'listed', '上市公司', k => k],
  ['sources', 'source', '来源', k => k]
];
const LIST_PARAMS = ['theme', 'doc_type', 'province', 'city', 'issuer_level', 'listed', 'source'];
const FORM_PARAMS = ['q', 'from', 'to', 'min_yuan', 'max_yuan', 'has_winner', 'sort'];

let nextCursor = null;

function currentParams() {
  const params = new URLSearchParams(location.search);
  for (const key of [...params.keys()]) {
    if (!LIST_PARAMS.includes(key) && !FORM_PARAMS.includes(key)) params.delete(key);
  }
  return params;
}

function fillForm(params) {
  document.getElementById('q').value = params.get('q') || '';
  document.getElementById('from').value = params.get('from') || '';
  document.getElementById('to').value = params.get('to') || '';
  const min = params.get('min_yuan');
  document.getElementById('min_wan').value = min ? String(Number(min) / 1e4) : '';
  document.getElementById('has_winner').checked = params.get('has_winner') === 'true';
  document.getElementById('sort').value = params.get('sort') || 'relevance';
}

function paramsFromForm() {
  const params = currentParams();
  const set = (name, value) => value ? params.set(name, value) : params.delete(name);
  set('q', document.getElementById('q').value.trim());
  set('from', document.getElementById('from').value);
  set('to', document.getElementById('to').value);
  const minWan = document.getElementById('min_wan').value;
  set('min_yuan', minWan ? String(Math.round(Number(minWan) * 1e4)) : '');
  set('has_winner', document.getElementById('has_winner').checked ? 'true' : '');
  const sort = document.getElementById('sort').value;
  set('sort', sort === 'relevance' ? '' : sort);
  return params;
}

function go(params) {
  const query = params.toString();
  history.pushState(null, '', query ? '?' + query : location.pathname);
  run();
}

function toggle(param, value) {
  const params = paramsFromForm();
  const values = params.getAll(param);
  params.delete(param);
  const next = values.includes(value) ? values.filter(v => v !== value) : values.concat(value);
  next.forEach(v => params.append(param, v));
  go(params);
}

function renderFacets(aggregations, params) {
  const aside = document.getElementById('facets');
  aside.replaceChildren();
  for (const [name, param, title, label] of FACETS) {
    const buckets = aggregations[name] || [];
    const chosen = params.getAll(param);
    if (buckets.length === 0 && chosen.length === 0) continue;
    const section = el('section', {'data-facet': param}, el('h3', {}, title));
    // A chosen value the current results no longer contain must stay visible, so it can be unticked.
    const shown = buckets.concat(chosen.filter(v => !buckets.some(b => b.key === v)).map(v => ({key: v, count: 0})));
    for (const bucket of shown) {
      const amount = formatYuan(bucket.amount_yuan);
      section.append(el('label', {},
        el('span', {}, el('input', {type: 'checkbox', 'data-value': bucket.key, checked: chosen.includes(bucket.key),
          onchange: () => toggle(param, bucket.key)}), ' ', label(bucket.key)),
        el('span', {class: 'count'}, bucket.count + (amount ? ' · ' + amount : ''))));
    }
    aside.append(section);
  }
  const months = aggregations.months || [];
  if (months.length) {
    const section = el('section', {}, el('h3', {}, '按月'));
    months.slice(-12).reverse().forEach(m => section.append(el('label', {}, el('span', {}, m.key),
      el('span', {class: 'count'}, m.count + (formatYuan(m.amount_yuan) ? ' · ' + formatYuan(m.amount_yuan) : '')))));
    aside.append(section);
  }
}

function renderHit(hit) {
  const d = hit.document;
  const h = hit.highlights || {};
  const winners = (d.winners || []).map(w => w.listed ? `${w.name}（${w.listed.name} ${w.listed.code}）` : w.name);
  const snippet = (h.text && h.text.length) ? h.text.map(parts => el('span', {}, highlighted(parts), ' … '))
      : [(d.text || '').substring(0, 140)];
  return el('article', {class: 'hit', 'data-id': hit.id},
    el('h2', {}, el('a', {href: '/document.html?id=' + encodeURIComponent(hit.id), class: 'title'},
      highlighted(h.title && h.title[0], d.title))),
    el('div', {class: 'meta'},
      el('span', {class: stageClass(d.doc_type)}, hit.display.stage),
      d.published ? el('span', {}, d.published) : '',
      hit.display.region ? el('span', {}, hit.display.region) : '',
      d.issuer ? el('span', {}, d.issuer) : '',
      hit.display.money ? el('span', {class: 'money'}, hit.display.money) : '',
      (d.themes || []).map(t => el('span', {class: 'tag'}, THEMES[t] || t)),
      winners.length ? el('span', {class: 'winner'}, '中标：' + winners.join('、')) : '',
      el('a', {href: d.url, target: '_blank', rel: 'noopener noreferrer'}, '原文')),
    el('p', {class: 'snippet'}, snippet));
}

async function run(append) {
  const params = currentParams();
  if (!append) fillForm(params);
  const results = document.getElementById('results');
  const more = document.getElementById('more');
  const query = new URLSearchParams(params);
  if (append && nextCursor) query.set('search_after', nextCursor); else query.set('aggs', 'true');
  try {
    const started = performance.now();
    const result = await api('/api/documents?' + query.toString());
    if (!append) {
      results.replaceChildren();
      renderFacets(result.aggregations || {}, params);
      const exportQuery = params.toString();
      document.getElementById('summary').replaceChildren(
        el('span', {id: 'total'}, `共 ${result.total} 条`),
        el('span', {}, `${Math.round(performance.now() - started)} ms`),
        el('a', {href: '/api/documents/export.csv?' + exportQuery, id: 'export-csv'}, '导出 CSV'),
        el('a', {href: '/api/documents/export.xlsx?' + exportQuery, id: 'export-xlsx'}, '导出 Excel'));
      if (result.hits.length === 0) results.append(el('p', {class: 'empty'}, '没有找到匹配的文档。'));
    }
    result.hits.forEach(hit => results.append(renderHit(hit)));
    nextCursor = result.next_cursor;
    more.hidden = !nextCursor;
    if (!document.body.hasAttribute('data-first-result-ms')) {
      // Time from navigation start to the first results on screen: what bench-workspace reports.
      document.body.setAttribute('data-first-result-ms', String(Math.round(performance.now())));
    }
    document.body.setAttribute('data-loaded', 'true');
  } catch (error) {
    showError(results, error);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('nav').replaceWith(nav('/'));
  document.getElementById('search-form').addEventListener('submit', event => {
    event.preventDefault();
    go(paramsFromForm());
  });
  document.getElementById('more').addEventListener('click', () => run(true));
  window.addEventListener('popstate', () => run());
  run();
});
