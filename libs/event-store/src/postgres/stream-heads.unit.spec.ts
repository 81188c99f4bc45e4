import { StreamHeads } from './stream-heads';

describe('StreamHeads', () => {
  it('gives the hash only for the revision it remembers, and never moves a stream back', () => {
    const heads = new StreamHeads();
    heads.remember('s', { revision: 3, hash: 'h3' });
    expect(heads.hashAt('s', 3)).toBe('h3');
    expect(heads.hashAt('s', 2)).toBeUndefined();
    expect(heads.hashAt('other', 3)).toBeUndefined();
    heads.remember('s', { revision: 1, hash: 'h1' });
    expect(heads.hashAt('s', 3)).toBe('h3');
    heads.remember('s', { revision: 4, hash: 'h4' });
    expect(heads.hashAt('s', 4)).toBe('h4');
  });

  it('forgets the stream seen longest ago beyond its capacity', () => {
    const heads = new StreamHeads(2);
    heads.remember('a', { revision: 0, hash: 'a0' });
    heads.remember('b', { revision: 0, hash: 'b0' });
    heads.remember('a', { revision: 1, hash: 'a1' });
    heads.remember('c', { revision: 0, hash: 'c0' });
    expect([heads.hashAt('a', 1), heads.hashAt('b', 0), heads.hashAt('c', 0)]).toEqual(['a1', undefined, 'c0']);
  });
});
