/**
 * Scaling the API out: several processes started at once on a brand-new PostgreSQL database all
 * migrate and seed it on start-up. They must neither crash each other (concurrent CREATE TYPE /
 * TABLE, duplicate seed rows) nor seed twice.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '@aiwatch/data';
import { readDbEnv } from '@aiwatch/db';
import { startApi, type RunningApi } from './support/api-process.ts';
import { repoRoot } from './support/launcher.ts';

const serverUrl = readDbEnv().TEST_DATABASE_URL;
const PROCESSES = 4;

describe.skipIf(!serverUrl)(
  `${PROCESSES} API processes started together on a fresh PostgreSQL database (needs PostgreSQL: set TEST_DATABASE_URL)`,
  () => {
    const name = `aiwatch_scale_${process.pid}_${randomBytes(4).toString('hex')}`;
    let admin: postgres.Sql;
    let sql: postgres.Sql;
    let started: PromiseSettledResult<RunningApi>[] = [];
    const running = () => started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));

    beforeAll(async () => {
      admin = postgres(serverUrl!, { max: 1, onnotice: () => {} });
      await admin.unsafe(`CREATE DATABASE ${name}`);
      const url = new URL(serverUrl!);
      url.pathname = `/${name}`;
      sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
      started = await Promise.allSettled(
        Array.from({ length: PROCESSES }, () => startApi({ DATABASE_URL: url.toString() })),
      );
    }, 240_000);

    afterAll(async () => {
      await Promise.all(running().map((api) => api.stop()));
      await sql?.end();
      await admin?.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin?.end();
    });

    it(`all ${PROCESSES} start and answer 200 on /v1/sources`, async () => {
      const failures = started.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
      expect(failures, failures.join('\n\n')).toEqual([]);
      for (const api of running()) {
        const res = await fetch(`${api.url}/v1/sources`);
        expect(res.status).toBe(200);
        const body = (await res.json()) as { items: unknown[] };
        expect(body.items.length).toBeGreaterThan(0);
      }
    });

    it('applied each migration once and seeded the dataset once', async () => {
      const journal = JSON.parse(
        readFileSync(join(repoRoot, 'db/migrations/meta/_journal.json'), 'utf8'),
      ) as {
        entries: unknown[];
      };
      const [migrations] = await sql`select count(*)::int as n from drizzle.__drizzle_migrations`;
      expect(migrations?.n).toBe(journal.entries.length);

      const [counts] = await sql`select
        (select count(*)::int from sources) as sources,
        (select count(*)::int from entities) as entities,
        (select count(*)::int from metrics) as metrics,
        (select count(*)::int from figures) as figures,
        (select count(*)::int from events) as events,
        (select count(*)::int from relations) as relations,
        (select count(*)::int from seed_state) as seed_state`;
      expect(counts).toEqual({
        sources: dataset.sources.length,
        entities: dataset.entities.length,
        metrics: dataset.metrics.length,
        figures: dataset.figures.length,
        events: dataset.events.length,
        relations: dataset.relations.length,
        seed_state: 1,
      });

      // Each process logs whether it wrote the dataset: exactly one of them did.
      const seeders = running().filter((api) => /"seeded":true/.test(api.output().stdout));
      expect(seeders).toHaveLength(1);
    });
  },
);
