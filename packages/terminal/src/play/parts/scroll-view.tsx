import { Box, type DOMElement, measureElement } from 'ink';
import { type ReactNode, useLayoutEffect, useRef } from 'react';

export type Props = {
  /** Lines the view may take; content taller than this scrolls. */
  readonly height: number;
  /** The first line shown. */
  readonly offset: number;
  /** Told the content's full height after each layout, so keys can stop at the end. */
  readonly onMeasure: (contentHeight: number) => void;
  readonly children: ReactNode;
};

/**
 * A window of `height` lines onto taller content, so a long debrief or transcript scrolls inside
 * the screen instead of pushing its heading and keys out of sight.
 */
export function ScrollView({ height, offset, onMeasure, children }: Props) {
  const content = useRef<DOMElement>(null);
  useLayoutEffect(() => {
    if (content.current) onMeasure(measureElement(content.current).height);
  });
  return (
    <Box height={height} flexDirection="column" overflowY="hidden" flexShrink={0}>
      <Box ref={content} flexDirection="column" flexShrink={0} marginTop={-offset}>
        {children}
      </Box>
    </Box>
  );
}
