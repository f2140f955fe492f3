/**
 * The script of the test child page (test-child.html): starts the embed child
 * and writes what it reports on the root element, where the browser tests
 * read it. A real embed page that is to pass the position checks exposes the
 * same attributes:
 * - `data-embed-position-support`: the latest `PositionSupport`;
 * - `data-embed-position`: the latest position, as JSON;
 * - `data-embed-position-count`: how many positions arrived.
 */
import { startEmbedChild } from '../../../src/lib/embed/child';

const root = document.documentElement;
let count = 0;
startEmbedChild(window, {
	onPositionSupport(support) {
		root.dataset.embedPositionSupport = support;
	},
	onPosition(position) {
		root.dataset.embedPosition = JSON.stringify(position);
		root.dataset.embedPositionCount = String(++count);
	}
});
