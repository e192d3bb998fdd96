import * as E from 'fp-ts/Either';
import { fakeDescriptor } from './__fixtures__/fake-domain';
import { registerBuiltinDomains } from './defaults';
import { getDomain, listDomains, loadDomain, registerDomain, unregisterDomain } from './registry';

describe('domain registry', () => {
  beforeAll(() => registerBuiltinDomains());

  it('registers defi and arc by name, with their inputs and backends', () => {
    expect(listDomains()).toEqual(expect.arrayContaining(['arc', 'defi']));
    expect(getDomain('defi')).toMatchObject({ name: 'defi', backends: ['wordmap', 'sbert'], inputs: ['context', 'policy'] });
    expect(getDomain('arc')).toMatchObject({ name: 'arc', inputs: ['grid'] });
    expect(getDomain('nope')).toBeUndefined();
  });

  it('lists added domains in sorted order and forgets removed ones', () => {
    registerDomain(fakeDescriptor('aaa'));
    expect(listDomains()[0]).toBe('aaa');
    expect(unregisterDomain('aaa')).toBe(true);
    expect(listDomains()).not.toContain('aaa');
    expect(unregisterDomain('aaa')).toBe(false);
  });

  it('caches one adapter per (domain, backend) and reloads after re-registration', async () => {
    const first = fakeDescriptor('cached');
    registerDomain(first);
    const a = await loadDomain('cached', 'wordmap');
    const b = await loadDomain('cached', 'wordmap');
    expect(E.isRight(a) && E.isRight(b) && a.right === b.right).toBe(true);
    expect(first.loads).toBe(1);
    const second = fakeDescriptor('cached');
    registerDomain(second);
    await loadDomain('cached', 'wordmap');
    expect(second.loads).toBe(1);
    unregisterDomain('cached');
    expect(await loadDomain('cached', 'wordmap')).toEqual(E.left('unknown domain "cached"'));
  });
});
