/** True when a workshop room served this page (it marks the page it serves). */
export function servedByRoom(): boolean {
  return document.querySelector('meta[name="rapport-room"]') !== null;
}
