import { execFileSync } from 'node:child_process';
import { get } from 'node:http';
import { fileURLToPath } from 'node:url';

export interface CachingCheck {
  what: string;
  /** What the server answered, as a reader of the report would check it. */
  saw: string;
  ok: boolean;
}

interface Head {
  status: number;
  headers: Record<string, string | string[] | undefined>;
}

/** One GET whose body is read and dropped: only status and headers matter here. */
function head(url: string, headers: Record<string, string> = {}): Promise<Head> {
  return new Promise((resolve, reject) => {
    const req = get(url, { headers, timeout: 30_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`${url}: no answer within 30 s`)));
    req.on('error', reject);
  });
}

const header = (h: Head, name: string) => [h.headers[name] ?? ''].flat().join(', ');
const varies = (h: Head) => header(h, 'vary').toLowerCase().split(/\s*,\s*/).filter(Boolean);

/** A shared cache may keep it until the next release and serve it while it revalidates, and a revalidation is a 304. */
async function currentDataCheck(what: string, url: string): Promise<CachingCheck> {
  const first = await head(url, { 'accept-encoding': 'br, gzip' });
  const cc = header(first, 'cache-control');
  const etag = header(first, 'etag');
  const again = etag ? await head(url, { 'accept-encoding': 'br, gzip', 'if-none-match': etag }) : null;
  return {
    what,
    saw: `${first.status}; Cache-Control: ${cc || '(none)'}; ETag ${etag ? 'set' : 'missing'}; If-None-Match → ${again?.status ?? 'not tried'}`,
    ok: first.status === 200 && /\bs-maxage=\d+/.test(cc) && /\bstale-while-revalidate=\d+/.test(cc) && !/\bprivate\b|no-store/.test(cc) && again?.status === 304,
  };
}

/** Turbo's plan for `npm start`'s build step: nothing to rebuild when nothing changed since the last build. */
function startBuildCheck(): CachingCheck {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const plan = JSON.parse(
    execFileSync('npx', ['turbo', 'run', 'build', '--filter=@aiwatch/dashboard', '--dry=json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  ) as { tasks: { taskId: string; command: string; cache: { status: string } }[] };
  // Workspaces without a build script are listed too, as '<NONEXISTENT>': nothing runs for them.
  const builds = plan.tasks.filter((t) => t.command !== '<NONEXISTENT>');
  const missed = builds.filter((t) => t.cache.status !== 'HIT').map((t) => t.taskId);
  return {
    what: '`npm start` after a build: turbo finds every build task in its cache (nothing rebuilt)',
    saw: missed.length === 0 ? `${builds.length} of ${builds.length} build tasks cached` : `to rebuild: ${missed.join(', ')}`,
    ok: missed.length === 0,
  };
}

/**
 * What caches outside the process are told, read off the running servers: pages, API answers and
 * downloads of the current data kept by shared caches until revalidated, a release's own download
 * kept for good, `Vary` only where the answer varies, and no rebuild at start.
 */
export async function checkCaching(dashboard: string, api: string): Promise<CachingCheck[]> {
  const checks = [
    await currentDataCheck('a page (`/companies`)', `${dashboard}/companies`),
    await currentDataCheck('an API list (`/v1/figures`)', `${api}/v1/figures`),
    await currentDataCheck('a download of the current data (`/v1/datasets/figures.csv`)', `${api}/v1/datasets/figures.csv`),
  ];
  const page = await head(`${dashboard}/zh-hant/companies`);
  checks.push({
    what: 'a page does not vary by cookie (the theme is a stylesheet of its own, which does)',
    saw: `page Vary: ${varies(page).join(', ') || '(none)'}; /theme.css Vary: ${varies(await head(`${dashboard}/theme.css`)).join(', ') || '(none)'}`,
    ok: !varies(page).includes('cookie') && varies(await head(`${dashboard}/theme.css`)).includes('cookie'),
  });
  const releases = (await (await fetch(`${api}/v1/releases`)).json()) as { items: { links: { zip: string } }[] };
  const zip = releases.items[0]?.links.zip;
  const release = zip ? await head(`${api}${zip}`) : null;
  const cc = release ? header(release, 'cache-control') : '';
  checks.push({
    what: 'a numbered release’s download is immutable',
    saw: release ? `${zip}: ${release.status}; Cache-Control: ${cc || '(none)'}` : 'no release listed',
    ok: release?.status === 200 && /\bimmutable\b/.test(cc) && /\bmax-age=31536000\b/.test(cc),
  });
  checks.push(startBuildCheck());
  return checks;
}
