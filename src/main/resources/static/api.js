// The REST API, read from its OpenAPI description (/api/openapi.json) and laid out for people.
'use strict';

let spec;

/** Follows a local "$ref" such as #/components/parameters/q. */
function resolve(node) {
  if (!node || !node.$ref) return node;
  return node.$ref.substring(2).split('/').reduce((at, key) => (at || {})[key], spec);
}

function typeOf(schema) {
  schema = resolve(schema) || {};
  if (schema.$ref) return schema.$ref.split('/').pop();
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type || 'object');
  if (type === 'array') return typeOf(schema.items) + '[]';
  return schema.format ? `${type} (${schema.format})` : type;
}

function renderOperation(path, method, operation, shared) {
  const parameters = [...(shared || []), ...(operation.parameters || [])].map(resolve);
  const responses = Object.entries(operation.responses || {});
  return el('section', {class: 'panel operation', 'data-operation': `${method.toUpperCase()} ${path}`},
    el('h2', {}, el('span', {class: 'badge method-' + method}, method.toUpperCase()), ' ', el('code', {}, path),
      ' ', el('span', {class: 'count'}, operation.summary || '')),
    operation.description ? el('p', {}, operation.description) : '',
    parameters.length ? el('table', {class: 'fields parameters'},
      el('tr', {}, el('th', {}, '参数'), el('th', {}, '位置'), el('th', {}, '类型'), el('th', {}, '说明')),
      parameters.map(p => el('tr', {'data-name': p.name},
        el('td', {}, el('code', {}, p.name), p.required ? ' *' : ''),
        el('td', {}, p.in), el('td', {}, typeOf(p.schema)), el('td', {}, p.description || '')))) : '',
    el('ul', {class: 'responses'}, responses.map(([code, response]) => {
      response = resolve(response);
      const media = Object.entries(response.content || {});
      return el('li', {},
        el('code', {}, code), ' ', response.description || '',
        media.map(([type, body]) => el('span', {class: 'count'}, ` · ${type}` + (body.schema ? ` · ${typeOf(body.schema)}` : ''))),
        media.filter(([, body]) => body.example !== undefined).map(([, body]) =>
          el('pre', {class: 'example'}, JSON.stringify(body.example, null, 2))));
    })));
}

async function load() {
  spec = await api('/api/openapi.json');
  document.getElementById('api-info').replaceChildren(
    el('h2', {}, `${spec.info.title} · OpenAPI ${spec.openapi}`), el('p', {}, spec.info.description || ''));
  const operations = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (['get', 'post', 'put', 'delete', 'patch'].includes(method)) {
        operations.push(renderOperation(path, method, operation, item.parameters));
      }
    }
  }
  document.getElementById('operations').replaceChildren(...operations);
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('nav').replaceWith(nav('/api.html'));
  load().then(() => document.body.setAttribute('data-loaded', 'true'))
    .catch(error => showError(document.getElementById('api-info'), error));
});
