import { describe, expect, it } from 'vitest';
import { speakerSchema } from '../../../src/schemas/speaker';
import { issues, parsed } from '../../helpers/schema-issues';

const check = (over: Record<string, unknown>) => issues(speakerSchema(), { name: 'Li Chen', ...over });

describe('speakerSchema', () => {
  it('accepts a name alone, and every optional field', () => {
    expect(parsed(speakerSchema(), { name: ' Li Chen ' })).toEqual({ name: 'Li Chen' });
    expect(
      check({
        nativeName: '陈立',
        designation: '工程师, 示例公司',
        bio: 'Writes **schedulers**.',
        twitter: 'https://twitter.com/lichen',
        linkedin: 'https://www.linkedin.com/in/lichen',
        links: [{ title: 'Homepage', url: 'https://li.example.org/' }],
        sourceId: 'SPK42',
      }),
    ).toEqual([]);
  });

  it('requires a name that is not empty', () => {
    expect(issues(speakerSchema(), {})).toEqual(['name: is required']);
    expect(check({ name: ' ' })).toEqual(['name: must not be empty']);
    expect(check({ nativeName: '' })).toEqual(['nativeName: must not be empty']);
    expect(check({ designation: '' })).toEqual(['designation: must not be empty']);
    expect(check({ bio: '' })).toEqual(['bio: must not be empty']);
  });

  it('takes a twitter.com or x.com profile for twitter', () => {
    expect(check({ twitter: 'https://x.com/lichen' })).toEqual([]);
    expect(check({ twitter: 'http://www.twitter.com/lichen' })).toEqual([]);
    for (const url of [
      'https://example.com/lichen',
      'https://twitter.com.evil.example/lichen',
      'https://mastodon.social/@li',
    ])
      expect(check({ twitter: url }), url).toEqual(['twitter: must be a twitter.com or x.com profile URL']);
    expect(check({ twitter: '@lichen' })).toContain('twitter: must be an absolute http:// or https:// URL');
  });

  it('takes a linkedin.com profile for linkedin', () => {
    expect(check({ linkedin: 'https://de.linkedin.com/in/lichen' })).toEqual([]);
    for (const url of ['https://linkedin.example.com/in/lichen', 'https://linkedin.com.evil.example/in/x'])
      expect(check({ linkedin: url }), url).toEqual(['linkedin: must be a linkedin.com profile URL']);
  });

  it('checks links and the source id', () => {
    expect(check({ links: [{ title: 'Blog', url: 'javascript:alert(1)' }] })).toEqual([
      'links.0.url: must be an absolute http:// or https:// URL',
    ]);
    expect(check({ sourceId: 'a b' })).toEqual([
      'sourceId: must be a code of letters, digits, ".", "_" or "-", like "a1a" or "10528"',
    ]);
  });

  it('refuses a field it does not know', () => {
    expect(check({ company: 'Example' })).toEqual(["(record): Unrecognized key(s) in object: 'company'"]);
  });
});
