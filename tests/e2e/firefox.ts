/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, the
 * second engine of the browser tests. Playwright's Firefox is a patched
 * build that cannot be downloaded here; puppeteer-core speaks the standard
 * protocol that the stock Firefox already has.
 *
 * Each launch gets a fresh temporary profile (puppeteer-core writes these
 * preferences into its user.js, and deletes the folder when the browser
 * closes). What Firefox does not support over BiDi is set here instead, one
 * launch per setting: JavaScript off and reduced motion (see the README).
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { PageWatch } from './harness';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Where requests to any host but this one are sent, as to an HTTP proxy.
 * Port 1 (tcpmux) is privileged and serves nothing, so the connection is
 * refused at once (NS_ERROR_PROXY_CONNECTION_REFUSED) and Firefox never
 * looks the host up: the equivalent of Chromium's `--host-resolver-rules`
 * in harness.ts, for names and for addresses alike (loopback ones excepted:
 * Firefox never proxies those).
 */
export const REFUSING_PROXY = { host: '127.0.0.1', port: 1 } as const;

type Pref = string | number | boolean;

/**
 * What this closed network needs so that Firefox never waits on the network
 * and sends nothing anywhere. Checked by running firefox-smoke.test.ts with
 * FIREFOX_PATH set to `strace -f -e trace=connect,sendto,sendmmsg` around
 * Firefox: not one DNS query, and connections only to 127.0.0.1 (the test
 * server, and the refusing proxy for the off-host request).
 */
export const FIREFOX_PREFS: Record<string, Pref> = {
	// any host but localhost goes to the refusing proxy; localhost never does
	'network.proxy.type': 1,
	'network.proxy.http': REFUSING_PROXY.host,
	'network.proxy.http_port': REFUSING_PROXY.port,
	'network.proxy.ssl': REFUSING_PROXY.host,
	'network.proxy.ssl_port': REFUSING_PROXY.port,
	'network.proxy.share_proxy_settings': true,
	'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
	'network.proxy.allow_hijacking_localhost': false,
	// nothing resolved or opened ahead of a request
	'network.dns.disablePrefetch': true,
	'network.prefetch-next': false,
	'network.http.speculative-parallel-limit': 0,
	'network.trr.mode': 5,
	// updates (Debian's build has no updater; Mozilla's builds, through FIREFOX_PATH, do)
	'app.update.auto': false,
	'app.update.disabledForTesting': true,
	'extensions.update.enabled': false,
	'extensions.systemAddon.update.enabled': false,
	'browser.search.update': false,
	'media.gmp-manager.updateEnabled': false,
	// telemetry and data reporting
	'toolkit.telemetry.enabled': false,
	'toolkit.telemetry.unified': false,
	'toolkit.telemetry.archive.enabled': false,
	'toolkit.telemetry.server': '',
	'datareporting.healthreport.uploadEnabled': false,
	'datareporting.policy.dataSubmissionEnabled': false,
	'datareporting.usage.uploadEnabled': false,
	// Normandy recipes and studies
	'app.normandy.enabled': false,
	'app.normandy.api_url': '',
	'app.shield.optoutstudies.enabled': false,
	// captive-portal and connectivity checks
	'network.captive-portal-service.enabled': false,
	'network.connectivity-service.enabled': false,
	// Safe Browsing lists and download checks
	'browser.safebrowsing.downloads.enabled': false,
	'browser.safebrowsing.downloads.remote.enabled': false,
	'browser.safebrowsing.malware.enabled': false,
	'browser.safebrowsing.phishing.enabled': false,
	'browser.safebrowsing.blockedURIs.enabled': false,
	// remote settings: release builds honour this server only with
	// MOZ_DISABLE_NONLOCAL_CONNECTIONS set (see launchFirefox), and then skip it
	'services.settings.server': 'data:,#remote-settings-dummy/v1',
	'security.remote_settings.crlite_filters.enabled': false,
	'security.remote_settings.intermediates.enabled': false,
	// push
	'dom.push.enabled': false,
	'dom.push.connection.enabled': false,
	// region, geolocation, translations and the local AI models
	'browser.region.network.url': '',
	'browser.region.update.enabled': false,
	'geo.provider.network.url': '',
	'browser.translations.enable': false,
	'browser.ml.enable': false,
	// first-run and welcome pages, new-tab content
	'browser.aboutwelcome.enabled': false,
	'trailhead.firstrun.didSeeAboutWelcome': true,
	'datareporting.policy.firstRunURL': '',
	'browser.startup.homepage_override.mstone': 'ignore',
	'startup.homepage_welcome_url': 'about:blank',
	'startup.homepage_welcome_url.additional': '',
	'browser.startup.page': 0,
	'browser.startup.homepage': 'about:blank',
	'browser.newtabpage.enabled': false,
	'browser.shell.checkDefaultBrowser': false,
	'termsofuse.bypassNotification': true,
	// scrollbars over the page, as on phones and in headless Chromium: the layout gets the whole
	// viewport's width (classic GTK scrollbars would take 12 px of a 390 px phone)
	'ui.useOverlayScrollbars': 1
};

export interface FirefoxOptions {
	/** false: the page's scripts do not run (WebDriver scripts still do). Default true. */
	javaScript?: boolean;
	/** true: `prefers-reduced-motion: reduce`. Default false, whatever the desktop says. */
	reducedMotion?: boolean;
}

/** Firefox ESR, headless, in a fresh temporary profile that closing the browser removes. */
export function launchFirefox({
	javaScript = true,
	reducedMotion = false
}: FirefoxOptions = {}): Promise<Browser> {
	return puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX_PATH,
		headless: true,
		extraPrefsFirefox: {
			...FIREFOX_PREFS,
			// Firefox 153 answers `unknown command` to BiDi's emulation.setScriptingEnabled
			'javascript.enabled': javaScript,
			// puppeteer's emulateMediaFeatures needs CDP, which Firefox no longer has
			'ui.prefersReducedMotion': reducedMotion ? 1 : 0
		},
		env: {
			...process.env,
			// Firefox's own test switch: only with it do release builds take the remote-settings
			// server above (and then stay idle); without it they look up Mozilla's every second
			MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1',
			// a crash would otherwise offer to send its report to Mozilla
			MOZ_CRASHREPORTER_DISABLE: '1'
		}
	});
}

/** Whether a request would leave this host (data: and blob: URLs never touch the network). */
function isOffHost(url: string): boolean {
	const { protocol, hostname } = new URL(url);
	if (protocol === 'data:' || protocol === 'blob:') return false;
	return hostname !== '127.0.0.1' && hostname !== 'localhost';
}

/** harness.ts's watchPage for a puppeteer page: console errors, uncaught exceptions, requests that would leave the host. */
export function watchFirefoxPage(page: Page): PageWatch {
	const watch: PageWatch = { consoleErrors: [], offHostRequests: [] };
	page.on('console', (message) => {
		if (message.type() === 'error') watch.consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
	page.on('request', (request) => {
		if (isOffHost(request.url())) watch.offHostRequests.push(request.url());
	});
	return watch;
}
