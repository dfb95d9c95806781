import { Lru } from '../../../core/functions/lru';

describe('Lru', () => {
  it('returns what was stored and nothing for a missing key', () => {
    const c = new Lru<number>(2, 100);
    c.set('a', 1, 1);
    expect(c.get('a')).toBe(1);
    expect(c.get('b')).toBeUndefined();
  });

  it('evicts the least recently used past the entry bound', () => {
    const c = new Lru<number>(2, 100);
    c.set('a', 1, 1);
    c.set('b', 2, 1);
    c.get('a'); // a is now younger than b
    c.set('c', 3, 1);
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe(1);
    expect(c.get('c')).toBe(3);
    expect(c.stats()).toEqual({ entries: 2, weight: 2 });
  });

  it('evicts past the weight bound but always keeps the newest entry', () => {
    const c = new Lru<number>(10, 100);
    c.set('a', 1, 60);
    c.set('b', 2, 60);
    expect(c.get('a')).toBeUndefined();
    expect(c.stats()).toEqual({ entries: 1, weight: 60 });
    c.set('huge', 3, 1000);
    expect(c.get('huge')).toBe(3);
    expect(c.stats()).toEqual({ entries: 1, weight: 1000 });
  });

  it('replaces a key in place, weight included', () => {
    const c = new Lru<number>(2, 100);
    c.set('a', 1, 30);
    c.set('a', 2, 40);
    expect(c.get('a')).toBe(2);
    expect(c.stats()).toEqual({ entries: 1, weight: 40 });
  });

  it('clears', () => {
    const c = new Lru<number>(2, 100);
    c.set('a', 1, 1);
    c.clear();
    expect(c.stats()).toEqual({ entries: 0, weight: 0 });
  });
});
