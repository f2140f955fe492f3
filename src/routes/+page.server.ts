import { loadStoryPage } from '$lib/server/story-page';

export const load = () => loadStoryPage('fr');
