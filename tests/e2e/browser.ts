/**
 * What a browser test file uses: the Chromium and the built projects that
 * the global set-up (setup.ts) started for every file to share.
 */
import { inject } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import type { ServedProject } from './setup';

export type { ServedProject } from './setup';

/** Connects to the shared Chromium; close the connection, not the browser, when done. */
export function connectChromium(): Promise<Browser> {
	return chromium.connect(inject('wsEndpoint'));
}

export function servedProjects(): ServedProject[] {
	return inject('projects');
}

/** This project, built from its own `data/`. */
export function ownProject(): ServedProject {
	const project = servedProjects()[0];
	if (!project) throw new Error('the global set-up served no project');
	return project;
}
