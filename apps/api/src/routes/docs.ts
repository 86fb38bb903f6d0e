import type { App } from '../http/app-env.ts';
import { html, raw } from 'hono/html';
import { fieldsTable, type Schema } from './docs-fields.ts';

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: { type?: string; enum?: string[] } }[];
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema; example?: unknown }> }>;
}

interface Document {
  paths?: object;
  components?: { schemas?: Record<string, Schema> };
}

const problems: [string, string, string][] = [
  ['bad-request', '400', 'A parameter is malformed, out of range or unknown; `errors` names each one and what to change.'],
  ['not-found', '404', 'No record, route or dataset of that name.'],
  ['method-not-allowed', '405', 'The API is read-only: GET, HEAD and OPTIONS only.'],
  ['not-acceptable', '406', 'The format asked for (Accept or `format=`) is not offered by that resource.'],
  ['unavailable', '503', 'The database cannot be reached; retry after `Retry-After` seconds.'],
  ['busy', '503', 'Every download connection of the server is in use (whole-table CSVs and ZIPs); retry after `Retry-After` seconds.'],
  ['internal-error', '500', 'A fault of ours; quote the `request_id` when you report it.'],
];

const code = (text: string) => raw(String(html`${text}`).replace(/`([^`]+)`/g, '<code>$1</code>'));

/** A readable reference page rendered on the server from the OpenAPI document: no scripts. */
export function registerDocsPage(app: App, openapi: () => Document): void {
  app.get('/docs', (c) => {
    const doc = openapi();
    const paths = Object.entries((doc.paths ?? {}) as Record<string, Record<string, Operation>>);
    const schemas = doc.components?.schemas ?? {};
    // A response's fields are its schema's, or those of the record it names.
    const resolve = (schema?: Schema) => (schema?.$ref ? schemas[schema.$ref.slice(schema.$ref.lastIndexOf('/') + 1)] : schema);
    const body = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>China AI Watch — data API reference</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
code{background:#f2f2f2;padding:0 .25em;border-radius:3px}h2{margin-top:2.5rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
.op{margin:1.5rem 0}.m{font-weight:700;color:#0b5394;margin-right:.5rem}h4{margin:1rem 0 .3rem}
pre{background:#f2f2f2;padding:.5rem;overflow:auto;max-height:24rem;font-size:.8rem}summary{cursor:pointer}
@media (prefers-color-scheme:dark){body{background:#111;color:#eee}code,pre{background:#222}td,th{border-color:#444}.m{color:#8ab4f8}}
</style></head><body>
<h1>China AI Watch — data API</h1>
<p>Read-only data on China's AI ecosystem. Every figure, event and relation carries its provenance:
the document (<code>source_id</code>), the section (<code>locator</code>) and the literal text (<code>source_text</code>).
Lists page with <code>limit</code> and <code>cursor</code> (follow <code>next</code> or the <code>Link</code> header)
and answer CSV with <code>?format=csv</code> or <code>Accept: text/csv</code>. Machine-readable:
<a href="/v1/openapi.json">/v1/openapi.json</a> (OpenAPI 3.1). Data licence: CC BY 4.0.</p>
${paths.map(
  ([path, ops]) => html`${Object.entries(ops).map(
    ([method, op]) => html`<section class="op" id="${method}-${path}"><h3><span class="m">${method.toUpperCase()}</span><code>${path}</code></h3>
<p>${op.summary ?? ''}${op.description ? html` — ${code(op.description)}` : ''}</p>
${op.parameters?.length
  ? html`<table><tr><th>parameter</th><th>in</th><th>description</th></tr>${op.parameters.map(
      (p) => html`<tr><td><code>${p.name}</code>${p.required ? ' (required)' : ''}</td><td>${p.in}</td><td>${code(p.description ?? '')}${p.schema?.enum ? html` One of: ${p.schema.enum.join(', ')}.` : ''}</td></tr>`,
    )}</table>`
  : ''}
<p>Responses: ${Object.entries(op.responses ?? {}).map(([status, r]) => html`<code>${status}</code> ${r.description ?? ''} `)}</p>
${Object.entries(op.responses?.['200']?.content ?? {}).map(
  ([type, media]) => html`<h4>200 <code>${type}</code></h4>${type === 'application/json' ? fieldsTable(resolve(media.schema), code) : html`<p>${code(media.schema?.description ?? '')}</p>`}
${media.example === undefined ? '' : html`<details open><summary>Example</summary><pre>${typeof media.example === 'string' ? media.example : JSON.stringify(media.example, null, 2)}</pre></details>`}`,
)}</section>`,
  )}`,
)}
<h2 id="schemas">Records</h2>
<p>The records the responses above are made of, field by field.</p>
${Object.entries(schemas).map(([name, schema]) => html`<section id="schema-${name}"><h3>${name}</h3>${schema.description ? html`<p>${code(schema.description)}</p>` : ''}${fieldsTable(schema, code)}</section>`)}
<h2 id="problems">Errors</h2>
<p>Errors are <code>application/problem+json</code> (RFC 9457) with a <code>detail</code> that says what to fix.</p>
<table><tr><th>type</th><th>status</th><th>meaning</th></tr>
${problems.map(([slug, status, text]) => html`<tr id="problem-${slug}"><td><code>/docs#problem-${slug}</code></td><td>${status}</td><td>${code(text)}</td></tr>`)}
</table></body></html>`;
    return c.html(body, 200, { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:" });
  });
}
