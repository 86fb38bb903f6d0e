import { dataset, type Dataset } from '@aiwatch/data';

/**
 * The real dataset and `factor - 1` synthetic copies of every record in it, for measuring how the
 * pages and the API cost grows with the data. Copy k is a world of its own: each id becomes
 * `<id>-s<k>` and every id a record names is renamed the same way, so foreign keys, groups,
 * headquarters, claims' sections, fact groups and their preferred claims all hold, and no copy
 * touches a real record (the real pages keep their meaning). Names and titles carry the copy's
 * number in English and Traditional Chinese, so a search finds the copies too.
 */
export function scaledDataset(factor: number, base: Dataset = dataset): Dataset {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a whole number ≥ 1, got ${factor}`);
  const copies = Array.from({ length: factor - 1 }, (_, i) => copyOf(base, i + 2));
  const all = <K extends keyof Dataset>(name: K) => [base, ...copies].flatMap((d) => d[name] as unknown[]) as Dataset[K];
  return {
    sources: all('sources'),
    entities: all('entities'),
    metrics: all('metrics'),
    figures: all('figures'),
    events: all('events'),
    relations: all('relations'),
    models: all('models'),
    company_facts: all('company_facts'),
    fact_groups: all('fact_groups'),
  };
}

/** Copy k of every record (k ≥ 2: the real data is copy 1). */
function copyOf(d: Dataset, k: number): Dataset {
  const id = (ref: string) => `${ref}-s${k}`;
  const en = (text: string) => `${text} (synthetic ${k})`;
  const zh = (text: string) => `${text}（合成${k}）`;
  return {
    sources: d.sources.map((s) => ({ ...s, id: id(s.id), title: en(s.title), title_zh: zh(s.title_zh) })),
    entities: d.entities.map((e) => ({
      ...e,
      id: id(e.id),
      name_en: en(e.name_en),
      name_zh: zh(e.name_zh),
      name_zh_hans: e.name_zh_hans && zh(e.name_zh_hans),
      group_ids: e.group_ids.map(id),
      hq: e.hq && id(e.hq),
    })),
    metrics: d.metrics.map((m) => ({ ...m, id: id(m.id), name_en: en(m.name_en), name_zh: zh(m.name_zh) })),
    figures: d.figures.map((f) => ({ ...f, id: id(f.id), entity_id: id(f.entity_id), metric: id(f.metric), source_id: id(f.source_id) })),
    events: d.events.map((e) => ({
      ...e,
      id: id(e.id),
      title_en: en(e.title_en),
      title_zh: zh(e.title_zh),
      entity_ids: e.entity_ids.map(id),
      source_id: id(e.source_id),
    })),
    relations: d.relations.map((r) => ({ ...r, id: id(r.id), subject_id: id(r.subject_id), object_id: id(r.object_id), source_id: id(r.source_id) })),
    models: d.models.map((m) => ({
      ...m,
      id: id(m.id),
      name: en(m.name),
      key: en(m.key),
      developers: m.developers.map((dev) => ({ ...dev, entity_id: dev.entity_id && id(dev.entity_id) })),
      source_id: id(m.source_id),
    })),
    company_facts: d.company_facts.map((f) => ({
      ...f,
      id: id(f.id),
      entity_id: id(f.entity_id),
      company_id: id(f.company_id),
      investor_ids: f.investor_ids.map(id),
      source_id: id(f.source_id),
      group_id: id(f.group_id),
    })),
    fact_groups: d.fact_groups.map((g) => ({
      ...g,
      id: id(g.id),
      entity_id: id(g.entity_id),
      company_id: id(g.company_id),
      preferred_id: g.preferred_id && id(g.preferred_id),
    })),
  };
}
