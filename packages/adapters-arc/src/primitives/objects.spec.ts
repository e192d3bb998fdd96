import { gridOf } from '../grid/fixture';
import { gridToJSON } from '../grid/grid';
import { components, cropObject, keepObject, selectObject } from './objects';

// Three objects: a 3-cell red L (colour 2), a 1-cell 3 touching it diagonally, and a 2-cell 5 bar.
const G = gridOf([
  [2, 2, 0, 0],
  [2, 0, 0, 5],
  [0, 3, 0, 5],
]);

describe('connected components', () => {
  it('4-connected single-colour components in scan order', () => {
    const objs = components(G);
    expect(objs.map((o) => [o.colour, o.cells.length])).toEqual([[2, 3], [5, 2], [3, 1]]);
    expect(objs[0].box).toEqual({ r0: 0, c0: 0, r1: 1, c1: 1 });
  });
  it('8-connected multicolour joins the diagonal neighbour into one mixed object', () => {
    const objs = components(G, { diagonal: true, multicolour: true });
    expect(objs.map((o) => [o.colour, o.cells.length])).toEqual([[-1, 4], [5, 2]]);
  });
  it('8-connected single-colour does not join different colours', () => {
    expect(components(G, { diagonal: true }).length).toBe(3);
  });
});

describe('selection and extraction', () => {
  const objs = components(G);
  it('largest / smallest', () => {
    expect(selectObject(G, objs, 'largest')?.colour).toBe(2);
    expect(selectObject(G, objs, 'smallest')?.colour).toBe(3);
  });
  it('ties refuse to choose', () => {
    const t = gridOf([[1, 0, 2]]);
    expect(selectObject(t, components(t), 'largest')).toBeNull();
  });
  it('unique colour needs exactly one object whose colour no other object has', () => {
    const t = gridOf([[1, 0, 1, 0, 4]]);
    expect(selectObject(t, components(t), 'unique_colour')?.colour).toBe(4);
    expect(selectObject(G, objs, 'unique_colour')).toBeNull(); // all three colours are unique
  });
  it('crop keeps the bounding box, with or without other objects', () => {
    const mixed = gridOf([[1, 1], [2, 1]]);
    const one = components(mixed)[0];
    expect(gridToJSON(cropObject(mixed, one, false))).toEqual([[1, 1], [2, 1]]);
    expect(gridToJSON(cropObject(mixed, one, true))).toEqual([[1, 1], [0, 1]]);
  });
  it('keepObject erases the rest in place', () => {
    expect(gridToJSON(keepObject(G, objs[1]))).toEqual([[0, 0, 0, 0], [0, 0, 0, 5], [0, 0, 0, 5]]);
  });
});
