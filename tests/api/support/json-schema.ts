/**
 * A small JSON Schema (2020-12 subset) validator for the schemas the OpenAPI document holds:
 * type (incl. arrays of types), properties, required, additionalProperties, items, enum, const,
 * anyOf/oneOf/allOf, $ref into components, pattern, minLength, minItems, minimum/maximum.
 * Returns the list of violations, empty when the value conforms.
 */
export type JsonSchema = Record<string, unknown>;

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function matchesType(value: unknown, type: string): boolean {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

export function validateJsonSchema(value: unknown, schema: JsonSchema, root: JsonSchema, path = '$'): string[] {
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${path}: ${message}`);
  if (typeof schema.$ref === 'string') {
    const target = schema.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root);
    if (!target) return [`${path}: unresolved $ref ${schema.$ref}`];
    errors.push(...validateJsonSchema(value, target as JsonSchema, root, path));
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((t) => matchesType(value, t))) return [...errors, `${path}: expected ${types.join('|')}, got ${typeOf(value)}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => e === value)) fail(`${JSON.stringify(value)} not in enum`);
  if ('const' in schema && schema.const !== value) fail(`expected ${JSON.stringify(schema.const)}`);
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) fail('too short');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) fail(`does not match ${schema.pattern}`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail(`below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail(`above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail('too few items');
    if (schema.items && typeof schema.items === 'object') {
      value.forEach((v, i) => errors.push(...validateJsonSchema(v, schema.items as JsonSchema, root, `${path}[${i}]`)));
    }
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in record)) fail(`missing required ${key}`);
    for (const [key, v] of Object.entries(record)) {
      if (properties[key]) errors.push(...validateJsonSchema(v, properties[key], root, `${path}.${key}`));
      else if (schema.additionalProperties === false) fail(`unexpected property ${key}`);
      else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        errors.push(...validateJsonSchema(v, schema.additionalProperties as JsonSchema, root, `${path}.${key}`));
      }
    }
  }
  for (const sub of (schema.allOf ?? []) as JsonSchema[]) errors.push(...validateJsonSchema(value, sub, root, path));
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some((s) => validateJsonSchema(value, s as JsonSchema, root, path).length === 0)) {
    fail('matches none of anyOf');
  }
  if (Array.isArray(schema.oneOf)) {
    const n = schema.oneOf.filter((s) => validateJsonSchema(value, s as JsonSchema, root, path).length === 0).length;
    if (n !== 1) fail(`matches ${n} of oneOf, expected exactly 1`);
  }
  return errors;
}
