import { Box, render, Text } from 'ink';

/** The bench's baseline: a bare Ink app that draws one line in a box. */
render(
  <Box borderStyle="round" paddingX={1}>
    <Text>Hello from a bare Ink app</Text>
  </Box>,
);
