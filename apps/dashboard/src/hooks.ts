import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

// /zh-hant/companies is served by the same route as /companies.
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
