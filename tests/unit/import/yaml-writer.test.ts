import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { yamlText } from '../../../src/lib/import/yaml-writer';

describe('yamlText', () => {
  it('writes records in their key order, strings quoted, plain lists on one line', () => {
    expect(
      yamlText({
        slug: 'a1a',
        order: 1,
        speakers: ['lin-sun', 'mitch-connors'],
        subtitle: undefined,
        links: [{ title: 'Repo', url: 'https://example.org' }],
        empty: [],
      }),
    ).toBe(
      'slug: "a1a"\norder: 1\nspeakers: ["lin-sun", "mitch-connors"]\nlinks:\n  - title: "Repo"\n    url: "https://example.org"\nempty: []\n',
    );
  });

  it('writes a list of records and an empty list', () => {
    expect(yamlText([{ id: 'en', name: 'English' }])).toBe('- id: "en"\n  name: "English"\n');
    expect(yamlText([])).toBe('[]\n');
  });

  it('reads back exactly, however tricky the text', () => {
    const tricky = [
      'NO',
      'yes',
      '12:30',
      '1e3',
      '~',
      'null',
      '- item',
      '# comment',
      'a: b',
      '"quoted" \\ back',
      'line\nbreak\ttab',
      'é 中文 🎉',
      '\u2028sep\u2029',
      '{x}',
      '&anchor *alias !tag',
      '',
    ];
    const record = Object.fromEntries(tricky.map((value, i) => [`k${i}`, value]));
    expect(parse(yamlText(record))).toEqual(record);
    expect(parse(yamlText({ list: tricky }))).toEqual({ list: tricky });
  });

  it('refuses a key that would need quoting', () => {
    expect(() => yamlText({ 'a key': 'x' })).toThrow(/would need quoting/);
  });
});
