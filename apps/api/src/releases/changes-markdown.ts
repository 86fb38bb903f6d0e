import type { Change, Release } from '@aiwatch/data/releases';

const shown = (v: unknown) => {
  if (v === undefined) return '(none)';
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

/**
 * CHANGES.md of a release's download: its notes in both languages, counts, and every change
 * grouped under the entity it concerns first (records about no entity, such as sources, last).
 */
export function changesMarkdown(release: Release, changes: readonly Change[], entityName: (id: string) => string): string {
  const groups = new Map<string, Change[]>();
  for (const c of changes) {
    const key = c.entity_ids[0] ?? '';
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const order = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : entityName(a).localeCompare(entityName(b), 'en')));
  const lines = [
    `# Release ${release.version} (${release.released_on})`,
    '',
    release.previous ? `Changes since release ${release.previous}.` : 'The first release: every record is new.',
    '',
    release.notes_en,
    '',
    '## 版本說明',
    '',
    release.notes_zh,
    '',
    '## Counts',
    '',
    `Changes: ${Object.entries(release.changes).map(([k, n]) => `${n} ${k}`).join(', ')}.`,
    `Records: ${Object.entries(release.counts).map(([t, n]) => `${t} ${n}`).join(', ')}.`,
  ];
  for (const key of order) {
    lines.push('', `## ${key ? `${entityName(key)} (${key})` : 'Not about one entity'}`, '');
    for (const c of groups.get(key)!) {
      const renamed = c.previous_id ? ` (was ${c.previous_id})` : '';
      lines.push(`- ${c.kind} ${c.table}/${c.id}${renamed}: ${c.label_en}`);
      for (const f of c.fields) lines.push(`  - ${f.field}: ${shown(f.old)} → ${shown(f.new)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
