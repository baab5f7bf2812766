/**
 * Elements that never reach a clipping, removed with everything inside them:
 * active content, embedded documents, form controls, media players and site
 * navigation. The restricted schema would drop their markup anyway, but not their
 * text: a script's source or a menu's labels must not become paragraphs.
 */
export const FORBIDDEN_WITH_CONTENT = [
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'button', 'input', 'select', 'textarea', 'nav', 'dialog',
  'applet', 'frame', 'frameset', 'noembed', 'noframes', 'portal', 'fencedframe', 'audio', 'video',
  'head', 'title', 'meta', 'link', 'base',
];

export function removeForbiddenElements(root: Element): void {
  for (const element of Array.from(root.querySelectorAll(FORBIDDEN_WITH_CONTENT.join(',')))) element.remove();
}
