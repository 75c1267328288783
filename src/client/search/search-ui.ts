/**
 * The search box and its results, on Pagefind's JavaScript API: an input, filters (jenis halaman, unit, jenis
 * regulasi, tahun) read from the index, and a list of results. Used inside the header's dialog and on /cari/.
 * Pagefind itself (its script and index) is fetched on first use only.
 */
import { t } from '../../i18n/id.ts';

interface ResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
  filters: Record<string, string[]>;
}

interface Search {
  results: Array<{ data(): Promise<ResultData> }>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(term: string | null, options: { filters: Record<string, string[]> }, wait?: number): Promise<Search | null>;
}

const FILTER_KEYS = ['jenis', 'unit', 'regulasi', 'tahun'] as const;
const MAX_RESULTS = 20;
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await module.options({ baseUrl: base, excerptLength: 22 });
    await module.init();
    return module;
  })();
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
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
  private generation = 0;

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
    root.append(form, this.filterBox, this.status, this.list);

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.list.querySelector('a')?.click();
    });
    this.input.addEventListener('input', () => {
      options.onTermChange?.(this.input.value);
      void this.run();
    });
    void this.start();
  }

  private async start(): Promise<void> {
    this.status.textContent = t.search.loading;
    let api: Pagefind;
    try {
      api = await loadPagefind();
    } catch {
      this.status.textContent = import.meta.env.DEV ? t.search.unavailable : t.search.offline;
      return;
    }
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
    await this.run();
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
    if (!term && Object.keys(filters).length === 0) {
      this.list.replaceChildren();
      this.status.textContent = t.search.prompt;
      return;
    }
    let api: Pagefind;
    try {
      api = await loadPagefind();
    } catch {
      this.status.textContent = t.search.offline;
      return;
    }
    const search = await api.debouncedSearch(term || null, { filters }, 180);
    if (!search || generation !== this.generation) return;
    const shown = search.results.slice(0, MAX_RESULTS);
    const results = await Promise.all(shown.map((result) => result.data()));
    if (generation !== this.generation) return;
    this.list.replaceChildren(...results.map((result) => this.renderResult(result)));
    this.status.textContent =
      results.length === 0
        ? t.search.none
        : `${t.search.results(search.results.length, term)}${search.results.length > shown.length ? `. ${t.search.more(shown.length, search.results.length)}` : ''}`;
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
