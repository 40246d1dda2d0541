// Shared helpers. Everything crawled is untrusted: it is only ever inserted as text nodes.
'use strict';

const DOC_TYPES = {
  policy: '政策印发', policy_draft: '征求意见', policy_interpretation: '政策解读',
  tender_notice: '招标公告', award_candidate: '候选人公示', award_result: '中标结果',
  contract: '合同公告', correction: '更正公告', termination: '终止公告',
  procurement_intent: '采购意向', other: '其他'
};
const ISSUER_LEVELS = {
  national: '中央', ministry: '部委', province: '省级', city: '市级', district: '区县',
  enterprise: '企业', unknown: '未知'
};
const THEMES = {
  'low-altitude': '低空经济', 'vehicle-road-cloud': '车路云一体化', 'power-it': '电力IT',
  'data-elements': '数据要素', ops: '运维'
};

/** el('a', {href: url, class: 'x'}, 'text', child) — strings become text nodes, never HTML. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'href') { node.setAttribute('href', safeHref(value)); continue; }
    if (name.startsWith('on')) { node.addEventListener(name.substring(2), value); continue; }
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === '') continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Only web addresses and the app's own pages: a crawled 'javascript:' URL becomes inert. */
function safeHref(url) {
  const text = String(url);
  if (/^https?:\/\//i.test(text) || text.startsWith('/') || text.startsWith('?') || text.startsWith('#')) return text;
  return '#';
}

/** Highlight parts from the API ({text, match}) as text nodes and <mark> elements. */
function highlighted(parts, fallback) {
  if (!parts || parts.length === 0) return [fallback];
  return parts.map(p => p.match ? el('mark', {}, p.text) : document.createTextNode(p.text));
}

function formatYuan(yuan) {
  if (yuan === null || yuan === undefined || Number(yuan) === 0) return '';
  const value = Number(yuan);
  const trim = n => String(Number(n.toFixed(2)));
  if (Math.abs(value) >= 1e8) return trim(value / 1e8) + '亿元';
  if (Math.abs(value) >= 1e4) return trim(value / 1e4) + '万元';
  return trim(value) + '元';
}

async function api(path, options) {
  const response = await fetch(path, Object.assign({headers: {Accept: 'application/json'}}, options || {}));
  const body = await response.json().catch(() => ({error: response.status + ' ' + response.statusText}));
  if (!response.ok) throw new Error(body.error || (response.status + ' ' + response.statusText));
  return body;
}

function showError(container, error) {
  container.replaceChildren(el('p', {class: 'error'}, '出错了：' + error.message));
}

function stageClass(docType) {
  if (docType === 'award_result' || docType === 'contract' || docType === 'award_candidate') return 'badge stage-award';
  if (docType && docType.startsWith('policy')) return 'badge stage-policy';
  return 'badge';
}

function nav(here) {
  const links = [['/', '检索'], ['/dashboard.html', '看板'], ['/alerts.html', '预警'], ['/sources.html', '来源'], ['/rules.html', '规则'], ['/api.html', 'API']];
  return el('header', {}, el('span', {class: 'brand'}, 'Catalyst Tracker'),
    links.map(([href, label]) => el('a', {href, class: href === here ? 'here' : null}, label)));
}
