import { DEFAULT_INTENTS, domainNames } from './generator';

describe('domainNames', () => {
  it('derives every template name from a kebab-case domain', () => {
    expect(domainNames({ name: 'home-office', intents: 'book_room, cancel_room' })).toEqual({
      name: 'home-office',
      className: 'HomeOffice',
      constantName: 'HOME_OFFICE',
      pkg: '@micro-lm/adapters-home-office',
      dir: 'packages/adapters-home-office',
      intents: ['book_room', 'cancel_room'],
    });
    expect(domainNames({ name: 'wallet' }).intents).toEqual([...DEFAULT_INTENTS]);
  });

  it.each([
    [{ name: 'Wallet' }, /kebab-case/],
    [{ name: 'wallet_x' }, /kebab-case/],
    [{ name: 'defi' }, /reserved/],
    [{ name: 'w', intents: 'SendAsset' }, /snake_case/],
    [{ name: 'w', intents: 'send_asset,non_exec' }, /negative label/],
    [{ name: 'w', intents: 'send_asset,send_asset' }, /duplicate/],
    [{ name: 'w', intents: 'send_asset,send_token' }, /distinct leading verbs/],
  ])('rejects %j', (o, msg) => {
    expect(() => domainNames(o)).toThrow(msg);
  });
});
