import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { z } from 'zod';
import { companyMetrics, currencies, reportQualifiers, type CompanyFact, type FactBasis, type FactGroup, type Relation, type Source } from '../../schemas/index.ts';
import { partialDateSchema } from '../../schemas/company-fact.ts';
import { RowValidationError } from '../epoch-models/import-models.ts';
import type { RowError } from '../epoch-models/normalise-row.ts';
import { MissingColumnsError } from '../epoch-models/columns.ts';
import { ImportInputError, readCsv } from '../epoch-models/read-csv.ts';
import { slugify } from '../epoch-models/identity.ts';
import { groupBy } from '../group-by.ts';
import { toUsd, type FxRate } from './fx.ts';
import { findUnitSlips, rankGroup, reliabilityTiers, type CuratorChoice, type SlipInput } from './groups.ts';

export const FACT_COLUMNS = [
  'entity', 'metric', 'value_as_written', 'value', 'currency', 'qualifier', 'as_of', 'round', 'investors',
  'source_url', 'publisher', 'published', 'language', 'reliability', 'note',
] as const;
const RATE_COLUMNS = ['period', 'currency', 'units_per_usd', 'kind', 'source_url', 'source_title'] as const;

const requireColumns = (wanted: readonly string[], what: string) => (header: string[]) => {
  const missing = wanted.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new MissingColumnsError(missing.map((c) => `"${c}"`), missing.length === wanted.length);
  void what;
};

const blankToNull = (s: string) => (s.trim() === '' ? null : s.trim());
const rowSchema = z.object({
  entity: z.string().trim().min(1, 'names no entity'),
  metric: z.enum(companyMetrics),
  value_as_written: z.string().trim().min(1, 'is empty: the figure as the article writes it is the claim'),
  value: z.string().transform(blankToNull).pipe(z.string().regex(/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/, 'must be a number in base units').transform(Number).nullable()),
  currency: z.string().transform(blankToNull).pipe(z.enum(currencies).nullable()),
  qualifier: z.enum(reportQualifiers),
  as_of: z.string().transform(blankToNull).pipe(partialDateSchema.nullable()),
  round: z.string().transform(blankToNull),
  investors: z.string().transform((s) => s.split(';').map((x) => x.trim()).filter(Boolean)),
  source_url: z.url({ protocol: /^https?$/ }),
  publisher: z.string().trim().min(1),
  published: z.string().transform(blankToNull).pipe(z.iso.date().nullable()),
  language: z.enum(['en', 'zh-Hans', 'zh-Hant']),
  reliability: z.enum(reliabilityTiers),
  note: z.string(),
});
type Row = z.infer<typeof rowSchema> & { row: number };

export interface FactsReport {
  file: string;
  sha256: string;
  rows: number;
  facts: number;
  articles: number;
  groups: { total: number; agree: number; conflict: number; alone: number };
  deprecated: { id: string; entity: string; metric: string; as_written: string }[];
  skipped: { row: number; reason: string }[];
  unknownEntities: string[];
  /** invested_in relations made, and investor names no entity answers to. */
  investors: { relations: number; unresolved: string[] };
}

export interface FactsSnapshot {
  release: { file: string; sha256: string; rows: number; rates_file: string; rates_sha256: string; skipped: FactsReport['skipped'] };
  articles: Source[];
  /** Investor –invested_in→ company, one claim per investor a report names with a round. */
  relations: Relation[];
  facts: CompanyFact[];
  groups: FactGroup[];
  rates: FxRate[];
}

/** An entity's name in English and Traditional Chinese, for the titles we give articles. */
export interface EntityName {
  en: string;
  zh: string;
}

/** The locator of a claim an article states: the page, which is not archived and has no sections of ours. */
export const ARTICLE_PAGE = 'page';

/**
 * What a figure of a mixed metric counts, read from the research file's note (a fact taken from it;
 * its words are not kept): IPO proceeds gross or net (the first of the two it says, in English or
 * Chinese); users as developers, weekly active, paying, individual or cumulative.
 */
export function proceedsBasis(metric: string, note: string): FactBasis | null {
  if (metric === 'ipo_proceeds') {
    const match = /\b(net|gross)\b|净额|淨額|扣除[^，。]*费用后|总额|總額/i.exec(note);
    if (!match) return null;
    return /gross|总额|總額/i.test(match[0]) ? 'gross' : 'net';
  }
  if (metric === 'users') {
    const kinds: [RegExp, FactBasis][] = [
      [/\bdevelopers?\b|开发者|開發者/i, 'developers'],
      [/\bweekly\b|周活|週活/i, 'weekly_active'],
      [/\bpaying\b|付费|付費/i, 'paying'],
      [/\bcumulative\b|累计|累計/i, 'cumulative'],
      [/\bindividual\b|个人|個人/i, 'individual'],
    ];
    return kinds.find(([pattern]) => pattern.test(note))?.[1] ?? null;
  }
  return null;
}

