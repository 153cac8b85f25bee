/** Lines a text takes when wrapped greedily on spaces at width (a word longer than width is cut). */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width);
  let lines = 1;
  let used = 0;
  for (const word of text.split(' ')) {
    const length = [...word].length;
    if (used > 0 && used + 1 + length <= room) {
      used += 1 + length;
    } else if (used === 0 && length <= room) {
      used = length;
    } else {
      if (used > 0) lines += 1;
      lines += Math.floor(Math.max(0, length - 1) / room);
      used = length % room || room;
    }
  }
  return lines;
}
