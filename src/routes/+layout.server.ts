import { siteBaseUrl } from '$lib/server/site';

/** Every page gets the site's public address, when the build was given one (src/lib/server/site.ts). */
export const load = () => ({ baseUrl: siteBaseUrl() });
