import { latestRelease } from '@aiwatch/db';
import { dashboardEnv } from '$lib/server/env';
import { database } from '$lib/server/db';
import type { LayoutServerLoad } from './$types';

/** The release the footer names; a page whose database is down still renders (its own load says why). */
async function release() {
  try {
    const r = await latestRelease(await database());
    return r && { version: r.version, releasedOn: r.released_on };
  } catch {
    return null;
  }
}

export const load: LayoutServerLoad = async () => ({
  apiUrl: dashboardEnv.API_PUBLIC_URL,
  release: await release(),
});
