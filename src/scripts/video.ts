/** The session page's "play here" button: the player (and any request to its host) only after a press. */
for (const box of document.querySelectorAll<HTMLElement>('[data-video]')) {
  const src = box.dataset.video;
  const button = box.querySelector<HTMLButtonElement>('[data-play]');
  if (!src || !button) continue;
  button.disabled = false;
  button.addEventListener('click', () => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.title = box.dataset.videoTitle ?? '';
    frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
    frame.allowFullscreen = true;
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    button.replaceWith(frame);
    frame.focus();
  });
}
