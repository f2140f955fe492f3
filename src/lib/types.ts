/**
 * The shapes every module agrees on: what the data parsers return, what the
 * story copy becomes, and the chart states a step can ask for.
 * Plain data only (no classes), so it serialises from the prerender to the page.
 */

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

/** A located problem in an editor's file, printed as `FILE:LINE:COLUMN: FIELD: message`. */
export interface Problem {
	/** path relative to the project root, e.g. `data/capex.csv` */
	file: string;
	/** physical 1-based line in the file (the CSV header is line 1) */
	line: number;
	/** 1-based field index in a CSV; 1 for file-level problems and copy files */
	column: number;
	/** the column or key the problem is about; empty for file-level problems */
	field: string;
	/** what was found and what was expected */
	message: string;
	severity: 'error' | 'warning';
}

export type SiteStatus = 'existing' | 'planned';
export const SITE_STATUSES: readonly SiteStatus[] = ['existing', 'planned'];

/** `site`: a disclosed location; `country`: a marker that stands for the country only. */
export type Precision = 'site' | 'country';
export const PRECISIONS: readonly Precision[] = ['site', 'country'];

/** A row of `data/datacenters.csv`. */
export interface DataCentre {
	id: string;
	/** ISO 3166-1 alpha-2, upper case */
	country: string;
	status: SiteStatus;
	precision: Precision;
	/** decimal degrees, -90..90 */
	lat: number;
	/** decimal degrees, -180..180 */
	lon: number;
	/** who published it, in French: the French page's source, and the English page's when `sourceEn` is empty */
	source: string;
	/** who published it, in English; '' when the file has no `source_en` column or the cell is empty */
	sourceEn: string;
}

/** A row of `data/capex.csv`: AI investment for a year, in billions of US dollars. */
export interface CapexRow {
	year: number;
	/** who the figure covers, as the source names them */
	companies: string;
	/** billions of US dollars, >= 0 */
	valueBnUsd: number;
	/** a forecast, not a reported figure */
	estimate: boolean;
	/** "more than": the true value is at least this */
	lowerBound: boolean;
	/** who published it, in French: the French page's source, and the English page's when `sourceEn` is empty */
	source: string;
	/** who published it, in English; '' when the file has no `source_en` column or the cell is empty */
	sourceEn: string;
}

/** `day`: the move on the day of the announcement; `ytd`: since 1 January. */
export type MarketPeriod = 'day' | 'ytd';
export const MARKET_PERIODS: readonly MarketPeriod[] = ['day', 'ytd'];

/** A row of `data/market.csv`: one listing's share-price move. */
export interface MarketRow {
	id: string;
	company: string;
	/** what is listed, in each language; may be empty */
	listing: Record<Lang, string>;
	period: MarketPeriod;
	/** percentage change, e.g. 3.6 for +3.6 % */
	changePct: number;
	/** "more than": the true move is at least this */
	lowerBound: boolean;
	/** who published it, in French: the French page's source, and the English page's when `sourceEn` is empty */
	source: string;
	/** who published it, in English; '' when the file has no `source_en` column or the cell is empty */
	sourceEn: string;
}

export interface StoryData {
	datacentres: DataCentre[];
	capex: CapexRow[];
	market: MarketRow[];
}

export type ChartName = 'map' | 'capex' | 'market';
export const CHART_NAMES: readonly ChartName[] = ['map', 'capex', 'market'];

/** Which sites a map step highlights. */
export type MapHighlight = 'all' | 'existing' | 'planned' | 'none';
export const MAP_HIGHLIGHTS: readonly MapHighlight[] = ['all', 'existing', 'planned', 'none'];

/**
 * What a chart shows at one step. Written by editors in the copy, checked
 * against the data, and turned into drawing state by `src/lib/scroll/state.ts`.
 */
export type ChartState =
	| {
			chart: 'map';
			/** `world`, or the ISO alpha-2 code of a country to zoom to */
			focus: string;
			highlight: MapHighlight;
	  }
	| {
			chart: 'capex';
			/** years shown, in data order; the others are hidden */
			years: number[];
	  }
	| {
			chart: 'market';
			/** ids of the market rows shown, in this order */
			rows: string[];
	  };

export interface Step {
	/** paragraphs of plain text */
	text: string[];
	state: ChartState;
	/** line of the step's first key in the copy file, for error messages */
	line: number;
}

/** A parsed `data/story.LANG.aml`. All fields are plain text. */
export interface Story {
	lang: Lang;
	headline: string;
	dek: string;
	byline: string;
	intro: string[];
	steps: Step[];
	outro: string[];
	/** the sources and methods note, as paragraphs */
	sources: string[];
}
