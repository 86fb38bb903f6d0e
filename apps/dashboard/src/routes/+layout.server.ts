import { dashboardEnv } from '$lib/server/env';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
  theme: locals.theme,
  apiUrl: dashboardEnv.API_PUBLIC_URL,
});
