/** Adds header names to Vary, each once, keeping what is there. */
export function addVary(headers: Headers, ...names: string[]): void {
  const present = (headers.get('vary') ?? '').split(',').map((v) => v.trim()).filter(Boolean);
  const lower = new Set(present.map((v) => v.toLowerCase()));
  const added = names.filter((n) => !lower.has(n.toLowerCase()));
  if (added.length > 0) headers.set('Vary', [...present, ...added].join(', '));
}
