/**
 * The search box and its results, on Pagefind's JavaScript API: an input, filters (jenis halaman, unit, jenis
 * regulasi, tahun) read from the index, and a list of results. Used inside the header's dialog and on /cari/.
 * Pagefind itself (its script and index) is fetched on first use only.
 */
import { t } from '../../i18n/id.ts';
import { type IstilahPair, istilahVariants, suggestTerm, type WordList, wordList } from './suggest.ts';
import { base } from '../../lib/url.ts';

interface ResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
  filters: Record<string, string[]>;
}

interface Result {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

interface Search {
  results: Result[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options: { filters: Record<string, string[]> }): Promise<Search>;
  debouncedSearch(term: string | null, options: { filters: Record<string, string[]> }, wait?: number): Promise<Search | null>;
}

const FILTER_KEYS = ['jenis', 'unit', 'regulasi', 'tahun'] as const;
const MAX_RESULTS = 20;
/** Results shown as soon as their excerpts are loaded (a dialog's worth); the rest follow. Each is one fetch. */
const FIRST_RESULTS = 6;
/**
 * The rest follow in batches of this many, each only while no newer search has started: Pagefind's worker answers
 * in order, so excerpts asked for an outdated term would hold up the results of the term being typed.
 */
const LATER_BATCH = 7;
/**
 * Pagefind answers in a few milliseconds; the wait only spares the searches of keys typed in one burst. It counts
 * from the last key: a term typed while Pagefind was loading is searched as soon as Pagefind is ready.
 */
const DEBOUNCE_MS = 40;
/**
 * Pagefind ranking. A match in the title of an SOP, a role (pelaksana) or a regulation, held in their own metadata
 * keys (data-pagefind-meta on their h1), counts more than a match in a qualification's title, so the page about the
 * thing comes before the pages that mention it. Page length matters less than by default: SOP pages are long.
 */
const RANKING = { metaWeights: { title: 2, sop: 12, peran: 12, regulasi: 12 }, pageLength: 0.05 };

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    // The header's search link may have started this import already (tombol-cari.ts): one module per URL.
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await module.options({ baseUrl: base, excerptLength: 22, ranking: RANKING });
    // Starts Pagefind's worker, which fetches the WebAssembly and the index's metadata at once.
    await module.init();
    return module;
  })();
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}

/** Fetches a JSON file of the site once per visit; a failure leaves the feature out rather than the search. */
function fetchOnce<T>(file: string, fallback: T): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= fetch(`${base}${file}`)
      .then((response) => (response.ok ? (response.json() as Promise<T>) : fallback))
      .catch(() => fallback);
    return loaded;
  };
}

const loadIstilah = fetchOnce<IstilahPair[]>('cari/istilah.json', []);
const loadWords = (() => {
  const raw = fetchOnce<Array<[string, number]>>('cari/kata.json', []);
  let list: Promise<WordList> | undefined;
  return () => {
    list ??= raw().then(wordList);
    return list;
  };
})();

