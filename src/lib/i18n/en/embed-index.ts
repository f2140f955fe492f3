/** The embed index's words in English (see `EmbedIndexWords`). */
import type { EmbedIndexWords } from '../language.ts';

export const embedIndex: EmbedIndexWords = {
	title: 'Embed the story and its charts',
	intro:
		'The whole story, each of its charts and each of its steps can be published in an iframe that takes the height of its content by itself. Every embedded page speaks both pym.js and AMP’s messages (@newswire/frames, amp-iframe), without polling: copy the code that suits your page.',
	storyHeading: 'The whole story',
	storyNote:
		'Under a pym.js parent that tracks scrolling (trackscroll), the graphic stays pinned in the host page’s window while the steps scroll past it, as on the story’s own page. Under any other parent, each step is followed by its graphic in that step’s state.',
	chartsHeading: 'The charts',
	chartsNote:
		'Each chart in its default state, with its title, its source and a link to the story.',
	stepsHeading: 'The story’s steps',
	stepsNote:
		'A step’s chart in that step’s state, captioned with the step’s text: the state comes with the page’s address, so it shows without passing through another.',
	previewWidth: 'Preview width',
	codes: {
		pym: 'pym.js',
		frames: '@newswire/frames',
		amp: 'AMP (amp-iframe)',
		iframe: 'Plain iframe',
		image: 'Image only'
	},
	codeNotes: {
		pym: 'For a page that uses pym.js (NPR): the iframe follows the height of its content.',
		frames: 'For a page that uses @newswire/frames: the iframe follows the height of its content.',
		amp: 'For an AMP page: amp-iframe follows the embed’s height and shows its image while it loads.',
		iframe:
			'As a last resort, with no script on the host page: a fixed height, the one a phone needs.',
		image: 'For a host that takes no iframes: the embed’s image, linked to the story.'
	},
	relativeUrls:
		'In this page’s HTML, the addresses in these codes are relative to it; its script writes them in full from the address you read it at. To have them in full in the HTML, set PUBLIC_BASE_URL at build time (see the README).',
	card: 'Image',
	cardNote: 'It is also the preview shown when a link to the page is shared (og:image).',
	parametersHeading: 'Parameters and messages',
	parametersIntro:
		'A chart’s state depends on its page’s address only, never on a query parameter: the page is prerendered, so its state is in its HTML from the first byte. It understands these parameters:',
	parameters: {
		theme:
			'light, dark or auto (the default: the reader’s system setting). The colours of the page and its chart, to match the host page; applied before the first paint, so the other theme never shows.',
		childId:
			'Added by a pym.js parent: the id of its container. The page addresses its pym.js messages with it; without it, the page speaks AMP’s protocol only.',
		'initialWidth, parentTitle, parentUrl': 'Added by pym.js; the page does not use them.'
	},
	messagesIntro:
		'The messages it exchanges with the host page (postMessage). Any other message is ignored, without an error.',
	messages: {
		height: 'Sent to a pym.js parent whenever the document’s height changes (ResizeObserver).',
		'embed-size':
			'Sent at the same time, in AMP’s format ({sentinel: "amp", type: "embed-size", height}): @newswire/frames and amp-iframe read it.',
		parentPositionInfo:
			'Sent to a pym.js parent on load: asks where the iframe is in the host page’s window.',
		width:
			'Received from a pym.js parent when the host page changes width: the page sends its height back.',
		'frames-init':
			'Received from a @newswire/frames parent that starts listening: the page sends its height back.',
		'viewport-iframe-position':
			'Received from a pym.js parent, in answer and then on every scroll with trackscroll: the whole story uses it to pin its graphic.'
	},
	nameColumn: 'Name',
	effectColumn: 'Effect'
};