/** Brackets a report adds to a name ("Alibaba (lead)", "Meituan (subsidiary)") are not part of it. */
const investorName = (written: string) => written.replace(/\s*[（(][^）)]*[）)]\s*$/u, '').trim() || written;

const hash = (s: string, n = 8) => createHash('sha256').update(s).digest('hex').slice(0, n);
/** Rounds written "Series B+" and "B+", or "last pre-IPO" and "last pre-IPO round", are one round. */
const roundKey = (round: string | null) =>
  (round ?? '').toLowerCase().replace(/^series\s+/, '').replace(/\s+round$/, '').replace(/\s+/g, ' ').trim();

/**
 * The fact a report is about: entity, metric, date and round. Reports of one entity, metric and
 * date that name no round join the one round the others name; where they name several, each round
 * is its own fact and the reports naming none stand apart.
 */
function groupKeys<T extends { entity: string; metric: string; as_of: string; round: string | null }>(items: T[]): Map<T, string> {
  const buckets = groupBy(items, (x) => `${x.entity} ${x.metric} ${x.as_of}`);
  const keys = new Map<T, string>();
  for (const [bucket, members] of buckets) {
    const rounds = [...new Set(members.map((m) => roundKey(m.round)).filter(Boolean))];
    for (const m of members) keys.set(m, slugify(`${bucket} ${rounds.length === 1 ? rounds[0] : roundKey(m.round)}`));
  }
  return keys;
}

/**
 * Our Traditional Chinese for what the file writes in English: publishers, round names and the
 * titles of the exchange-rate tables, each keyed as the file writes it. What has no entry stays
 * without a Chinese field (null), for the dataset's tests to name.
 */
export interface ChineseLabels {
  publishers: Record<string, string>;
  rounds: Record<string, string>;
  rateSources: Record<string, string>;
}
const NO_LABELS: ChineseLabels = { publishers: {}, rounds: {}, rateSources: {} };

export async function readRates(path: string, rateSourcesZh: Record<string, string> = {}): Promise<{ rates: FxRate[]; sha256: string }> {
  const csv = await readCsv(path, requireColumns(RATE_COLUMNS, 'rates'));
  const schema = z.object({
    period: z.string().regex(/^\d{4}(-\d{2})?$/, 'must be YYYY or YYYY-MM'),
    currency: z.enum(['CNY', 'HKD']),
    units_per_usd: z.coerce.number().positive(),
    source_title: z.string().trim().min(1),
    source_url: z.url(),
  });
  const errors: RowError[] = [];
  const rates: FxRate[] = [];
  for (const r of csv.rows) {
    const parsed = schema.safeParse(r.cells);
    if (!parsed.success) {
      for (const i of parsed.error.issues) errors.push({ row: r.row, line: r.line, column: String(i.path[0]), message: i.message, cell: r.cells[String(i.path[0])] ?? '' });
      continue;
    }
    const { period, currency, units_per_usd, source_title, source_url } = parsed.data;
    const zh = rateSourcesZh[source_title];
    rates.push({ period, currency, units_per_usd, source: `${source_title} (${source_url})`, source_zh: zh ? `${zh}（${source_url}）` : null });
  }
  if (errors.length > 0) throw new RowValidationError(errors);
  return { rates, sha256: csv.sha256 };
}

/** One article as a source: cited, not archived. Titles and summaries are ours. */
function articleSource(url: string, rows: Row[], entityNames: Map<string, EntityName>, publishersZh: Record<string, string>): Source {
  const first = rows[0]!;
  const published = rows.find((r) => r.published)?.published ?? null;
  const names = (lang: keyof EntityName) => [...new Set(rows.map((r) => entityNames.get(r.entity)?.[lang] ?? r.entity))];
  const about = names('en').join(', ');
  const publisherZh = publishersZh[first.publisher] ?? null;
  return {
    id: `report-${hash(url, 10)}`,
    kind: 'article',
    file: null,
    title: `${first.publisher}: report on ${about}`,
    title_zh: `${publisherZh ?? first.publisher}：關於${names('zh').join('、')}的報導`,
    // The file records no page titles: both titles are our description of the page.
    title_original: null,
    author: first.publisher,
    publisher: first.publisher,
    publisher_zh: publisherZh,
    published_on: published,
    language: first.language,
    url,
    // A page cited whole: its one "section", the locator of the relations it states.
    sections: [ARTICLE_PAGE],
    summary_en: `A news page cited for ${rows.length} figure${rows.length > 1 ? 's' : ''} on ${about}. Not archived here: follow the link.`,
    summary_zh: `本站引用此新聞頁面的 ${rows.length} 個數字（${names('zh').join('、')}）。本站未存檔，請見原連結。`,
    note_en: null,
    note_zh: null,
    licence: null,
    sha256: null,
    row_count: null,
    reliability: first.reliability,
  };
}

