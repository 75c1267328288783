/**
 * A static link check of a built site with linkinator: every page reachable from the home page, every link,
 * image, script, stylesheet (and the url()s inside stylesheets) and every #fragment must answer 2xx. The site is
 * crawled over HTTP from the same static server the tests use, so links under the base path resolve as deployed.
 */
import { LinkChecker } from 'linkinator';

export interface BrokenLink {
  url: string;
  status: number | undefined;
  parent: string | undefined;
}

/** Crawls `url` (a site's home page) and returns the links that are broken, and how many were checked. */
export async function checkLinks(url: string): Promise<{ checked: number; broken: BrokenLink[] }> {
  const origin = new URL(url).origin;
  const result = await new LinkChecker().check({
    path: url,
    recurse: true,
    checkCss: true,
    checkFragments: true,
    concurrency: 8,
    // Only the site itself; it links nowhere else, and this machine may have no network.
    linksToSkip: async (link) => !link.startsWith(origin),
  });
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => ({ url: link.url, status: link.status, parent: link.parent }));
  return { checked: result.links.filter((link) => link.state !== 'SKIPPED').length, broken };
}
