/**
 * The one site the browser tests run against: the real content plus clearly synthetic extras
 * (tests/fixtures/site-extra/), built under the sub-path /lajur/ so that every test also proves the site works
 * below a sub-path.
 */
import path from 'node:path';

export const FIXTURE = {
  base: '/lajur/',
  port: Number(process.env.LAJUR_TEST_PORT ?? 4599),
  content: path.resolve('tests/.fixture-content'),
  out: path.resolve('tests/.fixture-site'),
  cache: path.resolve('tests/.fixture-cache'),
};

export const fixtureUrl = (pathname = '') => `http://127.0.0.1:${FIXTURE.port}${FIXTURE.base}${pathname.replace(/^\//, '')}`;