/**
 * Reads the news-figures file and the exchange rates into a snapshot: every row a claim of its
 * article, grouped by fact (entity, metric, date, round), each group ranked by the stated rule.
 */
export async function importCompanyFacts(
  factsPath: string,
  ratesPath: string,
  entities: Record<string, { entity: string; company: string }>,
  entityNames: Map<string, EntityName>,
  primaryHosts: readonly string[],
  curation: Record<string, CuratorChoice>,
  resolveInvestor: (name: string) => string | null = () => null,
  labels: ChineseLabels = NO_LABELS,
): Promise<{ snapshot: FactsSnapshot; report: FactsReport }> {
  const { rates, sha256: ratesSha } = await readRates(ratesPath, labels.rateSources);
  const csv = await readCsv(factsPath, requireColumns(FACT_COLUMNS, 'facts'));
  const errors: RowError[] = [];
  const rows: Row[] = [];
  const skipped: FactsReport['skipped'] = [];
  const unknown = new Set<string>();
  for (const r of csv.rows) {
    const parsed = rowSchema.safeParse(r.cells);
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const column = String(i.path[0]);
        errors.push({ row: r.row, line: r.line, column, message: i.message, cell: r.cells[column] ?? '' });
      }
      continue;
    }
    const row = { ...parsed.data, row: r.row };
    if (!entities[row.entity]) {
      unknown.add(row.entity);
      errors.push({ row: r.row, line: r.line, column: 'entity', message: 'is not in the reviewed entity table (dataset/company-fact-entities.ts)', cell: row.entity });
      continue;
    }
    if (row.value === null) skipped.push({ row: r.row, reason: `states no figure (“${row.value_as_written}”)` });
    else if (row.as_of === null) skipped.push({ row: r.row, reason: `gives no date the figure refers to (“${row.value_as_written}”)` });
    else rows.push(row);
  }
  if (errors.length > 0) throw new RowValidationError(errors);
  if (rows.length === 0) throw new ImportInputError('the file has no row with a figure and a date');

  const articles = [...groupBy(rows, (r) => r.source_url)].map(([url, rs]) => articleSource(url, rs, entityNames, labels.publishers)).sort((a, b) => a.id.localeCompare(b.id));
  const articleOf = new Map(articles.map((a) => [a.url, a]));

  const seen = new Set<string>();
  // Gross and net proceeds are different facts: the basis is part of the metric a group is keyed by.
  const keyed = rows.map((r) => {
    const basis = proceedsBasis(r.metric, r.note);
    return { r, basis, entity: entities[r.entity]!.entity, metric: basis ? `${r.metric} ${basis}` : r.metric, as_of: r.as_of!, round: r.round };
  });
  const groupOf = groupKeys(keyed);
  const drafts = keyed.map((k) => {
    const r = k.r;
    const { entity, company } = entities[r.entity]!;
    const groupId = groupOf.get(k)!;
    let id = `${groupId}-${hash(`${r.source_url}|${r.value_as_written}|${r.round ?? ''}`)}`;
    for (let n = 2; seen.has(id); n++) id = `${groupId}-${hash(`${r.source_url}|${r.value_as_written}|${r.round ?? ''}|${n}`)}`;
    seen.add(id);
    const usd = r.currency ? toUsd(r.value!, r.currency, r.as_of!, r.value_as_written, rates) : null;
    const host = new URL(r.source_url).host;
    return {
      fact: {
        id,
        entity_id: entity,
        company_id: company,
        metric: r.metric,
        value: r.value!,
        currency: r.currency,
        qualifier: r.qualifier,
        basis: k.basis,
        as_of: r.as_of!,
        round: r.round,
        round_zh: r.round === null ? null : (labels.rounds[r.round] ?? null),
        investors: r.investors,
        investor_ids: [...new Set(r.investors.flatMap((name) => resolveInvestor(investorName(name)) ?? []))].filter((id) => id !== company),
        source_id: articleOf.get(r.source_url)!.id,
        source_text: r.value_as_written,
        usd,
        group_id: groupId,
        reliability: r.reliability,
      },
      rank: {
        id,
        group_id: groupId,
        value: r.value!,
        currency: r.currency,
        usd: usd?.value ?? null,
        qualifier: r.qualifier,
        reliability: r.reliability,
        primary: primaryHosts.includes(host),
        published: articleOf.get(r.source_url)!.published_on,
        context: `${entity} ${r.metric} ${r.as_of!.slice(0, 4)}`,
        scaled: r.currency ? (usd?.value ?? null) : r.value!,
      } satisfies SlipInput,
    };
  });
  const slips = findUnitSlips(drafts.map((d) => d.rank));

  const groups: FactGroup[] = [];
  const facts: CompanyFact[] = [];
  for (const [groupId, members] of groupBy(drafts, (d) => d.fact.group_id)) {
    const { verdict, ranked } = rankGroup(members.map((m) => m.rank), curation[groupId], slips);
    const head = members[0]!.fact;
    groups.push({ id: groupId, entity_id: head.entity_id, company_id: head.company_id, metric: head.metric, basis: head.basis, as_of: head.as_of, round: head.round, round_zh: head.round_zh, claims: members.length, ...verdict });
    for (const m of members) {
      const r = ranked.find((x) => x.id === m.fact.id)!;
      const { reliability, ...fact } = m.fact;
      facts.push({ ...fact, agreement: verdict.agreement, reliability, rank: r.rank, rank_reason_en: r.reason_en, rank_reason_zh: r.reason_zh });
    }
  }
  facts.sort((a, b) => a.id.localeCompare(b.id));
  groups.sort((a, b) => a.id.localeCompare(b.id));
  const relations = investorRelations(facts, (name) => resolveInvestor(investorName(name)));
  const unresolvedInvestors = [...new Set(rows.flatMap((r) => r.investors).filter((n) => resolveInvestor(investorName(n)) === null))].sort();
  const count = (a: FactGroup['agreement']) => groups.filter((g) => g.agreement === a).length;
  return {
    snapshot: {
      release: { file: basename(factsPath), sha256: csv.sha256, rows: csv.rows.length, rates_file: basename(ratesPath), rates_sha256: ratesSha, skipped },
      articles,
      relations,
      facts,
      groups,
      rates,
    },
    report: {
      file: basename(factsPath),
      sha256: csv.sha256,
      rows: csv.rows.length,
      facts: facts.length,
      articles: articles.length,
      groups: { total: groups.length, agree: count('agree'), conflict: count('conflict'), alone: count('alone') },
      deprecated: facts.filter((f) => f.rank === 'deprecated').map((f) => ({ id: f.id, entity: f.entity_id, metric: f.metric, as_written: f.source_text })),
      skipped,
      unknownEntities: [...unknown],
      investors: { relations: relations.length, unresolved: unresolvedInvestors },
    },
  };
}

