import { html } from 'hono/html';

/** The part of a JSON Schema (as the OpenAPI document holds it) the docs page reads. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  description?: string;
}

const refName = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1);

/** A field's type in words, linking a named record to its table on the page. */
export function typeLabel(schema: Schema): ReturnType<typeof html> {
  if (schema.$ref) return html`<a href="#schema-${refName(schema.$ref)}">${refName(schema.$ref)}</a>`;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return html`${variants.map((v, i) => html`${i ? ' or ' : ''}${typeLabel(v)}`)}`;
  if (schema.enum) return html`one of ${schema.enum.map((v) => String(v)).join(', ')}`;
  if (schema.const !== undefined) return html`${JSON.stringify(schema.const)}`;
  if (schema.items) return html`array of ${typeLabel(schema.items)}`;
  if (Array.isArray(schema.type)) return html`${schema.type.join(' or ')}`;
  if (schema.type === 'object' && !schema.properties && schema.additionalProperties) return html`object (any keys)`;
  return html`${schema.type ?? 'any'}`;
}

/** A table of an object schema's fields: name, type, whether always present, description. */
export function fieldsTable(schema: Schema | undefined, code: (text: string) => unknown) {
  const properties = Object.entries(schema?.properties ?? {});
  if (properties.length === 0) return '';
  const required = new Set(schema?.required ?? []);
  return html`<table><tr><th>field</th><th>type</th><th>description</th></tr>${properties.map(
    ([name, p]) =>
      html`<tr><td><code>${name}</code>${required.has(name) ? '' : ' (optional)'}</td><td>${typeLabel(p)}</td><td>${code(p.description ?? '')}</td></tr>`,
  )}</table>`;
}
