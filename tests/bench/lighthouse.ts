/**
 * Lighthouse through its Node API, in one Debian Chromium started once by
 * chrome-launcher with the flags every browser of this project needs
 * (`CHROMIUM_ARGS`: among them a host-resolver rule that makes any request
 * leaving 127.0.0.1 fail at once, so that it shows in the report's network
 * requests instead of stalling the run).
 *
 * Three kinds of run, each a cold load (Lighthouse clears the origin's cache
 * and storage first), all with Lighthouse's default mobile settings:
 * - `scores`: the four categories under the default simulation;
 * - `performance`: the performance category alone (its weighted metrics),
 *   for the repeat runs: accessibility, best practices and SEO read the page,
 *   not the clock, and are measured once;
 * - `devtools`: FCP, LCP, TBT and CLS observed under `throttlingMethod:
 *   'devtools'` (the simulation charges to LCP module preloads that a real
 *   browser does not wait for), with the page's requests by type.
 * Lighthouse holds a devtools run until the network and then the CPU have
 * each been quiet for 5.25 s (its TTI, hence TBT, needs a 5 s quiet window
 * in the trace): some 15 s a run, most of the bench's time.
 */
import lighthouse, { defaultConfig, type Flags, type Result } from 'lighthouse';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/harness';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

export type RunKind = 'scores' | 'performance' | 'devtools';

export interface LighthouseRun {
	kind: RunKind;
	/** 0–100, for the categories this kind of run measures */
	scores: Partial<Record<CategoryId, number>>;
	/** observed under devtools throttling (ms; CLS unitless); only in `devtools` runs */
	metrics: { fcp: number; lcp: number; tbt: number; cls: number } | null;
	/** requests and transfer bytes by resource type (Lighthouse's resource summary); only in `devtools` runs */
	resources: Record<string, { requests: number; bytes: number }> | null;
	/** every request the page made (devtools runs only; empty otherwise) */
	requests: { url: string; type: string; status: number; transferBytes: number }[];
	/** every request whose host is not this machine */
	offHost: string[];
	/** Lighthouse's run warnings and the errors of the audits read here */
	problems: string[];
	seconds: number;
}

const METRIC_AUDITS = {
	fcp: 'first-contentful-paint',
	lcp: 'largest-contentful-paint',
	tbt: 'total-blocking-time',
	cls: 'cumulative-layout-shift'
} as const;

/** The audits that make the performance score: the same score, without the diagnostics nobody reads here. */
const PERFORMANCE_SCORE_AUDITS = (defaultConfig.categories?.performance?.auditRefs ?? [])
	.filter((ref) => ref.weight > 0)
	.map((ref) => ref.id);

const NETWORK_AUDITS = ['network-requests', 'resource-summary'];

function settingsFor(kind: RunKind): Flags {
	// the full-page screenshot and the back/forward cache probe feed no score and cost seconds a run
	const common: Flags = {
		output: 'json',
		logLevel: 'silent',
		disableFullPageScreenshot: true
	};
	if (kind === 'scores')
		return {
			...common,
			throttlingMethod: 'simulate',
			onlyCategories: [...CATEGORIES],
			skipAudits: ['bf-cache']
		};
	if (kind === 'performance')
		return {
			...common,
			throttlingMethod: 'simulate',
			onlyAudits: [...PERFORMANCE_SCORE_AUDITS, 'network-requests']
		};
	return {
		...common,
		throttlingMethod: 'devtools',
		onlyAudits: [...Object.values(METRIC_AUDITS), ...NETWORK_AUDITS]
	};
}

function isOffHost(url: string): boolean {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return true;
	}
	if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
	return parsed.hostname !== '127.0.0.1' && parsed.hostname !== 'localhost';
}

type Items = Record<string, unknown>[];

function tableItems(lhr: Result, audit: string): Items {
	const details = lhr.audits[audit]?.details;
	return details && 'items' in details ? (details.items as Items) : [];
}

function read(lhr: Result, kind: RunKind, seconds: number): LighthouseRun {
	const problems = [...lhr.runWarnings.map(String)];
	if (lhr.runtimeError) problems.push(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);

	const scores: LighthouseRun['scores'] = {};
	const measured = kind === 'scores' ? CATEGORIES : (['performance'] as const);
	if (kind !== 'devtools')
		for (const id of measured) {
			const score = lhr.categories[id]?.score;
			if (typeof score === 'number') scores[id] = Math.round(score * 100);
			else problems.push(`${id}: no score`);
		}

	let metrics: LighthouseRun['metrics'] = null;
	let resources: LighthouseRun['resources'] = null;
	if (kind === 'devtools') {
		const values = Object.fromEntries(
			Object.entries(METRIC_AUDITS).map(([name, id]) => {
				const audit = lhr.audits[id];
				if (audit?.errorMessage) problems.push(`${id}: ${audit.errorMessage}`);
				return [name, audit?.numericValue ?? NaN];
			})
		) as NonNullable<LighthouseRun['metrics']>;
		metrics = values;
		resources = {};
		for (const item of tableItems(lhr, 'resource-summary'))
			resources[String(item.resourceType)] = {
				requests: Number(item.requestCount),
				bytes: Number(item.transferSize)
			};
	}

	const network = tableItems(lhr, 'network-requests');
	const requests =
		kind === 'devtools'
			? network.map((item) => ({
					url: String(item.url),
					type: String(item.resourceType),
					status: Number(item.statusCode),
					transferBytes: Number(item.transferSize)
				}))
			: [];
	const offHost = network.map((item) => String(item.url)).filter(isOffHost);
	return { kind, scores, metrics, resources, requests, offHost, problems, seconds };
}

export interface LighthouseBrowser {
	version: string;
	run(url: string, kind: RunKind): Promise<LighthouseRun>;
	close(): Promise<void>;
}

/** Starts the one Chromium every Lighthouse run of the bench uses. */
export async function startLighthouse(): Promise<LighthouseBrowser> {
	const chrome: LaunchedChrome = await launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: CHROMIUM_ARGS,
		logLevel: 'silent'
	});
	const version = await fetch(`http://127.0.0.1:${chrome.port}/json/version`)
		.then((response) => response.json() as Promise<{ Browser: string }>)
		.then((info) => info.Browser);
	return {
		version,
		async run(url, kind) {
			const started = performance.now();
			const result = await lighthouse(url, { ...settingsFor(kind), port: chrome.port });
			if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
			return read(result.lhr, kind, (performance.now() - started) / 1000);
		},
		async close() {
			chrome.kill();
		}
	};
}