/** The first day of a partial date: `2024` → 2024-01-01, `2024-05` → 2024-05-01. */
const firstDay = (asOf: string) => (asOf.length === 4 ? `${asOf}-01-01` : asOf.length === 7 ? `${asOf}-01` : asOf);

/**
 * Each investor a report names with a round (and that resolves to an entity) invested in the
 * company: a relation claim of that report, dated by the round, quoting the name as written.
 */
function investorRelations(facts: CompanyFact[], resolve: (written: string) => string | null): Relation[] {
  const relations: Relation[] = [];
  // Two figures of one report on the same round (its amount and the total to date, say) name the
  // same investors: that is one fact of the report, so one claim.
  const stated = new Set<string>();
  for (const f of facts) {
    if (f.rank === 'deprecated' || (f.metric !== 'funding_round' && f.metric !== 'cumulative_funding')) continue;
    for (const investor of f.investor_ids) {
      const fact = [f.source_id, investor, f.company_id, firstDay(f.as_of)].join(' ');
      if (stated.has(fact)) continue;
      stated.add(fact);
      relations.push({
        id: `${investor}-invested-in-${f.id}`,
        subject_id: investor,
        predicate: 'invested_in',
        object_id: f.company_id,
        value: null,
        unit: null,
        as_of: firstDay(f.as_of),
        source_id: f.source_id,
        locator: ARTICLE_PAGE,
        source_text: f.investors.find((name) => resolve(name) === investor)!,
        review: {
          status: 'unverified',
          note_en: 'Named as an investor in this round by the report; not checked against other references.',
          note_zh: '此報導列為該輪投資者；未經其他資料查核。',
          reference_title: null,
          reference_title_zh: null,
          reference_url: null,
        },
      });
    }
  }
  return relations.sort((a, b) => a.id.localeCompare(b.id));
}
