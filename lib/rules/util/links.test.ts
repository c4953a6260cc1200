import { describe, expect, test } from 'vitest';
import { hostIsUnder, isAllowedHost, isOfficialHost, OFFICIAL_DOMAINS, PUBLIC_DOMAINS } from './links';

describe('hosts under a domain', () => {
  // isOfficialHost and isAllowedHost compare with their lists as they are written: they must be written
  // the way hostIsUnder would make them (lower case, no dots at the ends)
  test('the domain lists are in normal form', () => {
    for (const d of [...OFFICIAL_DOMAINS, ...PUBLIC_DOMAINS]) expect(d).toBe(d.toLowerCase().replace(/^\.+|\.+$/g, ''));
  });

  test.each([
    ['inps.it', 'inps.it', true],
    ['servizi.inps.it', 'inps.it', true],
    ['servizi.inps.it', '.INPS.it.', true],
    ['xinps.it', 'inps.it', false], // a longer label, not a subdomain
    ['inps.it.truffa.com', 'inps.it', false],
    ['nps.it', 'inps.it', false],
    ['it', 'inps.it', false],
    ['x.', '...', true], // (an empty domain: "ends with a dot", as before)
    ['', '', true],
  ])('hostIsUnder(%j, %j) is %s', (host, domain, want) => {
    expect(hostIsUnder(host, domain)).toBe(want);
    expect(hostIsUnder(host, domain)).toBe(host === domain.toLowerCase().replace(/^\.+|\.+$/g, '') || host.endsWith('.' + domain.toLowerCase().replace(/^\.+|\.+$/g, '')));
  });

  test.each([
    ['www.inps.it', true, true],
    ['gov.it', true, true],
    ['comune.roma.gov.it', true, true],
    ['lnps.it', false, false],
    ['www.istat.it', false, true],
    ['europa.eu', false, true],
    ['ec.europa.eu', false, true],
    ['noteuropa.eu', false, false],
    ['caf.example.com', false, true], // allowed by the page
  ])('%s: official %s, allowed %s', (host, official, allowed) => {
    expect(isOfficialHost(host)).toBe(official);
    expect(isAllowedHost(host, ['', 'Example.com.'])).toBe(allowed);
  });
});
