import { formatProblem } from '@rapport/engine';
import { describe, expect, it } from 'vitest';
import { twoRoadsText } from '../../test/two-roads';
import { buildCatalog, findScenario } from './catalog';

describe('the bundled scenario catalog', () => {
  it('loads good files, in file-name order, named as the facilitator knows them', () => {
    const catalog = buildCatalog({
      '../../../../scenarios/b.yaml': twoRoadsText.replace('id: two-roads', 'id: b-roads'),
      '../../../../scenarios/a.yaml': twoRoadsText,
    });
    expect(catalog.map((entry) => [entry.file, entry.ok])).toEqual([
      ['scenarios/a.yaml', true],
      ['scenarios/b.yaml', true],
    ]);
    expect(findScenario(catalog, 'b-roads')?.title).toBe('Two roads');
    expect(findScenario(catalog, 'nope')).toBeUndefined();
  });

  it('turns a second file with the same id into an error entry instead of hiding one', () => {
    const catalog = buildCatalog({
      '../../../../scenarios/a.yaml': twoRoadsText,
      '../../../../scenarios/copy.yaml': twoRoadsText,
    });
    const [, copy] = catalog;
    expect(copy?.ok).toBe(false);
    expect(copy && !copy.ok ? copy.problems.map(formatProblem) : []).toMatchInlineSnapshot(`
      [
        "scenarios/copy.yaml:1:5: error: another bundled scenario already has the id "two-roads"",
      ]
    `);
  });

  it('reports a file with a broken reference at its line and column', () => {
    const [entry] = buildCatalog({
      '../../../../scenarios/typo.yaml': twoRoadsText.replace('next: story', 'next: stroy'),
    });
    expect(entry && !entry.ok ? entry.problems.map(formatProblem) : []).toMatchInlineSnapshot(`
      [
        "scenarios/typo.yaml:31:15: error: no node or ending is called "stroy" (did you mean "story"?)",
      ]
    `);
  });
});