/** Starts fetching Pagefind and the acronyms, for a search box about to be used. */
export function preloadPagefind(): Promise<unknown> {
  return Promise.all([loadPagefind(), loadIstilah()]);
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind excerpts are escaped text with <mark> around matches; keep only those marks. */
function excerptFragment(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const decoder = document.createElement('textarea');
  for (const [index, part] of excerpt.split(/<\/?mark>/).entries()) {
    decoder.innerHTML = part.replace(/<[^>]*>/g, '');
    const text = decoder.value;
    if (!text) continue;
    fragment.append(index % 2 === 1 ? element('mark', {}, text) : document.createTextNode(text));
  }
  return fragment;
}

export class SearchUi {
  readonly input: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly selects = new Map<string, HTMLSelectElement>();
  private readonly filterBox: HTMLElement;
  private readonly suggestion: HTMLElement;
  private generation = 0;
  /** When the term last changed (performance.now()), for the debounce. */
  private lastInput = 0;

  constructor(root: HTMLElement, options: { initialTerm?: string; onTermChange?: (term: string) => void } = {}) {
    root.classList.add('pencarian');
    const form = element('form', { role: 'search', class: 'pencarian-form' });
    const id = `cari-${Math.random().toString(36).slice(2, 8)}`;
    form.append(element('label', { for: id, class: 'visually-hidden' }, t.search.label));
    this.input = element('input', {
      id,
      type: 'search',
      name: 'q',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: t.search.placeholder,
      enterkeyhint: 'search',
    });
    this.input.value = options.initialTerm ?? '';
    form.append(this.input);
    this.filterBox = element('div', { class: 'pencarian-saring', hidden: '' });
    this.status = element('p', { class: 'pencarian-status', role: 'status' }, t.search.prompt);
    this.list = element('ol', { class: 'pencarian-hasil' });
    this.suggestion = element('p', { class: 'pencarian-saran', hidden: '' }, `${t.search.suggestion} `);
    const accept = element('button', { type: 'button' });
    accept.addEventListener('click', () => {
      this.input.value = accept.textContent ?? '';
      this.input.dispatchEvent(new Event('input', { bubbles: true }));
      this.input.focus();
    });
    this.suggestion.append(accept);
    root.append(form, this.filterBox, this.status, this.suggestion, this.list);

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.list.querySelector('a')?.click();
    });
    this.input.addEventListener('input', () => {
      this.lastInput = performance.now();
      options.onTermChange?.(this.input.value);
      void this.run();
    });
    void this.start();
  }

  private async start(): Promise<void> {
    this.status.textContent = t.search.loading;
    try {
      await loadPagefind();
    } catch {
      this.status.textContent = import.meta.env.DEV ? t.search.unavailable : t.search.offline;
      return;
    }
    // The first results do not wait for the filter lists: Pagefind loads every filter's index to list them.
    await this.run();
    await this.showFilters(await loadPagefind());
  }

  private async showFilters(api: Pagefind): Promise<void> {
    const available = await api.filters();
    for (const key of FILTER_KEYS) {
      const values = Object.keys(available[key] ?? {});
      if (values.length === 0) continue;
      values.sort(key === 'tahun' ? (a, b) => Number(b) - Number(a) : (a, b) => a.localeCompare(b, 'id'));
      const id = `saring-${key}-${Math.random().toString(36).slice(2, 6)}`;
      const wrapper = element('div', { class: 'pencarian-penyaring' });
      wrapper.append(element('label', { for: id }, t.search.filters[key]));
      const select = element('select', { id, 'data-filter': key });
      select.append(element('option', { value: '' }, t.search.all));
      for (const value of values) select.append(element('option', { value }, `${value} (${available[key]?.[value]})`));
      select.addEventListener('change', () => void this.run());
      wrapper.append(select);
      this.filterBox.append(wrapper);
      this.selects.set(key, select);
    }
    this.filterBox.hidden = this.selects.size === 0;
  }

  /** Searches for the current term and filters; a newer run makes older ones drop their results. */
  async run(): Promise<void> {
    const generation = ++this.generation;
    this.list.setAttribute('aria-busy', 'true');
    try {
      await this.runSearch(generation);
    } finally {
      if (generation === this.generation) this.list.setAttribute('aria-busy', 'false');
    }
  }

  private async runSearch(generation: number): Promise<void> {
    const term = this.input.value.trim();
    const filters: Record<string, string[]> = {};
    for (const [key, select] of this.selects) if (select.value) filters[key] = [select.value];
    this.suggestion.hidden = true;
    if (!term && Object.keys(filters).length === 0) {
      this.list.replaceChildren();
      this.status.textContent = t.search.prompt;
      return;
    }
    let api: Pagefind;
    let istilah: IstilahPair[];
    try {
      [api, istilah] = await Promise.all([loadPagefind(), loadIstilah()]);
    } catch {
      this.status.textContent = t.search.offline;
      return;
    }
    // A newer key arrived while Pagefind or the acronyms were loading: only its search is run.
    if (generation !== this.generation) return;
    const wait = Math.max(0, DEBOUNCE_MS - (performance.now() - this.lastInput));
    const search = await api.debouncedSearch(term || null, { filters }, wait);
    if (!search || generation !== this.generation) return;
    // The same query with its acronyms spelled out (or shortened): each page keeps its best score.
    const variants = term ? istilahVariants(term, istilah) : [];
    const found = new Map(search.results.map((result) => [result.id, result]));
    for (const other of await Promise.all(variants.map((variant) => api.search(variant, { filters })))) {
      for (const result of other.results) {
        const known = found.get(result.id);
        if (!known || known.score < result.score) found.set(result.id, result);
      }
    }
    if (generation !== this.generation) return;
    const ranked = [...found.values()].sort((a, b) => b.score - a.score);
    const shown = ranked.slice(0, MAX_RESULTS);
    const first = await Promise.all(shown.slice(0, FIRST_RESULTS).map((result) => result.data()));
    if (generation !== this.generation) return;
    this.list.replaceChildren(...first.map((result) => this.renderResult(result)));
    this.status.textContent =
      shown.length === 0
        ? t.search.none
        : `${t.search.results(ranked.length, term)}${ranked.length > shown.length ? `. ${t.search.more(shown.length, ranked.length)}` : ''}`;
    if (term) void this.suggest(term, istilah, generation);
    for (let start = FIRST_RESULTS; start < shown.length; start += LATER_BATCH) {
      // A task first: keys typed meanwhile start their search before these excerpts are asked for.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (generation !== this.generation) return;
      const batch = await Promise.all(shown.slice(start, start + LATER_BATCH).map((result) => result.data()));
      if (generation !== this.generation) return;
      this.list.append(...batch.map((result) => this.renderResult(result)));
    }
  }

  /** Offers "Maksud Anda: ..." when a word of the term is not in the index but close to one that is. */
  private async suggest(term: string, istilah: readonly IstilahPair[], generation: number): Promise<void> {
    const words = await loadWords();
    const known = new Set(istilah.map(([singkatan]) => singkatan.toLocaleLowerCase('id')));
    const suggestion = suggestTerm(term, words, known);
    if (!suggestion || generation !== this.generation) return;
    const button = this.suggestion.querySelector('button') as HTMLButtonElement;
    button.textContent = suggestion;
    this.suggestion.hidden = false;
  }

  private renderResult(result: ResultData): HTMLLIElement {
    const item = element('li');
    const link = element('a', { href: result.url });
    const kind = result.filters.jenis?.[0];
    if (kind) link.append(element('span', { class: 'pencarian-jenis' }, kind));
    link.append(element('span', { class: 'pencarian-judul' }, result.meta.title ?? result.url));
    item.append(link);
    const excerpt = element('p', { class: 'pencarian-cuplikan' });
    excerpt.append(excerptFragment(result.excerpt));
    item.append(excerpt);
    return item;
  }
}
