/**
 * The one site the browser tests run against: a copy of the seed content as it was when the tests were written
 * (tests/fixtures/site-seed/, so that correcting the real content in content/ never breaks a test) plus clearly
 * synthetic extras (tests/fixtures/site-extra/), built under the sub-path /lajur/ so that every test also proves the site works
 * below a sub-path.
 */
import path from 'node:path';
import { testPort } from '../../src/settings.ts';

export const FIXTURE = {
  base: '/lajur/',
  port: testPort,
  content: path.resolve('tests/.fixture-content'),
  out: path.resolve('tests/.fixture-site'),
  cache: path.resolve('tests/.fixture-cache'),
};

export const fixtureUrl = (pathname = '') => `http://127.0.0.1:${FIXTURE.port}${FIXTURE.base}${pathname.replace(/^\//, '')}`;
