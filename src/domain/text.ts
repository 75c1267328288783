/** Text keys shared by every page and check, so that "the same thing written twice" is recognised everywhere. */

/**
 * A key that ignores case, repeated spaces and trailing punctuation: "Memahami Penyusunan Renstra;" and
 * "memahami penyusunan  renstra" are one qualification.
 */
export function normalKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s.;,:-]+|[\s.;,:-]+$/g, '');
}

/** A URL path segment from a name: "Tim Urusan / Sekretariat" becomes "tim-urusan-sekretariat". */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' dan ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'tanpa-nama'
  );
}

/** The title of a related SOP without its "SOP" prefix, for matching titles to SOPs on the site. */
export function sopTitleKey(title: string): string {
  return normalKey(title).replace(/^sop\s+/, '');
}
