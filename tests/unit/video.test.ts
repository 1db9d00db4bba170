import { describe, expect, it } from 'vitest';
import { EMBED_ORIGIN, embedUrl, youtubeId } from '../../src/lib/video';

const ID = 'dQw4w9WgXcQ';

describe('youtubeId', () => {
  it.each([
    `https://youtu.be/${ID}`,
    `https://youtu.be/${ID}?t=42`,
    `https://www.youtube.com/watch?v=${ID}`,
    `https://youtube.com/watch?v=${ID}&list=PL123&t=10s`,
    `https://m.youtube.com/watch?feature=share&v=${ID}`,
    `https://www.youtube.com/embed/${ID}`,
    `https://www.youtube-nocookie.com/embed/${ID}?start=5`,
    `https://www.youtube.com/shorts/${ID}`,
    `https://www.youtube.com/live/${ID}?si=abc`,
    `http://youtu.be/${ID}`,
  ])('reads the id of %s', (url) => {
    expect(youtubeId(url)).toBe(ID);
  });

  it.each([
    'https://youtu.be/short',
    `https://youtu.be/${ID}x`,
    'https://www.youtube.com/watch?v=dQw4w9WgXc!',
    'https://www.youtube.com/watch',
    `https://www.youtube.com/watch/${ID}`,
    'https://www.youtube.com/embed/',
    `https://www.youtube.com/channel/${ID}`,
    'https://www.youtube.com/playlist?list=PL1234567890',
  ])('finds no id in a YouTube URL without a valid one: %s', (url) => {
    expect(youtubeId(url)).toBeUndefined();
  });

  it.each([
    `https://vimeo.com/123456789`,
    `https://notyoutube.com/watch?v=${ID}`,
    `https://youtube.com.evil.example/watch?v=${ID}`,
    `https://evil.example/?next=https://youtu.be/${ID}`,
    `https://www.youtube.com.evil.example/embed/${ID}`,
    `youtu.be/${ID}`,
    `javascript:alert('${ID}')`,
    '',
  ])('finds no id on another host or in a non-URL: %s', (url) => {
    expect(youtubeId(url)).toBeUndefined();
  });
});

describe('embedUrl', () => {
  it('plays from the privacy-enhanced host, only when asked', () => {
    expect(EMBED_ORIGIN).toBe('https://www.youtube-nocookie.com');
    expect(embedUrl(`https://www.youtube.com/watch?v=${ID}&t=10`)).toBe(`${EMBED_ORIGIN}/embed/${ID}?autoplay=1`);
    expect(embedUrl(`http://youtu.be/${ID}`)).toBe(`https://www.youtube-nocookie.com/embed/${ID}?autoplay=1`);
  });
  it('is undefined for a recording it cannot embed', () => {
    expect(embedUrl('https://vimeo.com/123456789')).toBeUndefined();
    expect(embedUrl('https://youtu.be/short')).toBeUndefined();
  });
});
